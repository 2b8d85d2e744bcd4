package systems.tasker.cli.engine.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything under a directory (type, bytes, link target, POSIX permissions), so that a test can
 * assert the tree is exactly as it was.
 */
public final class TreeSnapshot {

  /** Files above this size are described by size and time, not read. */
  private static final long LARGE = 1024 * 1024;

  private TreeSnapshot() {}

  public static Map<String, String> of(Path root) {
    Map<String, String> entries = new TreeMap<>();
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return entries;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.forEach(path -> entries.put(root.relativize(path).toString(), describe(path)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  private static String describe(Path path) {
    try {
      String permissions = path.getFileSystem().supportedFileAttributeViews().contains("posix")
          ? " " + PosixFilePermissions.toString(
              Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS))
          : "";
      if (Files.isSymbolicLink(path)) {
        return "link -> " + Files.readSymbolicLink(path);
      }
      if (Files.isDirectory(path)) {
        return "dir" + permissions;
      }
      if (!Files.isRegularFile(path)) {
        return "other" + permissions; // a FIFO would block the read
      }
      if (Files.size(path) > LARGE) {
        return "file" + permissions + " " + Files.size(path) + " bytes, modified "
            + Files.getLastModifiedTime(path);
      }
      return "file" + permissions + " "
          + Base64.getEncoder().encodeToString(Files.readAllBytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
