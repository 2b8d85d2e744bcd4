package systems.tasker.cli.discovery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One directory searched for plugins.
 *
 * @param path absolute and normalised
 * @param source which of the search paths it is
 * @param kind what was there when the search paths were resolved
 */
public record SearchPath(Path path, PluginSource source, Kind kind) {

  /** What a search path turned out to be. */
  public enum Kind {
    /** A directory: searched. */
    DIRECTORY("directory"),
    /** Nothing: skipped quietly. */
    MISSING("missing"),
    /** A file (or FIFO, device…): skipped, with a warning. */
    NOT_A_DIRECTORY("not a directory");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The words used in text and JSON output. */
    public String label() {
      return label;
    }

    /** What is at {@code path} now. */
    static Kind of(Path path) {
      if (Files.isDirectory(path)) {
        return DIRECTORY;
      }
      return Files.exists(path) ? NOT_A_DIRECTORY : MISSING;
    }
  }

  public SearchPath {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
  }

  /** Whether anything is there at all, a directory or not. */
  public boolean exists() {
    return kind != Kind.MISSING;
  }

  public boolean isDirectory() {
    return kind == Kind.DIRECTORY;
  }
}
