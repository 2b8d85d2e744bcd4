package systems.tasker.cli.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code tasker-plugin.toml} in either dialect into a {@link PluginManifest}.
 *
 * <p>Reading is cheap (discovery reads every manifest on every run): it parses the manifest only,
 * never the template directories. {@link PluginValidator} does the deep checks.
 */
public final class ManifestReader {

  /** Reads the manifest of the plugin in {@code pluginDir}. */
  public ReadResult<PluginManifest> readPlugin(Path pluginDir) {
    return read(pluginDir.resolve(PluginManifest.FILE_NAME));
  }

  /** Reads {@code manifestFile}; the result has no model when the file is missing or broken. */
  public ReadResult<PluginManifest> read(Path manifestFile) {
    TomlFiles.Parsed parsed = TomlFiles.parse(manifestFile, "manifest");
    if (!parsed.ok()) {
      return new ReadResult<>(null, parsed.diagnostics());
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    ObjectNode root = parsed.document();
    JsonNode plugin = root.get("plugin");
    if (plugin == null || !plugin.isObject()) {
      diagnostics.add(
          Diagnostic.error(
              "manifest-plugin-missing",
              manifestFile,
              SourcePosition.at(1, 1),
              "missing [plugin] table",
              "start the manifest with [plugin] and name, version, description, languages"));
      return new ReadResult<>(null, diagnostics);
    }
    List<String> languages = stringsOf(plugin, "languages", "language");
    List<String> frameworks = stringsOf(plugin, "frameworks", "framework");
    JsonNode templates = root.get("templates");
    ManifestDialect dialect =
        templates != null && templates.isObject()
            ? ManifestDialect.TABLES
            : (plugin.has("languages") ? ManifestDialect.TABLES : ManifestDialect.ARRAYS);
    List<TemplateRef> refs = new ArrayList<>();
    if (templates != null && templates.isArray()) {
      dialect = ManifestDialect.ARRAYS;
      for (JsonNode entry : templates) {
        refs.add(templateRef(text(entry, "name"), entry, languages, frameworks));
      }
    } else if (templates != null && templates.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = templates.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> entry = fields.next();
        refs.add(templateRef(entry.getKey(), entry.getValue(), languages, frameworks));
      }
    }
    PluginManifest manifest =
        new PluginManifest(
            text(plugin, "name"),
            text(plugin, "version"),
            text(plugin, "description"),
            languages,
            frameworks,
            refs,
            dialect);
    return new ReadResult<>(manifest, diagnostics);
  }

  private static TemplateRef templateRef(
      String name, JsonNode entry, List<String> pluginLanguages, List<String> pluginFrameworks) {
    List<String> languages = stringsOf(entry, "languages", "language");
    List<String> frameworks = stringsOf(entry, "frameworks", "framework");
    return new TemplateRef(
        name,
        text(entry, "path"),
        text(entry, "description"),
        languages.isEmpty() ? pluginLanguages : languages,
        frameworks.isEmpty() ? pluginFrameworks : frameworks);
  }

  static String text(JsonNode node, String key) {
    JsonNode value = node == null ? null : node.get(key);
    return value == null || value.isContainerNode() || value.isNull() ? "" : value.asText();
  }

  /** A list key ({@code languages}) or its single-valued twin ({@code language}), as strings. */
  static List<String> stringsOf(JsonNode node, String listKey, String singleKey) {
    List<String> values = new ArrayList<>();
    JsonNode list = node == null ? null : node.get(listKey);
    if (list != null && list.isArray()) {
      list.forEach(item -> values.add(item.asText()));
    } else if (list != null && list.isValueNode()) {
      values.add(list.asText());
    }
    JsonNode single = node == null ? null : node.get(singleKey);
    if (single != null && single.isValueNode() && !values.contains(single.asText())) {
      values.add(single.asText());
    }
    return values;
  }
}
