package systems.tasker.cli.discovery;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import systems.tasker.cli.plugin.Diagnostic;

/**
 * The configuration in force after the configuration file and the chosen profile are merged, each
 * value with its origin.
 *
 * @param file the configuration file read, or {@code null} when there was none
 * @param profile the active profile, unset when none is active
 * @param profiles the profiles the file defines, in file order
 * @param pluginPaths extra plugin search paths, absolute: the top level's, then the profile's
 * @param defaultLanguage the language used when a command gets no {@code --language}; may be unset
 * @param defaultOutputDir where generated files go by default, absolute; the working directory by
 *     default
 * @param params template-parameter defaults by parameter name: {@code String}, {@code Boolean},
 *     {@code Long} or {@code List<String>} values, the profile's overriding the top level's
 * @param diagnostics warnings about the file, such as unknown keys
 */
public record EffectiveConfig(
    Path file,
    ConfigValue<String> profile,
    List<String> profiles,
    List<ConfigValue<Path>> pluginPaths,
    ConfigValue<String> defaultLanguage,
    ConfigValue<Path> defaultOutputDir,
    Map<String, ConfigValue<Object>> params,
    List<Diagnostic> diagnostics) {

  public EffectiveConfig {
    Objects.requireNonNull(profile, "profile");
    profiles = List.copyOf(profiles);
    pluginPaths = List.copyOf(pluginPaths);
    Objects.requireNonNull(defaultLanguage, "defaultLanguage");
    Objects.requireNonNull(defaultOutputDir, "defaultOutputDir");
    // Map.copyOf would lose the file order that config show prints in.
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    diagnostics = List.copyOf(diagnostics);
  }

  /** The configuration when there is no configuration file. */
  public static EffectiveConfig none(Environment env) {
    return new EffectiveConfig(
        null,
        ConfigValue.unset(),
        List.of(),
        List.of(),
        ConfigValue.unset(),
        new ConfigValue<>(env.workingDirectory(), ConfigOrigin.DEFAULT),
        Map.of(),
        List.of());
  }

  /** The configured plugin search paths without their origins. */
  public List<Path> pluginPathList() {
    return pluginPaths.stream().map(ConfigValue::value).toList();
  }

  /** The configured default of a template parameter. */
  public Optional<Object> param(String name) {
    return Optional.ofNullable(params.get(name)).map(ConfigValue::value);
  }
}
