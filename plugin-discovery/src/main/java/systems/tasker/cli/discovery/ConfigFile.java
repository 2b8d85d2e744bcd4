package systems.tasker.cli.discovery;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A configuration file and whose it is.
 *
 * @param path absolute; it may not exist yet (a file {@code remote add} is about to create)
 * @param dialect tasker-cli's own, or one of tasker-ctl's
 */
public record ConfigFile(Path path, ConfigDialect dialect) {

  public ConfigFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(dialect, "dialect");
  }
}
