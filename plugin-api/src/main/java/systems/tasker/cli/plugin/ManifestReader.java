package systems.tasker.cli.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code tasker-plugin.toml} in either dialect into a {@link PluginManifest}, with every
 * manifest-level problem ({@link ManifestRules}) as diagnostics.
 *
 * <p>Reading is cheap (discovery reads every manifest on every run): it parses the manifest only,
 * never the template directories. {@link PluginValidator} does the deep checks.
 */
public final class ManifestReader {

  /** A manifest as read, with what {@link PluginValidator} needs to point into it. */
  record Loaded(ReadResult<PluginManifest> result, TomlSource source, List<TomlEntry> templates) {}

  /** Reads the manifest of the plugin in {@code pluginDir}. */
  public ReadResult<PluginManifest> readPlugin(Path pluginDir) {
    return read(pluginDir.resolve(PluginManifest.FILE_NAME));
  }

  /**
   * Reads {@code manifestFile}. The result has a model whenever the file parsed, even when it
   * breaks rules (so a broken plugin can still be listed by name); it has none when the file is
   * missing, unreadable or not TOML. Check {@link ReadResult#hasErrors()} before using it.
   */
  public ReadResult<PluginManifest> read(Path manifestFile) {
    return load(manifestFile).result();
  }

  Loaded load(Path manifestFile) {
    TomlFiles.Parsed parsed = TomlFiles.parse(manifestFile, "manifest");
    if (!parsed.ok()) {
      return new Loaded(new ReadResult<>(null, parsed.diagnostics()), null, List.of());
    }
    TomlSource source = TomlSource.of(parsed, manifestFile);
    JsonNode plugin = source.document().path("plugin");
    List<String> languages = stringsOf(plugin, "languages", "language");
    List<String> frameworks = stringsOf(plugin, "frameworks", "framework");
    JsonNode templates = source.document().get("templates");
    List<TomlEntry> entries = TomlEntry.of(templates, "templates");
    List<TemplateRef> refs = new ArrayList<>();
    for (TomlEntry entry : entries) {
      refs.add(templateRef(entry, languages, frameworks));
    }
    PluginManifest manifest = new PluginManifest(
        text(plugin, "name"),
        text(plugin, "version"),
        text(plugin, "description"),
        languages,
        frameworks,
        refs,
        dialectOf(plugin, templates));
    List<Diagnostic> diagnostics = ManifestRules.check(source, manifest, entries);
    return new Loaded(new ReadResult<>(manifest, diagnostics), source, entries);
  }

  /** The dialect is told by the shape of {@code templates}, else by the language key used. */
  private static ManifestDialect dialectOf(JsonNode plugin, JsonNode templates) {
    if (templates != null && templates.isArray()) {
      return ManifestDialect.ARRAYS;
    }
    if (templates != null && templates.isObject()) {
      return ManifestDialect.TABLES;
    }
    return plugin.has("languages") ? ManifestDialect.TABLES : ManifestDialect.ARRAYS;
  }

  private static TemplateRef templateRef(
      TomlEntry entry, List<String> pluginLanguages, List<String> pluginFrameworks) {
    JsonNode node = entry.isTable() ? entry.node() : null;
    List<String> languages = stringsOf(node, "languages", "language");
    List<String> frameworks = stringsOf(node, "frameworks", "framework");
    return new TemplateRef(
        entry.name(),
        text(node, "path"),
        text(node, "description"),
        languages.isEmpty() ? pluginLanguages : languages,
        frameworks.isEmpty() ? pluginFrameworks : frameworks);
  }

  /** The string value of {@code key}, or {@code ""} when it is absent or not a plain value. */
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
    JsonNode single = node == null || singleKey == null ? null : node.get(singleKey);
    if (single != null && single.isValueNode() && !values.contains(single.asText())) {
      values.add(single.asText());
    }
    return values;
  }
}
