package systems.tasker.cli.discovery;

/** Where a plugin was found, highest priority first. */
public enum PluginSource {
  /** {@code --plugin-path DIR} on the command line. */
  PLUGIN_PATH("plugin-path"),
  /** {@code ./.tasker-cli/plugins/} under the working directory. */
  PROJECT("project"),
  /** {@code plugin-paths} of the configuration file and its active profile. */
  CONFIG("config"),
  /** {@code $XDG_CONFIG_HOME/tasker-cli/plugins/}. */
  USER("user"),
  /** {@code $TASKER_CLI_SYSTEM_PLUGINS}, by default {@code /usr/local/share/tasker-cli/plugins}. */
  SYSTEM("system"),
  /** The plugin compiled into the CLI. */
  BUILTIN("builtin");

  private final String label;

  PluginSource(String label) {
    this.label = label;
  }

  /** The word used in text and JSON output. */
  public String label() {
    return label;
  }
}
