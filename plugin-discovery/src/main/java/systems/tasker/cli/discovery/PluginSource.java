package systems.tasker.cli.discovery;

/** Where a plugin was found, highest priority first. */
public enum PluginSource {
  /** {@code --plugin-path DIR} on the command line. */
  PLUGIN_PATH("plugin-path"),
  /** {@code ./.tasker-cli/plugins/} under the working directory. */
  PROJECT("project"),
  /**
   * {@code plugin-paths} of the project's own {@code .tasker-cli.toml} (found from the working
   * directory upward): chosen by whoever wrote the project, a cloned repository for instance.
   */
  PROJECT_CONFIG("project-config"),
  /** {@code plugin-paths} of the configuration file and its active profile. */
  CONFIG("config"),
  /**
   * A git remote's checkout in the cache ({@code [[remotes]]}, {@code use-published-plugins},
   * {@code --remote}, {@code --url}); shown as {@code remote:<name>}.
   */
  REMOTE("remote"),
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

  /** Whether the project being worked in chose these plugins, rather than the user. */
  public boolean fromProject() {
    return this == PROJECT || this == PROJECT_CONFIG;
  }
}
