package systems.tasker.cli.discovery;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One directory searched for plugins.
 *
 * @param path absolute and normalised
 * @param source which of the search paths it is
 * @param exists whether it was a directory when the search paths were resolved
 */
public record SearchPath(Path path, PluginSource source, boolean exists) {

  public SearchPath {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(source, "source");
  }
}
