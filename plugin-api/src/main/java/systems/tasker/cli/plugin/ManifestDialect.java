package systems.tasker.cli.plugin;

/** The two shapes of {@code tasker-plugin.toml} and {@code template.toml} found in the wild. */
public enum ManifestDialect {
  /** The TAS-127 specification: tables keyed by name ({@code [templates] x = {...}}). */
  TABLES,
  /** What published Tasker plugins ship: arrays of tables ({@code [[templates]] name = "x"}). */
  ARRAYS
}
