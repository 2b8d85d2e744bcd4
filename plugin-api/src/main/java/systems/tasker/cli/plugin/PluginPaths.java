package systems.tasker.cli.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps paths written in plugin files inside the directory they are relative to. Plugins are
 * untrusted data, so a path is checked twice: as written (no absolute path, no {@code ..}), and on
 * disk (no symbolic link on the way that leads outside).
 */
final class PluginPaths {

  /** What is wrong with a relative path as written. */
  enum Problem {
    EMPTY,
    ABSOLUTE,
    ESCAPES
  }

  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

  private PluginPaths() {}

  /**
   * Checks {@code written} as text, before it touches any file system. Backslashes count as
   * separators so a plugin written on Windows cannot smuggle {@code ..\} past the check.
   */
  static Optional<Problem> problemOf(String written) {
    if (written == null || written.isBlank()) {
      return Optional.of(Problem.EMPTY);
    }
    if (written.startsWith("/") || written.startsWith("\\") || DRIVE.matcher(written).matches()) {
      return Optional.of(Problem.ABSOLUTE);
    }
    for (String segment : written.split("[/\\\\]")) {
      if (segment.equals("..")) {
        return Optional.of(Problem.ESCAPES);
      }
    }
    if (written.indexOf('\0') >= 0) {
      return Optional.of(Problem.ESCAPES);
    }
    return Optional.empty();
  }

  /**
   * {@code base} joined with {@code written}, or empty when this file system cannot name such a
   * path at all (e.g. characters Windows forbids): then it cannot exist either.
   */
  static Optional<Path> resolve(Path base, String written) {
    try {
      return Optional.of(base.resolve(written).normalize());
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * {@link #leaves} for a {@code candidate} below {@code base} (normalised, without {@code ..}),
   * judged against the real path of {@code base}. Discovery asks this of every plugin on every run,
   * so it walks down from {@code base} with one {@code lstat} a segment, and resolves real paths
   * only when it meets a symbolic link: below {@code base} and without links, a path stays inside.
   */
  static boolean leavesFrom(Path base, Path candidate) {
    Path current = base;
    for (Path segment : base.relativize(candidate)) {
      if (segment.toString().equals("..")) {
        return true;
      }
      current = current.resolve(segment.toString());
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(current, BasicFileAttributes.class,
            LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        return false;
      } catch (IOException e) {
        return true;
      }
      if (attributes.isSymbolicLink()) {
        return realPath(base).map(realBase -> leaves(realBase, candidate)).orElse(true);
      }
    }
    return false;
  }

  /** The real path of {@code path} (every link resolved), or empty when it cannot be resolved. */
  static Optional<Path> realPath(Path path) {
    try {
      return Optional.of(path.toRealPath());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether {@code candidate}, with every symbolic link on the way resolved, lies outside
   * {@code realRoot} (which must already be a real path). A path that does not exist is judged by
   * its nearest existing ancestor, since that is all a later read could reach; a link that leads
   * nowhere counts as existing, and as leaving, since nobody can say where it will lead.
   */
  static boolean leaves(Path realRoot, Path candidate) {
    Path existing = candidate.toAbsolutePath();
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return true;
    }
    try {
      return !existing.toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      // A path we cannot resolve is one we cannot vouch for; refusing it is the safe answer.
      return true;
    }
  }
}
