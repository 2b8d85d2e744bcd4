package systems.tasker.cli.discovery.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a fetched tree into a new checkout directory, as plain data. A repository is untrusted,
 * so: every path is relative, without {@code .}, {@code ..}, {@code .git}, NUL or backslash
 * segments; only regular files, directories and symbolic links are written (no submodule is
 * fetched, no attribute, filter or hook is applied: the bytes are the blob's bytes); a link must
 * lead to something inside the checkout; the whole tree stays under a size and an entry limit,
 * checked before each file is written. Links are made last, after every file, so writing a file
 * never passes through one.
 */
public final class CheckoutWriter {

  /**
   * The bounds of a checkout.
   *
   * @param maxBytes the largest total size of the files
   * @param maxEntries the most files and links
   */
  public record Limits(long maxBytes, int maxEntries) {

    /** {@code remote-max-size-mb} when the configuration does not set it. */
    public static final long DEFAULT_MAX_MB = 64;

    /** The most files and links a checkout may have. */
    public static final int DEFAULT_MAX_ENTRIES = 20_000;

    /** The limits for {@code maxMegabytes} MiB. */
    public static Limits ofMegabytes(long maxMegabytes) {
      return new Limits(maxMegabytes << 20, DEFAULT_MAX_ENTRIES);
    }
  }

  /** Opens a file's content; called at most once per file. */
  @FunctionalInterface
  public interface Content {
    InputStream open() throws IOException;
  }

  /**
   * What was written.
   *
   * @param files regular files written
   * @param bytes their total size
   * @param links symbolic links made
   * @param skippedSubmodules the paths of submodules, which are never fetched
   */
  public record Summary(int files, long bytes, int links, List<String> skippedSubmodules) {
    public Summary {
      skippedSubmodules = List.copyOf(skippedSubmodules);
    }
  }

  private record Link(String path, String target) {}

  private final Path root;
  private final Limits limits;
  private final List<Link> links = new ArrayList<>();
  private final List<String> submodules = new ArrayList<>();
  private int entries;
  private int files;
  private long bytes;

  /**
   * A writer into {@code root}, which must not exist yet: it is created here, so nothing in it
   * predates the fetch.
   */
  public CheckoutWriter(Path root, Limits limits) throws IOException {
    this.root = Objects.requireNonNull(root, "root");
    this.limits = Objects.requireNonNull(limits, "limits");
    Files.createDirectory(root);
  }

  /** Where the tree is written. */
  public Path root() {
    return root;
  }

  /** The bounds this writer enforces. */
  public Limits limits() {
    return limits;
  }

  /**
   * Writes a regular file of {@code size} bytes (as the repository declares it, known before the
   * content is read, so an oversized file is refused without reading it).
   */
  public void file(String path, boolean executable, long size, Content content) {
    Path target = checkedPath(path);
    count(path);
    if (size < 0 || size > limits.maxBytes() - bytes) {
      throw tooLarge(path, size);
    }
    try {
      createParents(target, path);
      try (InputStream in = content.open();
          OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
        long copied = copy(in, out, size, path);
        if (copied != size) {
          throw refused(path + " is shorter than its declared size");
        }
      }
      if (executable) {
        makeExecutable(target);
      }
    } catch (IOException e) {
      throw new FetchException(FetchException.Reason.FAILED,
          "cannot write " + path + " into the cache: " + e.getMessage(), e);
    }
    files++;
    bytes += size;
  }

  /** Notes a symbolic link, made by {@link #finish()} once every file is written. */
  public void symlink(String path, String target) {
    checkedPath(path);
    count(path);
    if (target.isEmpty() || target.startsWith("/") || target.indexOf('\0') >= 0
        || target.indexOf('\\') >= 0 || target.matches("^[A-Za-z]:.*")) {
      throw refused("symbolic link " + path + " -> " + target + " leads outside the repository");
    }
    links.add(new Link(path, target));
  }

  /** Notes a submodule: never fetched, so its directory stays absent. */
  public void submodule(String path) {
    checkedPath(path);
    submodules.add(path);
  }

  /**
   * Makes the links, then checks that each leads, with every link resolved, to an existing file or
   * directory inside the checkout.
   *
   * @throws FetchException when a link leads out or nowhere
   */
  public Summary finish() {
    try {
      for (Link link : links) {
        Path at = root.resolve(link.path());
        createParents(at, link.path());
        Files.createSymbolicLink(at, at.getFileSystem().getPath(link.target()));
      }
      Path realRoot = root.toRealPath();
      for (Link link : links) {
        Path real;
        try {
          real = root.resolve(link.path()).toRealPath();
        } catch (IOException dangling) {
          throw refused("symbolic link " + link.path() + " -> " + link.target()
              + " leads to nothing inside the repository");
        }
        if (!real.startsWith(realRoot)) {
          throw refused("symbolic link " + link.path() + " -> " + link.target()
              + " leads outside the repository");
        }
      }
    } catch (FileAlreadyExistsException e) {
      throw refused("two entries of the repository share the path " + e.getFile()
          + " (on this file system)");
    } catch (IOException e) {
      throw new FetchException(FetchException.Reason.FAILED,
          "cannot write a link into the cache: " + e.getMessage(), e);
    }
    return new Summary(files, bytes, links.size(), submodules);
  }

  private void count(String path) {
    if (++entries > limits.maxEntries()) {
      throw refused("the repository has more than " + limits.maxEntries() + " files (at " + path
          + ")");
    }
  }

  private FetchException tooLarge(String path, long size) {
    return refused("the checkout would exceed the size limit of " + megabytes(limits.maxBytes())
        + " MiB (remote-max-size-mb): " + path + " is " + size + " bytes, after "
        + bytes + " bytes of other files");
  }

  private static long megabytes(long bytes) {
    return bytes >> 20;
  }

  private static FetchException refused(String message) {
    return new FetchException(FetchException.Reason.REFUSED, message);
  }

  /** The path inside the checkout, after checking each segment. */
  private Path checkedPath(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
      throw refused("the repository holds an entry with an unusable path '" + path + "'");
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")
          || segment.toLowerCase(Locale.ROOT).equals(".git")
          || segment.indexOf('\0') >= 0 || segment.indexOf('\\') >= 0) {
        throw refused("the repository holds an entry with an unsafe path '" + path + "'");
      }
    }
    return root.resolve(path);
  }

  /**
   * Creates the directories above {@code target}. Each either is new or was created by this
   * writer, and is checked not to be a link: links only exist once every file is written.
   */
  private void createParents(Path target, String path) throws IOException {
    Path parent = target.getParent();
    if (parent.equals(root)) {
      return;
    }
    if (Files.isSymbolicLink(parent)
        || (Files.exists(parent, LinkOption.NOFOLLOW_LINKS)
            && !Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS))) {
      throw refused("the repository needs " + root.relativize(parent)
          + " as a directory and as a file (at " + path + ")");
    }
    createParents(parent, path);
    if (!Files.exists(parent, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectory(parent);
    }
  }

  private long copy(InputStream in, OutputStream out, long declared, String path)
      throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long copied = 0;
    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
      copied += read;
      if (copied > declared) {
        throw refused(path + " is longer than its declared size");
      }
      out.write(buffer, 0, read);
    }
    return copied;
  }

  private static void makeExecutable(Path file) throws IOException {
    if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
    permissions.add(PosixFilePermission.OWNER_EXECUTE);
    if (permissions.contains(PosixFilePermission.GROUP_READ)) {
      permissions.add(PosixFilePermission.GROUP_EXECUTE);
    }
    if (permissions.contains(PosixFilePermission.OTHERS_READ)) {
      permissions.add(PosixFilePermission.OTHERS_EXECUTE);
    }
    Files.setPosixFilePermissions(file, permissions);
  }
}
