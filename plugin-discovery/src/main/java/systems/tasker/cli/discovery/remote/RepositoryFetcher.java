package systems.tasker.cli.discovery.remote;

import java.nio.file.Path;

/**
 * Fetches one commit of a git repository and hands its tree to a {@link CheckoutWriter}. The
 * implementation speaks git (JGit, in the {@code remote-git} module); it is created only when a
 * fetch is needed, so runs that read a cached remote never load it.
 */
public interface RepositoryFetcher {

  /**
   * Fetches the commit {@code remote.ref()} names (a branch, else a tag, else a commit id) from
   * {@code remote.url()} and writes its whole tree through {@code checkout}. Only the commit is
   * fetched where the server allows it (a shallow fetch); submodules are never fetched.
   *
   * @param workDir an empty directory the fetcher may use; the caller deletes it afterwards
   * @return the commit id, 40 lowercase hex digits
   * @throws FetchException when nothing usable was fetched; its message holds no credentials
   */
  String fetch(RemoteSpec remote, Path workDir, CheckoutWriter checkout);
}
