package systems.tasker.cli.output;

/** {@code --format text|json}. */
public enum OutputFormat {
  TEXT,
  JSON
}
