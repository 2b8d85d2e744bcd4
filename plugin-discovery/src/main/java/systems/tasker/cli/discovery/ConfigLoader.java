package systems.tasker.cli.discovery;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import systems.tasker.cli.plugin.Diagnostic;
import systems.tasker.cli.plugin.DiagnosticCodes;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TomlFiles;

/**
 * Finds and reads the configuration file and merges the active profile into it.
 *
 * <p>The file is {@code --config FILE}, else the nearest {@value #PROJECT_FILE_NAME} from the
 * working directory upward, else tasker-ctl's {@code .config/tasker.toml} or {@code
 * .tasker-ctl.toml} in the working directory, else {@code $XDG_CONFIG_HOME/}{@value
 * #USER_FILE_NAME}, else tasker-ctl's {@code ~/.config/tasker-ctl.toml}, else there is none
 * ({@link ConfigFiles}). A file that cannot be used is an error, never silently replaced by
 * defaults; unknown keys are only warnings, so a newer file still works with an older CLI.
 */
public final class ConfigLoader {

  /** The project configuration file, looked for from the working directory upward. */
  public static final String PROJECT_FILE_NAME = ".tasker-cli.toml";

  /** The user configuration file, in {@code $XDG_CONFIG_HOME}. */
  public static final String USER_FILE_NAME = "tasker-cli.toml";

  private ConfigLoader() {}

  /**
   * Loads the effective configuration.
   *
   * @param explicitConfig {@code --config FILE}, or {@code null}; relative to the working directory
   * @param profile {@code --profile NAME}, or {@code null} to use {@code [cli] default-profile}
   * @throws ConfigException when the file is missing (only with {@code --config}), unreadable, not
   *     valid TOML, or holds a value of the wrong type
   * @throws UnknownProfileException when the selected profile is not defined
   */
  public static EffectiveConfig load(Environment env, Path explicitConfig, String profile) {
    Optional<ConfigFiles.Located> found = ConfigFiles.locate(env, explicitConfig);
    if (found.isEmpty()) {
      if (profile != null) {
        throw new UnknownProfileException(profile, List.of(), null, "profiles");
      }
      return EffectiveConfig.none(env);
    }
    Path file = found.get().file().path();
    TomlFiles.Parsed parsed = TomlFiles.parse(file, TomlFiles.Kind.CONFIG);
    if (!parsed.ok()) {
      if (explicitConfig != null && parsed.diagnostics().get(0).code().equals(DiagnosticCodes.CONFIG_MISSING)) {
        throw new ConfigException(
            List.of(
                Diagnostic.error(
                    DiagnosticCodes.CONFIG_MISSING,
                    file,
                    null,
                    "configuration file not found",
                    "check the path given to --config")));
      }
      throw new ConfigException(parsed.diagnostics());
    }
    return new ConfigFileReader(env, found.get(), parsed).read(parsed.document(), profile);
  }

  /**
   * The file {@code remote add} and {@code remote remove} edit: {@code --config FILE}; else, with
   * {@code user}, the user's file (ours, or tasker-ctl's {@code ~/.config/tasker-ctl.toml} when
   * only that exists); else the file a run reads (tasker-ctl's {@code .tasker-ctl.toml} too, as
   * tasker-ctl's own {@code remote add} does); else the user's {@code
   * $XDG_CONFIG_HOME/tasker-cli.toml}. It may not exist yet.
   *
   * @throws TaskerException (usage) when the file a run reads is tasker-ctl's unified file, whose
   *     remotes sit in its {@code [cli]} section
   */
  public static ConfigFile fileToEdit(Environment env, Path explicitConfig, boolean user) {
    if (explicitConfig != null) {
      return new ConfigFile(env.resolve(explicitConfig), ConfigDialect.TASKER_CLI);
    }
    if (user) {
      return ConfigFiles.userFile(env);
    }
    Optional<ConfigFile> inUse = ConfigFiles.locate(env, null).map(ConfigFiles.Located::file);
    if (inUse.isPresent() && inUse.get().dialect() == ConfigDialect.TASKER_CTL_UNIFIED) {
      throw new TaskerException(TaskerException.Kind.USAGE,
          "the configuration in use is tasker-ctl's unified file " + inUse.get().path()
              + ", which tasker-cli does not edit",
          "add a [[cli.remotes]] table to it by hand, or pass --user or --config FILE");
    }
    return inUse.orElseGet(() -> ConfigFiles.userFile(env));
  }
}
