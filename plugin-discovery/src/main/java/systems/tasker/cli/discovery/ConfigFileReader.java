package systems.tasker.cli.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import systems.tasker.cli.discovery.remote.CheckoutWriter;
import systems.tasker.cli.discovery.remote.RemoteSpec;
import systems.tasker.cli.discovery.remote.RemoteUrls;
import systems.tasker.cli.plugin.Diagnostic;
import systems.tasker.cli.plugin.DiagnosticCodes;
import systems.tasker.cli.plugin.Suggestions;
import systems.tasker.cli.plugin.TomlFiles;

/**
 * Reads one configuration file, collecting every problem before failing, and merges the active
 * profile into it.
 *
 * <p>Our own files are read whole; an unknown key is a warning (a newer file still works with an
 * older CLI). Of tasker-ctl's files only the keys both CLIs share are read, with the same meaning
 * (tasker-core {@code crates/tasker-ctl/src/cli_config/mod.rs}, {@code CliConfig}); every other
 * key is recorded as not used, never an error. A shared key with a value of the wrong type is an
 * error in either: tasker-ctl would fall back to its defaults, which we never do silently.
 */
final class ConfigFileReader {

  private static final String PLUGIN_PATHS = "plugin-paths";
  private static final String PLUGINS = "plugins";
  private static final String PATHS = "paths";
  private static final String DEFAULT_LANGUAGE = "default-language";
  private static final String DEFAULT_OUTPUT_DIR = "default-output-dir";
  private static final String PARAMS = "params";
  private static final String CLI = "cli";
  private static final String DEFAULT_PROFILE = "default-profile";
  private static final String PROFILES = "profiles";
  private static final String REMOTES = "remotes";
  private static final String CACHE_MAX_AGE_HOURS = "cache-max-age-hours";
  private static final String REMOTE_MAX_SIZE_MB = "remote-max-size-mb";
  private static final String USE_PUBLISHED_PLUGINS = "use-published-plugins";
  /** The unified file's tables of tasker-client profiles ({@code [profile.NAME]}). */
  private static final String CTL_PROFILES = "profile";

  private static final Set<String> PROFILE_KEYS = Set.of(PLUGIN_PATHS, PLUGINS, DEFAULT_LANGUAGE,
      DEFAULT_OUTPUT_DIR, PARAMS, REMOTES, CACHE_MAX_AGE_HOURS, REMOTE_MAX_SIZE_MB,
      USE_PUBLISHED_PLUGINS);
  private static final Set<String> TOP_LEVEL_KEYS = Set.of(PLUGIN_PATHS, PLUGINS, DEFAULT_LANGUAGE,
      DEFAULT_OUTPUT_DIR, PARAMS, CLI, PROFILES, REMOTES, CACHE_MAX_AGE_HOURS, REMOTE_MAX_SIZE_MB,
      USE_PUBLISHED_PLUGINS);
  /** The keys tasker-ctl's {@code CliConfig} and its unified {@code [cli]} section have. */
  private static final Set<String> SHARED_KEYS = Set.of(PLUGIN_PATHS, DEFAULT_LANGUAGE,
      DEFAULT_OUTPUT_DIR, REMOTES, CACHE_MAX_AGE_HOURS);
  private static final Set<String> REMOTE_KEYS =
      Set.of("name", "url", "ref", "git-ref", "plugin-path", "config-path");
  /**
   * Of tasker-ctl's {@code RemoteConfig}: {@code git-ref}, not {@code ref}; its
   * {@code config-path} serves a command we do not have.
   */
  private static final Set<String> SHARED_REMOTE_KEYS =
      Set.of("name", "url", "git-ref", "plugin-path");

  /** The values one table (the top level, a {@code [cli]} section or a profile) sets. */
  private static final class Layer {
    final ConfigOrigin origin;
    final List<ConfigValue<Path>> pluginPaths = new ArrayList<>();
    final Map<String, ConfigValue<Object>> params = new LinkedHashMap<>();
    ConfigValue<String> defaultLanguage = ConfigValue.unset();
    ConfigValue<Path> defaultOutputDir = ConfigValue.unset();
    ConfigValue<String> defaultProfile = ConfigValue.unset();
    final List<RemoteSpec> remotes = new ArrayList<>();
    ConfigValue<Long> cacheMaxAgeHours = ConfigValue.unset();
    ConfigValue<Long> maxSizeMb = ConfigValue.unset();
    ConfigValue<Boolean> usePublishedPlugins = ConfigValue.unset();

    Layer(ConfigOrigin origin) {
      this.origin = origin;
    }
  }

  private final Environment env;
  private final ConfigFiles.Located located;
  private final Path file;
  private final ConfigDialect dialect;
  private final Path projectRoot;
  private final Path base;
  private final List<Diagnostic> errors = new ArrayList<>();
  private final List<Diagnostic> warnings = new ArrayList<>();
  private final List<String> notUsed = new ArrayList<>();
  private final TomlFiles.Parsed parsed;

  /** @param parsed the file as parsed, for the position of each problem */
  ConfigFileReader(Environment env, ConfigFiles.Located located, TomlFiles.Parsed parsed) {
    this.env = env;
    this.parsed = parsed;
    this.located = located;
    this.file = located.file().path();
    this.dialect = located.file().dialect();
    this.projectRoot = located.projectRoot();
    this.base = located.base();
  }

  EffectiveConfig read(JsonNode root, String requestedProfile) {
    Layer top;
    Map<String, Layer> profiles = new LinkedHashMap<>();
    switch (dialect) {
      case TASKER_CLI -> {
        top = readLayer(root, "", ConfigOrigin.topLevel(file), TOP_LEVEL_KEYS);
        readProfiles(root.get(PROFILES), PROFILES, PROFILE_KEYS, profiles);
      }
      case TASKER_CTL -> top = readLayer(root, "", ConfigOrigin.topLevel(file), SHARED_KEYS);
      default -> top = readUnified(root, profiles);
    }
    if (!errors.isEmpty()) {
      throw new ConfigException(errors);
    }

    ConfigValue<String> selected =
        requestedProfile != null
            ? new ConfigValue<>(requestedProfile, ConfigOrigin.COMMAND_LINE)
            : top.defaultProfile;
    Layer profile = null;
    if (selected.isSet()) {
      profile = profiles.get(selected.value());
      if (profile == null) {
        throw new UnknownProfileException(selected.value(), List.copyOf(profiles.keySet()), file,
            switch (dialect) {
              case TASKER_CLI -> PROFILES;
              case TASKER_CTL_UNIFIED -> CTL_PROFILES;
              case TASKER_CTL -> null;
            });
      }
    }

    List<ConfigValue<Path>> pluginPaths = new ArrayList<>(top.pluginPaths);
    Map<String, ConfigValue<Object>> params = new LinkedHashMap<>(top.params);
    ConfigValue<String> language = top.defaultLanguage;
    ConfigValue<Path> outputDir =
        top.defaultOutputDir.isSet()
            ? top.defaultOutputDir
            : new ConfigValue<>(env.workingDirectory(), ConfigOrigin.DEFAULT);
    if (profile != null) {
      pluginPaths.addAll(profile.pluginPaths);
      params.putAll(profile.params);
      language = profile.defaultLanguage.isSet() ? profile.defaultLanguage : language;
      outputDir = profile.defaultOutputDir.isSet() ? profile.defaultOutputDir : outputDir;
    }
    RemoteSettings remotes = remoteSettings(top, profile);
    return new EffectiveConfig(
        file,
        dialect,
        projectRoot,
        selected,
        List.copyOf(profiles.keySet()),
        pluginPaths,
        language,
        outputDir,
        params,
        warnings,
        remotes,
        notUsed,
        located.notRead());
  }

  /**
   * tasker-ctl's unified file (tasker-core {@code crates/tasker-ctl/src/cli_config/unified.rs}):
   * its {@code [cli]} section is the top level; its {@code [profile.NAME]} tables are tasker-client
   * connection profiles, which {@code --profile NAME} may name as it does for tasker-ctl.
   */
  private Layer readUnified(JsonNode root, Map<String, Layer> profiles) {
    Layer top = new Layer(ConfigOrigin.cliSection(file));
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      String key = entry.getKey();
      if (key.equals(CLI)) {
        if (entry.getValue().isObject()) {
          top = readLayer(entry.getValue(), CLI + ".", ConfigOrigin.cliSection(file), SHARED_KEYS);
        } else {
          wrongType(CLI, "a table", entry.getValue());
        }
      } else if (key.equals(CTL_PROFILES)) {
        readProfiles(entry.getValue(), CTL_PROFILES, SHARED_KEYS, profiles);
      } else {
        notUsed.add(key);
      }
    }
    return top;
  }

  private void readProfiles(JsonNode node, String table, Set<String> keys,
      Map<String, Layer> profiles) {
    if (node == null) {
      return;
    }
    if (!node.isObject()) {
      wrongType(table, "a table of profiles", node);
      return;
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String name = entry.getKey();
      String where = table + "." + name;
      if (entry.getValue().isObject()) {
        ConfigOrigin origin = ConfigOrigin.profile(file, name);
        profiles.put(name, readLayer(entry.getValue(), where + ".", origin, keys));
      } else {
        wrongType(where, "a table", entry.getValue());
      }
    }
  }

  /**
   * The remotes of the top level and the profile (whose remote of the same name wins), then the
   * published one when asked for and not declared under its name.
   */
  private RemoteSettings remoteSettings(Layer top, Layer profile) {
    Map<String, RemoteSpec> remotes = new LinkedHashMap<>();
    top.remotes.forEach(remote -> remotes.put(remote.name(), remote));
    ConfigValue<Long> maxAge = top.cacheMaxAgeHours;
    ConfigValue<Long> maxSize = top.maxSizeMb;
    ConfigValue<Boolean> published = top.usePublishedPlugins;
    if (profile != null) {
      profile.remotes.forEach(remote -> remotes.put(remote.name(), remote));
      maxAge = profile.cacheMaxAgeHours.isSet() ? profile.cacheMaxAgeHours : maxAge;
      maxSize = profile.maxSizeMb.isSet() ? profile.maxSizeMb : maxSize;
      published = profile.usePublishedPlugins.isSet() ? profile.usePublishedPlugins : published;
    }
    if (published.isSet() && published.value()
        && !remotes.containsKey(RemoteSpec.PUBLISHED_NAME)) {
      remotes.put(RemoteSpec.PUBLISHED_NAME, new RemoteSpec(RemoteSpec.PUBLISHED_NAME,
          RemoteSpec.PUBLISHED_URL, RemoteSpec.DEFAULT_REF, "",
          USE_PUBLISHED_PLUGINS + " in " + published.origin().describe(), projectRoot != null));
    }
    RemoteSettings defaults = RemoteSettings.NONE;
    return new RemoteSettings(List.copyOf(remotes.values()),
        maxAge.isSet() ? maxAge : defaults.cacheMaxAgeHours(),
        maxSize.isSet() ? maxSize : defaults.maxSizeMb(),
        published.isSet() ? published : defaults.usePublishedPlugins());
  }

  /** {@code prefix} is the dotted path of the table, for messages ({@code profiles.dev.}). */
  private Layer readLayer(JsonNode table, String prefix, ConfigOrigin origin, Set<String> keys) {
    Layer layer = new Layer(origin);
    for (Map.Entry<String, JsonNode> entry : table.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      String where = prefix + key;
      if (!keys.contains(key)) {
        unknownKey(where, key, keys);
      } else if (key.equals(PLUGIN_PATHS)) {
        readPaths(value, where, layer);
      } else if (key.equals(PLUGINS)) {
        subTable(value, where, PATHS)
            .ifPresent(paths -> readPaths(paths, where + "." + PATHS, layer));
      } else if (key.equals(DEFAULT_LANGUAGE)) {
        text(value, where)
            .ifPresent(text -> layer.defaultLanguage = new ConfigValue<>(text, origin));
      } else if (key.equals(DEFAULT_OUTPUT_DIR)) {
        text(value, where)
            .map(text -> env.expand(text, base))
            .ifPresent(dir -> layer.defaultOutputDir = new ConfigValue<>(dir, origin));
      } else if (key.equals(PARAMS)) {
        readParams(value, where, layer);
      } else if (key.equals(REMOTES)) {
        readRemotes(value, where, layer);
      } else if (key.equals(CACHE_MAX_AGE_HOURS)) {
        count(value, where, 0)
            .ifPresent(hours -> layer.cacheMaxAgeHours = new ConfigValue<>(hours, origin));
      } else if (key.equals(REMOTE_MAX_SIZE_MB)) {
        count(value, where, 1).map(mb -> projectMayNotRaise(mb, where))
            .ifPresent(mb -> layer.maxSizeMb = new ConfigValue<>(mb, origin));
      } else if (key.equals(USE_PUBLISHED_PLUGINS)) {
        if (value.isBoolean()) {
          layer.usePublishedPlugins = new ConfigValue<>(value.booleanValue(), origin);
        } else {
          wrongType(where, "a boolean", value);
        }
      } else if (key.equals(CLI)) {
        subTable(value, where, DEFAULT_PROFILE)
            .flatMap(profile -> text(profile, where + "." + DEFAULT_PROFILE))
            .ifPresent(text -> layer.defaultProfile = new ConfigValue<>(text, origin));
      }
      // PROFILES: read by the caller, as only the top level has profiles.
    }
    return layer;
  }

  /**
   * The value of {@code key} in a sub-table such as {@code [cli]} or {@code [plugins]}, which has
   * no other keys: the others are warned about.
   */
  private Optional<JsonNode> subTable(JsonNode value, String where, String key) {
    if (!value.isObject()) {
      wrongType(where, "a table", value);
      return Optional.empty();
    }
    JsonNode wanted = null;
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      if (entry.getKey().equals(key)) {
        wanted = entry.getValue();
      } else {
        unknownKey(where + "." + entry.getKey(), entry.getKey(), Set.of(key));
      }
    }
    return Optional.ofNullable(wanted);
  }

  private void readPaths(JsonNode value, String where, Layer layer) {
    if (!value.isArray()) {
      wrongType(where, "an array of strings", value);
      return;
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      if (item.isTextual()) {
        layer.pluginPaths.add(new ConfigValue<>(env.expand(item.asText(), base), layer.origin));
      } else {
        String at = where + "[" + i + "]";
        errors.add(Diagnostic.error(DiagnosticCodes.CONFIG_TYPE, file, parsed.valueAt(at),
            "item " + (i + 1) + " of " + where + " is not a string (" + describe(item) + ")",
            "put each path in quotes: " + where + " = [\"…\", \"…\"]"));
      }
    }
  }

  /** {@code [[remotes]]}: tasker-ctl's keys, its {@code git-ref} also accepted for {@code ref}. */
  private void readRemotes(JsonNode value, String where, Layer layer) {
    if (!value.isArray()) {
      wrongType(where, "an array of tables ([[" + REMOTES + "]])", value);
      return;
    }
    int index = 0;
    for (JsonNode item : value) {
      String at = where + "[" + index++ + "]";
      if (!item.isObject()) {
        wrongType(at, "a table", item);
        continue;
      }
      readRemote(item, at, layer).ifPresent(remote -> {
        if (layer.remotes.stream().anyMatch(other -> other.name().equals(remote.name()))) {
          errors.add(Diagnostic.error(DiagnosticCodes.CONFIG_REMOTE_DUPLICATE, file,
              parsed.keyAt(at),
              at + ": a remote named '" + remote.name() + "' is already declared in this table",
              "give each remote its own name"));
        } else {
          layer.remotes.add(remote);
        }
      });
    }
  }

  private Optional<RemoteSpec> readRemote(JsonNode table, String at, Layer layer) {
    String name = null;
    String url = null;
    String ref = null;
    String pluginPath = "";
    int problems = errors.size();
    for (Map.Entry<String, JsonNode> entry : table.properties()) {
      String key = entry.getKey();
      String where = at + "." + key;
      Set<String> known = dialect.isTaskerCtl() ? SHARED_REMOTE_KEYS : REMOTE_KEYS;
      if (!known.contains(key)) {
        unknownKey(where, key, known);
        continue;
      }
      switch (key) {
        case "name" -> name = text(entry.getValue(), where).orElse(null);
        case "url" -> url = text(entry.getValue(), where).orElse(null);
        case "ref", "git-ref" -> {
          String given = text(entry.getValue(), where).orElse(null);
          if (ref != null && given != null && !ref.equals(given)) {
            remoteError(at, "sets both ref and git-ref, to different values",
                "keep one of them (git-ref is tasker-ctl's spelling)");
          }
          ref = given;
        }
        case "plugin-path" -> pluginPath = text(entry.getValue(), where).orElse("");
        // config-path: tasker-ctl's, naming Tasker configuration in the repository; unused here.
        default -> text(entry.getValue(), where);
      }
    }
    if (name == null || !RemoteSpec.isValidName(name)) {
      remoteError(at, name == null ? "has no name" : "has the invalid name '" + name + "'",
          "a remote name is " + RemoteSpec.nameRule());
    }
    if (url == null || url.isBlank()) {
      remoteError(at, "has no url", "give the repository's URL or path: url = \"https://…\"");
    }
    if (ref != null && ref.isBlank()) {
      remoteError(at, "has an empty ref", "name a branch, a tag or a commit, or leave ref out");
    }
    if (!RemoteSpec.isValidPluginPath(pluginPath)) {
      remoteError(at, "has a plugin-path that is absolute or uses '..': " + pluginPath,
          "plugin-path is a folder inside the repository, such as \"plugins\"");
    }
    if (errors.size() > problems) {
      return Optional.empty();
    }
    return Optional.of(new RemoteSpec(name, localUrl(url), ref == null ? RemoteSpec.DEFAULT_REF
        : ref, trimSlashes(pluginPath), layer.origin.describe(), projectRoot != null));
  }

  /** A plain path is relative to this file, like plugin-paths; URLs stay as written. */
  private String localUrl(String url) {
    return RemoteUrls.kind(url) == RemoteUrls.Kind.LOCAL_PATH
        ? env.expand(url, base).toString()
        : url;
  }

  private static String trimSlashes(String path) {
    String trimmed = path;
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    while (trimmed.startsWith("./")) {
      trimmed = trimmed.substring(2);
    }
    return trimmed.equals(".") ? "" : trimmed;
  }

  private void remoteError(String at, String problem, String hint) {
    errors.add(Diagnostic.error(DiagnosticCodes.CONFIG_REMOTE_INVALID, file, parsed.keyAt(at),
        at + " " + problem, hint));
  }

  /** A whole number of at least {@code minimum}. */
  private Optional<Long> count(JsonNode value, String where, long minimum) {
    if (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() >= minimum
        && value.longValue() <= Integer.MAX_VALUE) {
      return Optional.of(value.longValue());
    }
    wrongType(where, "a whole number of at least " + minimum, value);
    return Optional.empty();
  }

  /**
   * A cloned project's file may lower the checkout size limit, never raise it past the default:
   * a repository should not decide how much of your disk another repository fills.
   */
  private long projectMayNotRaise(long megabytes, String where) {
    long limit = CheckoutWriter.Limits.DEFAULT_MAX_MB;
    if (projectRoot == null || megabytes <= limit) {
      return megabytes;
    }
    warnings.add(Diagnostic.warning(DiagnosticCodes.CONFIG_REMOTE_LIMIT_IGNORED, file,
        parsed.valueAt(where),
        where + " = " + megabytes + " in the project's own file is above the default " + limit
            + "; the default is used",
        "set it in your own configuration ($XDG_CONFIG_HOME/tasker-cli.toml or --config)"));
    return limit;
  }

  private void readParams(JsonNode value, String where, Layer layer) {
    if (!value.isObject()) {
      wrongType(where, "a table", value);
      return;
    }
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      Object param = paramValue(entry.getValue());
      if (param == null) {
        wrongType(
            where + "." + entry.getKey(),
            "a string, boolean, integer or array of those",
            entry.getValue());
      } else {
        layer.params.put(entry.getKey(), new ConfigValue<>(param, layer.origin));
      }
    }
  }

  /** The parameter value as templates get it, or {@code null} when it has no such form. */
  private static Object paramValue(JsonNode value) {
    if (value.isTextual()) {
      return value.asText();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return value.longValue();
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      for (JsonNode item : value) {
        if (item.isContainerNode() || item.isNull() || item.isFloatingPointNumber()) {
          return null;
        }
        items.add(item.asText());
      }
      return List.copyOf(items);
    }
    return null;
  }

  private Optional<String> text(JsonNode value, String where) {
    if (value.isTextual()) {
      return Optional.of(value.asText());
    }
    wrongType(where, "a string", value);
    return Optional.empty();
  }

  private void wrongType(String where, String expected, JsonNode actual) {
    errors.add(
        Diagnostic.error(
            DiagnosticCodes.CONFIG_TYPE,
            file,
            parsed.valueAt(where),
            where + " must be " + expected + ", not " + describe(actual),
            "see the Configuration section of the tasker-cli documentation"));
  }

  /**
   * A key this CLI does not read: a warning in our own file (a typo, or a newer CLI's key); in
   * tasker-ctl's, noted as not used by tasker-cli, since tasker-ctl reads it.
   */
  private void unknownKey(String where, String key, Set<String> known) {
    if (dialect.isTaskerCtl()) {
      notUsed.add(where);
      return;
    }
    warnings.add(
        Diagnostic.warning(
            DiagnosticCodes.CONFIG_UNKNOWN_KEY,
            file,
            parsed.keyAt(where),
            "unknown key "
                + where
                + Suggestions.didYouMean(key, known.stream().sorted().toList()),
            "remove it, or check its spelling"));
  }

  private static String describe(JsonNode node) {
    if (node.isObject()) {
      return "a table";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    if (node.isIntegralNumber()) {
      return "an integer";
    }
    if (node.isNumber()) {
      return "a float";
    }
    return "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
