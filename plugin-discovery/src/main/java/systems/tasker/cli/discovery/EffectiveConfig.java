package systems.tasker.cli.discovery;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import systems.tasker.cli.discovery.remote.RemoteSpec;
import systems.tasker.cli.plugin.Diagnostic;
import systems.tasker.cli.plugin.DiagnosticCodes;
import systems.tasker.cli.plugin.PluginFiles;

/**
 * The configuration in force after the configuration file and the chosen profile are merged, each
 * value with its origin.
 *
 * @param file the configuration file read, or {@code null} when there was none
 * @param dialect whose file it is: ours, or tasker-ctl's (of which only the shared keys are read);
 *     ours when there is none
 * @param projectRoot the project that chose {@code file} when it is the project's own: the
 *     directory holding {@code .tasker-cli.toml} found from the working directory upward, or the
 *     working directory for tasker-ctl's {@code .config/tasker.toml} and {@code .tasker-ctl.toml}
 *     there (not named with {@code --config}, not the user's); what it sets was chosen by the
 *     project, not the user
 * @param profile the active profile, unset when none is active
 * @param profiles the profiles the file defines, in file order
 * @param pluginPaths extra plugin search paths, absolute: the top level's, then the profile's
 * @param defaultLanguage the language used when a command gets no {@code --language}; may be unset
 * @param defaultOutputDir where generated files go by default, absolute; the working directory by
 *     default
 * @param params template-parameter defaults by parameter name: {@code String}, {@code Boolean},
 *     {@code Long} or {@code List<String>} values, the profile's overriding the top level's
 * @param diagnostics warnings about the file, such as unknown keys
 * @param remoteSettings the git remotes of plugins and how their cache is kept
 * @param notUsed the dotted keys of tasker-ctl's file that tasker-cli does not read, in file order
 * @param notRead tasker-ctl's files that exist but were not read, as {@code file} came first
 */
public record EffectiveConfig(
    Path file,
    ConfigDialect dialect,
    Path projectRoot,
    ConfigValue<String> profile,
    List<String> profiles,
    List<ConfigValue<Path>> pluginPaths,
    ConfigValue<String> defaultLanguage,
    ConfigValue<Path> defaultOutputDir,
    Map<String, ConfigValue<Object>> params,
    List<Diagnostic> diagnostics,
    RemoteSettings remoteSettings,
    List<String> notUsed,
    List<UnreadConfigFile> notRead) {

  public EffectiveConfig {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(profile, "profile");
    profiles = List.copyOf(profiles);
    pluginPaths = List.copyOf(pluginPaths);
    Objects.requireNonNull(defaultLanguage, "defaultLanguage");
    Objects.requireNonNull(defaultOutputDir, "defaultOutputDir");
    // Map.copyOf would lose the file order that config show prints in.
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    diagnostics = List.copyOf(diagnostics);
    Objects.requireNonNull(remoteSettings, "remoteSettings");
    notUsed = List.copyOf(notUsed);
    notRead = List.copyOf(notRead);
  }

  /** The configuration when there is no configuration file. */
  public static EffectiveConfig none(Environment env) {
    return new EffectiveConfig(
        null,
        ConfigDialect.TASKER_CLI,
        null,
        ConfigValue.unset(),
        List.of(),
        List.of(),
        ConfigValue.unset(),
        new ConfigValue<>(env.workingDirectory(), ConfigOrigin.DEFAULT),
        Map.of(),
        List.of(),
        RemoteSettings.NONE,
        List.of(),
        List.of());
  }

  /**
   * The {@code default-output-dir} the configuration sets, if it sets one. A cloned repository's
   * {@code .tasker-cli.toml} is untrusted, so a value from the project's own file must stay inside
   * the project, every link resolved ({@code "../victim"} or a link out would let a repository
   * choose where files are written).
   *
   * @throws ConfigException when a project's file points outside the project
   */
  public Optional<Path> configuredOutputDir() {
    if (!defaultOutputDir.isSet() || defaultOutputDir.origin().isDefault()) {
      return Optional.empty();
    }
    Path dir = defaultOutputDir.value();
    if (!outputDirAllowed()) {
      throw new ConfigException(List.of(Diagnostic.error(
          DiagnosticCodes.CONFIG_OUTPUT_DIR_ESCAPES, defaultOutputDir.origin().file(), null,
          "default-output-dir " + dir + " is outside the project " + projectRoot
              + "; a project's configuration may only name directories inside it",
          "pass -o DIR to write elsewhere, or fix default-output-dir in "
              + defaultOutputDir.origin().file())));
    }
    return Optional.of(dir);
  }

  /**
   * Whether {@link #configuredOutputDir()} may be used: always, unless the project's own file set
   * it outside the project.
   */
  public boolean outputDirAllowed() {
    return projectRoot == null
        || !defaultOutputDir.isSet()
        || defaultOutputDir.origin().isDefault()
        || PluginFiles.staysInside(projectRoot, defaultOutputDir.value());
  }

  /** The configured plugin search paths without their origins. */
  public List<Path> pluginPathList() {
    return pluginPaths.stream().map(ConfigValue::value).toList();
  }

  /** The remotes in force, in priority order. */
  public List<RemoteSpec> remotes() {
    return remoteSettings.remotes();
  }

  /**
   * The remotes whose plugins are searched in every run: all of ours; none of tasker-ctl's, which
   * keep tasker-ctl's meaning and are used only when {@code --remote NAME} names one (its
   * {@code PluginRegistry::discover} reads {@code plugin-paths} only), so a clone of a repository
   * whose {@code .tasker-ctl.toml} declares a remote works offline, as with tasker-ctl.
   */
  public List<RemoteSpec> searchedRemotes() {
    return dialect.isTaskerCtl() ? List.of() : remotes();
  }

  /** The configured default of a template parameter. */
  public Optional<Object> param(String name) {
    return Optional.ofNullable(params.get(name)).map(ConfigValue::value);
  }
}
