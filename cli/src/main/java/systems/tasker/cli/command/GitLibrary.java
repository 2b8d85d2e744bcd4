package systems.tasker.cli.command;

import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import systems.tasker.cli.discovery.remote.FetchException;
import systems.tasker.cli.discovery.remote.RepositoryFetcher;

/**
 * Where the git fetcher comes from. JGit and sshd are not in {@code tasker-cli.jar}, whose central
 * directory every run reads, but in {@code tasker-cli-git.jar} beside it, opened with a class
 * loader of its own only when a remote has to be fetched. Where the fetcher is on the class path
 * already (the build's tests, an IDE), that one is used.
 */
final class GitLibrary {

  static final String FETCHER = "systems.tasker.cli.remote.git.JGitFetcher";
  static final String JAR = "tasker-cli-git.jar";

  private GitLibrary() {}

  /**
   * A new fetcher.
   *
   * @throws FetchException when the git library is missing or cannot be loaded
   */
  static RepositoryFetcher fetcher() {
    ClassLoader own = GitLibrary.class.getClassLoader();
    try {
      return create(Class.forName(FETCHER, true, own));
    } catch (ClassNotFoundException notOnTheClassPath) {
      Path jar = besideTheCli();
      if (jar == null || !Files.isRegularFile(jar)) {
        throw new FetchException(FetchException.Reason.FAILED, "the git library "
            + (jar == null ? JAR : jar) + " is missing, so no remote can be fetched; reinstall"
            + " tasker-cli");
      }
      try {
        // Never closed: its classes serve the rest of the run.
        @SuppressWarnings("resource")
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, own);
        return create(Class.forName(FETCHER, true, loader));
      } catch (ClassNotFoundException | MalformedURLException e) {
        throw new FetchException(FetchException.Reason.FAILED,
            "cannot load the git library " + jar + ": " + e, e);
      }
    }
  }

  /** {@value #JAR} in the directory of the jar this class came from, or {@code null}. */
  private static Path besideTheCli() {
    try {
      Path cli = Path.of(GitLibrary.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      return cli.getParent() == null ? null : cli.getParent().resolve(JAR);
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  private static RepositoryFetcher create(Class<?> type) {
    try {
      return (RepositoryFetcher) type.getConstructor().newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new FetchException(FetchException.Reason.FAILED,
          "cannot start the git library: " + e, e);
    }
  }
}
