package systems.tasker.cli.plugin;

import static systems.tasker.cli.plugin.DiagnosticCodes.*;
import static systems.tasker.cli.plugin.TypedKeys.Type.STRING;
import static systems.tasker.cli.plugin.TypedKeys.Type.STRING_OR_STRINGS;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules a {@code tasker-plugin.toml} must follow on its own, without looking at any template
 * directory (those are {@link PluginValidator}'s). Cheap enough to run on every discovery.
 */
final class ManifestRules {

  /** Semantic Versioning 2.0.0: core, optional pre-release, optional build metadata. */
  static final Pattern SEMVER;

  static {
    String number = "(0|[1-9][0-9]*)";
    String preReleaseId = "(0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)";
    String buildId = "[0-9A-Za-z-]+";
    SEMVER = Pattern.compile(number + "\\." + number + "\\." + number
        + "(-" + preReleaseId + "(\\." + preReleaseId + ")*)?"
        + "(\\+" + buildId + "(\\." + buildId + ")*)?");
  }

  static final List<String> LANGUAGES = List.of("ruby", "python", "typescript", "rust");

  private static final List<String> TOP_KEYS = List.of("plugin", "templates");
  // Common package metadata is accepted (and ignored) rather than warned about.
  private static final Map<String, TypedKeys.Type> PLUGIN_KEYS = TypedKeys.of(
      "name", STRING, "version", STRING, "description", STRING,
      "languages", STRING_OR_STRINGS, "language", STRING,
      "frameworks", STRING_OR_STRINGS, "framework", STRING,
      "authors", STRING_OR_STRINGS, "license", STRING, "homepage", STRING, "repository", STRING);
  private static final Map<String, TypedKeys.Type> TABLE_TEMPLATE_KEYS = TypedKeys.of(
      "path", STRING, "description", STRING, "languages", STRING_OR_STRINGS, "language", STRING,
      "frameworks", STRING_OR_STRINGS, "framework", STRING);
  private static final Map<String, TypedKeys.Type> ARRAY_TEMPLATE_KEYS = TypedKeys.of(
      "name", STRING, "path", STRING, "description", STRING,
      "languages", STRING_OR_STRINGS, "language", STRING,
      "frameworks", STRING_OR_STRINGS, "framework", STRING);

  private ManifestRules() {}

  static List<Diagnostic> check(
      TomlSource source, PluginManifest manifest, List<TomlEntry> templates) {
    List<Diagnostic> out = new ArrayList<>();
    UnknownKeys.check(source, MANIFEST_KEY_UNKNOWN, source.document(), "", "the manifest",
        TOP_KEYS, out);
    checkPlugin(source, manifest, out);
    checkTemplates(source, manifest, templates, out);
    out.sort(Diagnostic.IN_FILE_ORDER);
    return out;
  }

  private static void checkPlugin(TomlSource source, PluginManifest manifest, List<Diagnostic> out) {
    JsonNode plugin = source.document().get("plugin");
    if (plugin == null || !plugin.isObject()) {
      out.add(source.errorAtKey(MANIFEST_PLUGIN_MISSING, "plugin",
          "missing [plugin] table",
          "start the manifest with [plugin] and name, version, description, languages"));
      return;
    }
    UnknownKeys.check(source, MANIFEST_KEY_UNKNOWN, plugin, "plugin", "[plugin]",
        PLUGIN_KEYS.keySet(), out);
    TypedKeys.Checked typed = TypedKeys.check(source, MANIFEST_KEY_TYPE, plugin, "plugin",
        "[plugin]", PLUGIN_KEYS, out);

    String name = manifest.name();
    if (typed.wrong("plugin.name")) {
      // reported as a wrong type
    } else if (name.isBlank()) {
      out.add(source.errorAtKey(MANIFEST_NAME_MISSING, "plugin.name",
          "the plugin has no name", "add name = \"my-plugin\" to [plugin]"));
    } else if (!PluginManifest.isValidName(name)) {
      out.add(source.errorAtValue(MANIFEST_NAME_INVALID, "plugin.name",
          "plugin name '" + name + "' is not lowercase letters, digits, '.', '_' and '-' (at most "
              + PluginNames.MAX_LENGTH + " characters)",
          "use a name like '" + PluginManifest.suggestedName(name) + "'"));
    }

    String version = manifest.version();
    if (typed.wrong("plugin.version")) {
      // reported as a wrong type
    } else if (version.isBlank()) {
      out.add(source.errorAtKey(MANIFEST_VERSION_MISSING, "plugin.version",
          "the plugin has no version", "add version = \"0.1.0\" to [plugin]"));
    } else if (!SEMVER.matcher(version).matches()) {
      out.add(source.errorAtValue(MANIFEST_VERSION_INVALID, "plugin.version",
          "version '" + version + "' is not a semantic version",
          "use MAJOR.MINOR.PATCH, e.g. \"1.2.3\", \"1.2.3-beta.1\" or \"1.2.3+build.5\""));
    }

    if (manifest.description().isBlank() && !typed.wrong("plugin.description")) {
      out.add(source.warningAtKey(MANIFEST_DESCRIPTION_MISSING, "plugin.description",
          "the plugin has no description",
          "add description = \"…\" to [plugin]; plugin list shows it"));
    }

    if (manifest.languages().isEmpty() && !typed.wrong("plugin.languages")
        && !typed.wrong("plugin.language")) {
      String at = plugin.has("languages") ? "plugin.languages" : "plugin.language";
      out.add(source.errorAtKey(MANIFEST_LANGUAGE_MISSING, at,
          "the plugin names no language",
          "add languages = [\"ruby\"] (or language = \"ruby\") to [plugin]"));
    }
    checkTargets(source, plugin, "plugin", out);
  }

  private static void checkTemplates(
      TomlSource source, PluginManifest manifest, List<TomlEntry> templates,
      List<Diagnostic> out) {
    JsonNode collection = source.document().get("templates");
    if (collection != null && !collection.isObject() && !collection.isArray()) {
      out.add(source.errorAtKey(MANIFEST_ENTRY_NOT_TABLE, "templates",
          "'templates' must be a table ([templates]) or an array of tables ([[templates]])",
          "see the plugin manifest section of the documentation"));
      return;
    }
    if (templates.isEmpty()) {
      out.add(source.warningAtKey(MANIFEST_TEMPLATES_MISSING, "templates",
          "the plugin offers no templates",
          "add a [[templates]] entry with name and path"));
    }
    Map<String, TomlEntry> seen = new HashMap<>();
    for (int i = 0; i < templates.size(); i++) {
      TomlEntry entry = templates.get(i);
      if (!entry.isTable()) {
        out.add(source.errorAtKey(MANIFEST_ENTRY_NOT_TABLE, entry.path(),
            "template entry '" + entry.name() + "' is not a table",
            "write it as " + entry.name() + " = { path = \"templates/" + entry.name() + "\" }"));
        continue;
      }
      Map<String, TypedKeys.Type> keys = entry.keyed() ? TABLE_TEMPLATE_KEYS : ARRAY_TEMPLATE_KEYS;
      String tableName = "template '" + entry.name() + "'";
      UnknownKeys.check(source, MANIFEST_KEY_UNKNOWN, entry.node(), entry.path(), tableName,
          keys.keySet(), out);
      TypedKeys.Checked typed = TypedKeys.check(source, MANIFEST_KEY_TYPE, entry.node(),
          entry.path(), tableName, keys, out);
      checkTargets(source, entry.node(), entry.path(), out);
      if (!typed.wrong(entry.child("name"))) {
        checkName(source, entry, seen, out);
      }
      if (!typed.wrong(entry.child("path"))) {
        checkPath(source, entry, manifest.templates().get(i).path(), out);
      }
    }
  }

  private static void checkName(
      TomlSource source, TomlEntry entry, Map<String, TomlEntry> seen, List<Diagnostic> out) {
    if (entry.name().isBlank()) {
      out.add(source.errorAtKey(TEMPLATE_NAME_MISSING, entry.child("name"),
          "template entry has no name", "add name = \"step_handler\" to this [[templates]] entry"));
      return;
    }
    if (!PluginNames.isValid(entry.name())) {
      out.add(Diagnostic.error(TEMPLATE_NAME_INVALID, source.file(), entry.nameAt(source.locator()),
          "template name '" + entry.name() + "' is not " + PluginNames.rule(),
          "rename it, e.g. 'step_handler'; names are offered to shells by completion"));
    }
    TomlEntry first = seen.putIfAbsent(TemplateRef.nameKey(entry.name()), entry);
    if (first != null) {
      SourcePosition firstAt = first.nameAt(source.locator());
      out.add(Diagnostic.error(TEMPLATE_NAME_DUPLICATE, source.file(),
          entry.nameAt(source.locator()),
          "template '" + entry.name() + "' has the same name as '" + first.name()
              + "' (line " + firstAt.line() + ")",
          "rename one of them; template names compare ignoring case and '-'/'_'"));
    }
  }

  private static void checkPath(
      TomlSource source, TomlEntry entry, String path, List<Diagnostic> out) {
    String at = entry.child("path");
    PluginPaths.problemOf(path).ifPresent(problem -> {
      switch (problem) {
        case EMPTY:
          out.add(source.errorAtKey(TEMPLATE_PATH_MISSING, at,
              "template '" + entry.name() + "' has no path",
              "add path = \"templates/" + entry.name() + "\", the template directory"));
          break;
        case ABSOLUTE:
          out.add(source.errorAtValue(TEMPLATE_PATH_ABSOLUTE, at,
              "template path '" + path + "' is absolute",
              "write it relative to the plugin directory"));
          break;
        default:
          out.add(source.errorAtValue(TEMPLATE_PATH_ESCAPES, at,
              "template path '" + path + "' leaves the plugin directory",
              "keep template directories inside the plugin directory, without '..'"));
      }
    });
  }

  /** The languages and frameworks a table names: each a valid name; languages known, or warned. */
  private static void checkTargets(
      TomlSource source, JsonNode table, String tablePath, List<Diagnostic> out) {
    for (Map.Entry<String, String> language : written(table, tablePath, "languages", "language")) {
      if (!PluginNames.isValid(language.getKey())) {
        out.add(source.errorAtValue(MANIFEST_LANGUAGE_INVALID, language.getValue(),
            "language name '" + language.getKey() + "' is not " + PluginNames.rule(),
            "write a language such as \"ruby\"; names are offered to shells by completion"));
      } else if (!LANGUAGES.contains(language.getKey())) {
        out.add(source.warningAtValue(MANIFEST_LANGUAGE_UNKNOWN, language.getValue(),
            "language '" + language.getKey() + "' is not one of " + String.join(", ", LANGUAGES)
                + Suggestions.didYouMean(language.getKey(), LANGUAGES),
            "fine for language-neutral plugins (e.g. 'ops'); --language filters will match it"
                + " only by this exact name"));
      }
    }
    for (Map.Entry<String, String> framework : written(table, tablePath, "frameworks", "framework")) {
      if (!PluginNames.isValid(framework.getKey())) {
        out.add(source.errorAtValue(MANIFEST_FRAMEWORK_INVALID, framework.getValue(),
            "framework name '" + framework.getKey() + "' is not " + PluginNames.rule(),
            "write a framework such as \"rails\"; names are offered to shells by completion"));
      }
    }
  }

  /**
   * Every value of a list key ({@code languages}) and its single-valued twin ({@code language}),
   * each with the key path of where it is written.
   */
  private static List<Map.Entry<String, String>> written(
      JsonNode table, String tablePath, String listKey, String singleKey) {
    List<Map.Entry<String, String>> written = new ArrayList<>();
    JsonNode list = table.get(listKey);
    String listPath = TomlKeyLocator.child(tablePath, listKey);
    if (list != null && list.isArray()) {
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i).isTextual()) {
          written.add(Map.entry(list.get(i).asText(), TomlKeyLocator.element(listPath, i)));
        }
      }
    } else if (list != null && list.isTextual()) {
      written.add(Map.entry(list.asText(), listPath));
    }
    JsonNode single = table.get(singleKey);
    if (single != null && single.isTextual()) {
      written.add(Map.entry(single.asText(), TomlKeyLocator.child(tablePath, singleKey)));
    }
    return written;
  }
}
