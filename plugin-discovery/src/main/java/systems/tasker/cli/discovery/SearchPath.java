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
 * @param remote the remote whose checkout it is, only for {@link PluginSource#REMOTE}
 */
public record SearchPath(Path path, PluginSource source, Kind kind, RemoteOrigin remote) {

  /** What a search path turned out to be. */
  public enum Kind {
    /** A directory: searched. */
    DIRECTORY("directory"),
    /** Nothing: skipped quietly. */
    MISSING("missing"),
    /** A file (or FIFO, device…): skipped, with a warning. */
    NOT_A_DIRECTORY("not a directory"),
    /** A remote with nothing in the cache yet: fetched by the commands that use plugins. */
    NOT_FETCHED("not fetched");

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
    if ((source == PluginSource.REMOTE) != (remote != null)) {
      throw new IllegalArgumentException("a remote is required exactly for REMOTE search paths");
    }
  }

  /** A search path that is not a remote's. */
  public SearchPath(Path path, PluginSource source, Kind kind) {
    this(path, source, kind, null);
  }

  /** Whether anything is there at all, a directory or not. */
  public boolean exists() {
    return kind != Kind.MISSING && kind != Kind.NOT_FETCHED;
  }

  public boolean isDirectory() {
    return kind == Kind.DIRECTORY;
  }

  /** {@code remote:<name>} for a remote's checkout, else the source's label. */
  public String sourceLabel() {
    return remote == null ? source.label() : remote.label();
  }

  /** Whether the project being worked in chose this path, rather than the user. */
  public boolean fromProject() {
    return source.fromProject() || (remote != null && remote.fromProject());
  }
}
