package systems.tasker.cli.engine.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The rules a planned path must follow, wherever its parts came from (the template, a file name
 * pattern, a subdirectory pattern, or a parameter value such as {@code name = "../../etc/x"}).
 */
public final class PlannedPaths {

  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

  private PlannedPaths() {}

  /**
   * Returns {@code path} when it is non-empty, relative, {@code /}-separated and normalised: no
   * empty, {@code .} or {@code ..} segments, no backslash, no drive letter, no control character.
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
    if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
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
    }
    return null;
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
  static void requireNoEscapingLink(Path outputDir, String path, String origin) throws IOException {
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
    path.chars().forEach(c -> {
      if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.append((char) c);
      }
    });
    return out.toString();
  }
}
