package systems.tasker.cli.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the files a plugin supplies, and only those: each path is resolved to its real path
 * (every symbolic link on the way, parents included) and must land inside the real root; it must
 * be a regular file (a FIFO would block the read, a device never end it) of at most
 * {@link RenderLimits#MAX_FILE_BYTES}. A racing local user could still swap a file between the
 * check and the read; that is outside what the CLI promises (SECURITY.md).
 */
final class PluginFiles {

  private final Path root;
  private Path realRoot;

  /** @param root the directory nothing may be read outside of (the template directory) */
  PluginFiles(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  /** Why a plugin file cannot be read: the message completes "'name' …". */
  static final class Refused extends Exception {

    private static final long serialVersionUID = 1L;

    Refused(String reason) {
      super(reason, null, false, false);
    }
  }

  /** The real root; {@link Refused} when the root itself cannot be resolved. */
  Path realRoot() throws Refused {
    if (realRoot == null) {
      try {
        realRoot = root.toRealPath();
      } catch (IOException unresolvable) {
        throw new Refused("cannot be read: the directory " + root + " cannot be resolved");
      }
    }
    return realRoot;
  }

  /**
   * The real path of {@code file}, once it is known to be a regular file inside the real root and
   * within the size cap.
   */
  Path checked(Path file) throws Refused {
    Path real = realInside(file, "is a symbolic link leading outside the template directory");
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException unreadable) {
      throw new Refused("cannot be read: " + unreadable.getMessage());
    }
    if (!attributes.isRegularFile()) {
      throw new Refused(attributes.isDirectory() ? "is a directory, not a file"
          : "is not a regular file (a FIFO, device or socket); only regular files are read");
    }
    if (attributes.size() > RenderLimits.MAX_FILE_BYTES) {
      throw new Refused("is " + attributes.size() + " bytes, more than the "
          + RenderLimits.MAX_FILE_BYTES + " a plugin file may have");
    }
    return real;
  }

  /** The real path of {@code path}, every link resolved, when it lies inside the real root. */
  private Path realInside(Path path, String outside) throws Refused {
    Path real;
    try {
      real = path.toRealPath();
    } catch (IOException missing) {
      throw new Refused(Files.isSymbolicLink(path) ? "is a symbolic link that leads nowhere"
          : "does not exist");
    }
    if (!real.startsWith(realRoot())) {
      throw new Refused(outside);
    }
    return real;
  }

  /** The real path of {@code directory}, once it is known to be inside the real root. */
  Path checkedDirectory(Path directory) throws Refused {
    Path real = realInside(directory, "is a symbolic link leading outside the template"
        + " directory (itself or a parent directory)");
    if (!Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
      throw new Refused("is not a directory");
    }
    return real;
  }

  /** The bytes of {@code file}, checked as {@link #checked} says, never more than the cap. */
  byte[] read(Path file) throws Refused {
    Path real = checked(file);
    // the real path, just checked: no link left to follow (and a zip file system, where the
    // built-in templates live, refuses NOFOLLOW_LINKS here)
    try (InputStream in = Files.newInputStream(real)) {
      // the size was checked, but the file may have grown since: read one byte past the cap
      byte[] bytes = in.readNBytes(RenderLimits.MAX_FILE_BYTES + 1);
      if (bytes.length > RenderLimits.MAX_FILE_BYTES) {
        throw new Refused("grew past the " + RenderLimits.MAX_FILE_BYTES
            + " bytes a plugin file may have while it was read");
      }
      return bytes;
    } catch (IOException unreadable) {
      throw new Refused("cannot be read: " + unreadable.getMessage());
    }
  }
}
