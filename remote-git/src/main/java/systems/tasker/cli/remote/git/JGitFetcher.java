package systems.tasker.cli.remote.git;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.errors.NotSupportedException;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchConnection;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.TreeWalk;
import systems.tasker.cli.discovery.remote.CheckoutWriter;
import systems.tasker.cli.discovery.remote.FetchException;
import systems.tasker.cli.discovery.remote.RemoteSpec;
import systems.tasker.cli.discovery.remote.RemoteUrls;
import systems.tasker.cli.discovery.remote.RepositoryFetcher;

/**
 * Fetches a remote with JGit into a bare repository of its own (in the work directory the cache
 * gives), then writes the commit's tree through the {@link CheckoutWriter} from the object
 * database. JGit's checkout is never used, so no {@code .gitattributes} filter, smudge driver,
 * LFS or end-of-line conversion applies, and no hook exists to run; submodules are only noted.
 * Branches and tags are fetched shallow (depth 1); a commit id is asked for directly, and when
 * the server will not give a commit it does not advertise, every branch and tag is fetched and the
 * commit looked up among them.
 */
public final class JGitFetcher implements RepositoryFetcher {

  /** Seconds a connection may stay silent before the fetch gives up. */
  static final int TIMEOUT_SECONDS = 30;

  /** Longest symbolic link target read (a link's blob is its target). */
  private static final int MAX_LINK_TARGET = 4096;

  private static final RefSpec ALL_BRANCHES = new RefSpec("+refs/heads/*:refs/heads/*");
  private static final RefSpec ALL_TAGS = new RefSpec("+refs/tags/*:refs/tags/*");

  public JGitFetcher() {
    IsolatedGitConfig.install();
  }

  @Override
  public String fetch(RemoteSpec remote, Path workDir, CheckoutWriter checkout) {
    URIish uri = uri(remote);
    // For a repository on this machine JGit runs upload-pack in a thread of its own, which prints
    // a stack trace to System.err when the fetch stops early (a refused object, say). The
    // command reports the failure itself; the CLI writes to the standard error descriptor
    // directly, so muting System.err while the transport is open hides only that noise.
    PrintStream standardError = System.err;
    System.setErr(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    // JGit and sshd find some of their parts through ServiceLoader on the context class loader;
    // when this class comes from tasker-cli-git.jar, that must be this jar's loader.
    Thread thread = Thread.currentThread();
    ClassLoader context = thread.getContextClassLoader();
    thread.setContextClassLoader(JGitFetcher.class.getClassLoader());
    try {
      return fetchInto(remote, uri, workDir.resolve("repository.git").toFile(), checkout);
    } finally {
      thread.setContextClassLoader(context);
      System.setErr(standardError);
    }
  }

  private static String fetchInto(RemoteSpec remote, URIish uri, File gitDir,
      CheckoutWriter checkout) {
    try (Repository repository = FileRepositoryBuilder.create(gitDir)) {
      repository.create(true);
      ObjectId commit = fetchCommit(remote, uri, repository, checkout);
      writeTree(repository, commit, checkout);
      return commit.name();
    } catch (FetchException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw translate(remote, e, checkout.limits());
    }
  }

  private static URIish uri(RemoteSpec remote) {
    if (RemoteUrls.kind(remote.url()) == RemoteUrls.Kind.UNSUPPORTED) {
      throw new FetchException(FetchException.Reason.UNSUPPORTED,
          "tasker-cli cannot fetch URLs of this kind");
    }
    try {
      return new URIish(remote.url());
    } catch (URISyntaxException e) {
      throw new FetchException(FetchException.Reason.UNSUPPORTED, "not a git URL or path");
    }
  }

  /** Fetches what {@code remote.ref()} names and returns the commit it leads to. */
  private static ObjectId fetchCommit(RemoteSpec remote, URIish uri, Repository repository,
      CheckoutWriter checkout) throws IOException {
    long packLimit = 2 * checkout.limits().maxBytes();
    try (Transport transport = open(repository, uri)) {
      Map<String, Ref> advertised;
      try (FetchConnection connection = transport.openFetch()) {
        advertised = connection.getRefsMap();
      }
      Optional<String> name = advertisedName(remote.ref(), advertised);
      if (name.isPresent()) {
        transport.setDepth(1);
        String local = "refs/tasker-cli/fetched";
        transport.fetch(new BoundedProgress(gitDirOf(repository), packLimit),
            List.of(new RefSpec("+" + name.get() + ":" + local)));
        return peel(repository, repository.resolve(local), remote);
      }
      if (!ObjectId.isId(remote.ref().toLowerCase(Locale.ROOT))) {
        throw new FetchException(FetchException.Reason.NOT_FOUND,
            "no branch or tag named " + remote.ref() + " (branches: "
                + names(advertised, Constants.R_HEADS) + "; tags: "
                + names(advertised, Constants.R_TAGS) + ")");
      }
      return fetchById(remote, repository, transport, packLimit);
    }
  }

  /** A commit id: asked for directly, else found among every branch and tag. */
  private static ObjectId fetchById(RemoteSpec remote, Repository repository, Transport transport,
      long packLimit) throws IOException {
    ObjectId wanted = ObjectId.fromString(remote.ref().toLowerCase(Locale.ROOT));
    try {
      transport.setDepth(1);
      transport.fetch(new BoundedProgress(gitDirOf(repository), packLimit),
          List.of(new RefSpec("+" + wanted.name() + ":refs/tasker-cli/fetched")));
    } catch (TransportException notAdvertised) {
      // Servers give unadvertised commits only when configured to; fetch what they advertise.
      Transport all = open(repository, transport.getURI());
      try (all) {
        all.fetch(new BoundedProgress(gitDirOf(repository), packLimit),
            List.of(ALL_BRANCHES, ALL_TAGS));
      }
    }
    if (!repository.getObjectDatabase().has(wanted)) {
      throw new FetchException(FetchException.Reason.NOT_FOUND,
          "no commit " + wanted.name() + " on any branch or tag");
    }
    return peel(repository, wanted, remote);
  }

  private static Transport open(Repository repository, URIish uri) throws IOException {
    Transport transport = Transport.open(repository, uri);
    transport.setTimeout(TIMEOUT_SECONDS);
    transport.setTagOpt(TagOpt.NO_TAGS);
    // No setCheckFetchedObjects: JGit's check of a shallow pack fails ("peer did not supply a
    // complete object graph"). The CheckoutWriter checks every path of the tree it writes.
    return transport;
  }

  private static Path gitDirOf(Repository repository) {
    return repository.getDirectory().toPath();
  }

  /** {@code refs/heads/REF}, else {@code refs/tags/REF}, else {@code REF} itself if advertised. */
  private static Optional<String> advertisedName(String ref, Map<String, Ref> advertised) {
    for (String candidate : List.of(Constants.R_HEADS + ref, Constants.R_TAGS + ref, ref)) {
      if (advertised.containsKey(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static String names(Map<String, Ref> advertised, String prefix) {
    TreeSet<String> names = new TreeSet<>();
    advertised.keySet().stream().filter(name -> name.startsWith(prefix))
        .map(name -> name.substring(prefix.length())).forEach(names::add);
    if (names.isEmpty()) {
      return "none";
    }
    String shown = String.join(", ", names.stream().limit(10).toList());
    return names.size() > 10 ? shown + ", …" : shown;
  }

  /** The commit behind {@code id}, through annotated tags. */
  private static ObjectId peel(Repository repository, ObjectId id, RemoteSpec remote)
      throws IOException {
    if (id == null) {
      throw new FetchException(FetchException.Reason.NOT_FOUND,
          remote.ref() + " was advertised but not fetched");
    }
    try (RevWalk walk = new RevWalk(repository)) {
      RevCommit commit = walk.parseCommit(id);
      return commit.getId();
    } catch (org.eclipse.jgit.errors.IncorrectObjectTypeException notACommit) {
      throw new FetchException(FetchException.Reason.NOT_FOUND,
          remote.ref() + " does not name a commit");
    }
  }

  /** Every entry of the commit's tree, as data, through the writer's rules. */
  private static void writeTree(Repository repository, ObjectId commitId, CheckoutWriter checkout)
      throws IOException {
    try (RevWalk revWalk = new RevWalk(repository);
        TreeWalk walk = new TreeWalk(repository)) {
      walk.addTree(revWalk.parseCommit(commitId).getTree());
      walk.setRecursive(true);
      ObjectReader reader = walk.getObjectReader();
      while (walk.next()) {
        String path = walk.getPathString();
        FileMode mode = walk.getFileMode(0);
        ObjectId id = walk.getObjectId(0);
        if (mode == FileMode.GITLINK) {
          checkout.submodule(path);
        } else if (mode == FileMode.SYMLINK) {
          ObjectLoader target = reader.open(id, Constants.OBJ_BLOB);
          if (target.getSize() > MAX_LINK_TARGET) {
            throw new FetchException(FetchException.Reason.REFUSED,
                "symbolic link " + path + " has a target longer than " + MAX_LINK_TARGET
                    + " bytes");
          }
          checkout.symlink(path, new String(target.getBytes(), StandardCharsets.UTF_8));
        } else if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
          ObjectLoader blob = reader.open(id, Constants.OBJ_BLOB);
          checkout.file(path, mode == FileMode.EXECUTABLE_FILE, blob.getSize(), blob::openStream);
        } else {
          throw new FetchException(FetchException.Reason.REFUSED,
              path + " has the git mode " + mode + ", which is not a file, link or submodule");
        }
      }
    }
  }

  /** A library failure as a fetch failure whose message holds no credentials. */
  private static FetchException translate(RemoteSpec remote, Exception e,
      CheckoutWriter.Limits limits) {
    FetchException.Reason reason = reason(e);
    String message = reason == FetchException.Reason.REFUSED
        ? "the repository sent more than " + (2 * limits.maxBytes() >> 20)
            + " MiB of objects (twice remote-max-size-mb); stopped"
        : RemoteUrls.redact(firstLine(describe(e)), remote.url());
    return new FetchException(reason, message, null);
  }

  private static FetchException.Reason reason(Throwable e) {
    if (e instanceof NoRemoteRepositoryException) {
      return FetchException.Reason.NOT_FOUND;
    }
    if (e instanceof NotSupportedException) {
      return FetchException.Reason.UNSUPPORTED;
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException || cause instanceof UnknownHostException
          || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException) {
        return FetchException.Reason.UNREACHABLE;
      }
      String text = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
      if (text.contains(BoundedProgress.CANCELLED)) {
        return FetchException.Reason.REFUSED;
      }
      if (text.contains("not authorized") || text.contains("authentication")
          || text.contains("auth fail") || text.contains("no more authentication")
          || text.contains("server key") || text.contains("host key")
          || text.contains("known_hosts")) {
        return FetchException.Reason.AUTH;
      }
      if (text.contains("connection refused") || text.contains("connection failed")
          || text.contains("timed out") || text.contains("unknown host")) {
        return FetchException.Reason.UNREACHABLE;
      }
      if (text.contains("not found") || text.contains("does not appear to be a git repository")) {
        return FetchException.Reason.NOT_FOUND;
      }
    }
    return FetchException.Reason.FAILED;
  }

  /** The message of {@code e}, with its innermost distinct cause when that says more. */
  private static String describe(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root != e && root.getMessage() != null && !message.contains(root.getMessage())) {
      message = message + ": " + root.getMessage();
    }
    return message;
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return (newline < 0 ? text : text.substring(0, newline)).strip();
  }
}
