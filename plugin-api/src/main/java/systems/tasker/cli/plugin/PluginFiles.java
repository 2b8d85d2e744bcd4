package systems.tasker.cli.plugin;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the files a plugin (or a project's configuration) names really are. Both are untrusted: a
 * path inside them may pass through a symbolic link (at any level, not only the last) that leads
 * anywhere, so every path is judged by its real path, with every link resolved, against the real
 * path of the directory it must stay in.
 */
public final class PluginFiles {

  private PluginFiles() {}

  /**
   * Whether {@code path} lies inside {@code root}, both as written and with every link resolved. A
   * path that does not exist yet is judged by its nearest existing ancestor, since that is where
   * creating it would start.
   */
  public static boolean staysInside(Path root, Path path) {
    Path absoluteRoot = root.toAbsolutePath().normalize();
    Optional<Path> realRoot = PluginPaths.realPath(absoluteRoot);
    return path.toAbsolutePath().normalize().startsWith(absoluteRoot)
        && realRoot.isPresent()
        && !PluginPaths.leaves(realRoot.get(), path);
  }

  /**
   * The real path of {@code path}, when it exists and lies inside the real path of {@code root};
   * empty when it does not exist, cannot be resolved, or lands outside.
   */
  public static Optional<Path> realPathInside(Path root, Path path) {
    Optional<Path> realRoot = PluginPaths.realPath(root);
    Optional<Path> real = PluginPaths.realPath(path);
    return realRoot.isPresent() && real.isPresent() && real.get().startsWith(realRoot.get())
        ? real : Optional.empty();
  }
}
