package systems.tasker.cli.engine.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a planned path must follow, wherever its parts came from (the template, a file name
 * pattern, a subdirectory pattern, or a parameter value such as {@code name = "../../etc/x"}).
 */
public final class PlannedPaths {

  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

  /**
   * Directories of version-control systems: a file written there can run on the user's next
   * commit or checkout (a Git hook), so no plugin may write into one.
   */
  private static final Set<String> VCS_METADATA = Set.of(".git", ".hg", ".svn", ".bzr", "cvs",
      "_darcs", ".pijul", ".jj", ".fossil-settings");

  /** The longest file name (one path segment) most file systems allow, in UTF-8 bytes. */
  public static final int MAX_SEGMENT_BYTES = 255;

  private PlannedPaths() {}

  /**
   * Returns {@code path} when it is non-empty, relative, {@code /}-separated and normalised: no
   * empty, {@code .} or {@code ..} segments, no backslash, no drive letter, no control, format
   * (bidirectional) or line-separator character, no segment longer than
   * {@value #MAX_SEGMENT_BYTES} bytes, nothing inside a version-control directory such as
   * {@code .git}, and no name tasker-cli keeps for its own temporary files.
   *
   * @param origin the output or tree file that produced the path, for the message
   * @throws UnsafePathException otherwise
   */
  public static String requireSafe(String path, String origin) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(origin, "origin");
    String reason = problem(path);
    if (reason != null) {
      throw new UnsafePathException(origin, path, reason);
    }
    return path;
  }

  /** Why {@code path} is unsafe, or {@code null} when it is safe. */
  public static String problem(String path) {
    if (path.isEmpty()) {
      return "the path is empty";
    }
    if (path.indexOf('\0') >= 0) {
      return "it contains a NUL character";
    }
    if (path.codePoints().anyMatch(PlannedPaths::isInvisible)) {
      // C0 and C1 controls (terminal escapes), bidirectional and other invisible formatting
      return "it contains a control character";
    }
    if (path.indexOf('\\') >= 0) {
      return "backslashes are not allowed";
    }
    if (path.startsWith("/")) {
      return "absolute paths are not allowed";
    }
    if (DRIVE.matcher(path).matches()) {
      return "drive letters are not allowed";
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty()) {
        return "empty path segments are not allowed";
      }
      if (segment.equals("..")) {
        return "'..' segments are not allowed";
      }
      if (segment.equals(".")) {
        return "'.' segments are not allowed";
      }
      if (DRIVE.matcher(segment).matches()) {
        return "drive letters are not allowed";
      }
      if (segment.getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES) {
        return "the name '" + segment + "' is longer than " + MAX_SEGMENT_BYTES + " bytes";
      }
      if (VCS_METADATA.contains(segment.toLowerCase(Locale.ROOT))) {
        return "'" + segment + "' is a version-control directory (a file there could run as a"
            + " hook)";
      }
      if (WorkFiles.isOurs(segment)) {
        return "'" + segment + "' is a name tasker-cli keeps for its own temporary files";
      }
    }
    return null;
  }

  /** Characters that change what a terminal shows instead of showing themselves. */
  static boolean isInvisible(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }

  /**
   * {@code outputDir} joined with a safe planned path, one segment at a time so that the
   * separator of the target file system is used.
   */
  public static Path resolve(Path outputDir, String path) {
    Path target = outputDir;
    for (String segment : path.split("/")) {
      target = target.resolve(segment);
    }
    return target;
  }

  /**
   * Fails when writing {@code path} under {@code outputDir} would pass through (or replace) a
   * symbolic link that leads outside {@code outputDir}, or one that cannot be resolved.
   */
  public static void requireNoEscapingLink(Path outputDir, String path, String origin) throws IOException {
    if (!Files.exists(outputDir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Path base = outputDir.toRealPath();
    Path current = outputDir;
    String walked = "";
    for (String segment : path.split("/")) {
      current = current.resolve(segment);
      walked = walked.isEmpty() ? segment : walked + "/" + segment;
      if (Files.isSymbolicLink(current)) {
        Path real;
        try {
          real = current.toRealPath();
        } catch (IOException unresolvable) {
          throw new UnsafePathException(origin, path,
              "'" + walked + "' is a symbolic link that cannot be resolved");
        }
        if (!real.startsWith(base)) {
          throw new UnsafePathException(origin, path,
              "'" + walked + "' is a symbolic link leading outside the output directory");
        }
      } else if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
        return;
      }
    }
  }

  /** The path with control characters shown as {@code \\uXXXX}, safe to print on a terminal. */
  static String printable(String path) {
    StringBuilder out = new StringBuilder();
    path.codePoints().forEach(c -> {
      if (isInvisible(c)) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
