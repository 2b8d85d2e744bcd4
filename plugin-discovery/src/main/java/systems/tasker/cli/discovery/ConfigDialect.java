package systems.tasker.cli.discovery;

/**
 * Whose configuration file a run reads: tasker-cli's own, or one of the reference CLI
 * tasker-ctl's, which are read after ours (tasker-core {@code crates/tasker-ctl/src/cli_config/
 * loader.rs}) and only for the keys both CLIs share.
 */
public enum ConfigDialect {
  /** {@code .tasker-cli.toml}, {@code $XDG_CONFIG_HOME/tasker-cli.toml} or {@code --config FILE}. */
  TASKER_CLI("tasker-cli"),
  /**
   * tasker-ctl's unified {@code .config/tasker.toml} in the working directory: its {@code [cli]}
   * section, and its {@code [profile.NAME]} tables as profiles.
   */
  TASKER_CTL_UNIFIED("tasker-ctl's unified file"),
  /** tasker-ctl's {@code ./.tasker-ctl.toml} or {@code ~/.config/tasker-ctl.toml}. */
  TASKER_CTL("tasker-ctl's file");

  private final String label;

  ConfigDialect(String label) {
    this.label = label;
  }

  /** How output names such a file: {@code tasker-cli}, {@code tasker-ctl's file}. */
  public String label() {
    return label;
  }

  /** Whether the file is tasker-ctl's, of which only the shared keys are read. */
  public boolean isTaskerCtl() {
    return this != TASKER_CLI;
  }
}
