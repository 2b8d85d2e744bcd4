package systems.tasker.cli.plugin;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the files a plugin names really are. A plugin is untrusted: a path inside it may pass
 * through a symbolic link (at any level, not only the last) that leads anywhere, so every path is
 * judged by its real path, with every link resolved, against the plugin's own real path.
 */
public final class PluginFiles {

  private PluginFiles() {}

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
