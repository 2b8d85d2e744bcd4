package systems.tasker.cli.discovery;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A tasker-ctl configuration file that exists but is not read, because another file comes first.
 *
 * @param file the file, absolute
 * @param reason why it is not read, as a clause: {@code "/p/.tasker-cli.toml, tasker-cli's own file
 *     at the same level, comes first"}
 */
public record UnreadConfigFile(Path file, String reason) {

  public UnreadConfigFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
  }
}
