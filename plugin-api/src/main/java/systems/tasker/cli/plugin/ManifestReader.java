package systems.tasker.cli.plugin;

import static systems.tasker.cli.plugin.DiagnosticCodes.MANIFEST_ESCAPES;
import static systems.tasker.cli.plugin.DiagnosticCodes.TEMPLATE_PATH_ESCAPES;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code tasker-plugin.toml} in either dialect into a {@link PluginManifest}, with every
 * manifest-level problem ({@link ManifestRules}) as diagnostics.
 *
 * <p>Reading is cheap (discovery reads every manifest on every run): it parses the manifest and
 * resolves where its template directories really are, but reads none of them.
 * {@link PluginValidator} does the deep checks.
 */
public final class ManifestReader extends TomlReader<PluginManifest> {

  public ManifestReader() {
    super(TomlFiles.Kind.MANIFEST, PluginManifest.FILE_NAME, MANIFEST_ESCAPES,
        "the plugin directory");
  }

  /**
   * Reads the manifest of the plugin in {@code pluginDir}, as discovery does on every run. Besides
   * the manifest's own rules, nothing it names may lead outside the plugin's real directory: a
   * manifest that is a link out of it is not read, and a template directory reached through a link
   * out of it is an error (one real-path lookup per template, no reading).
   */
  public ReadResult<PluginManifest> readPlugin(Path pluginDir) {
    return loadPlugin(pluginDir).result();
  }

  /** {@link #readPlugin}, with the template entries {@link PluginValidator} points into. */
  Loaded<PluginManifest> loadPlugin(Path pluginDir) {
    Loaded<PluginManifest> loaded = loadIn(pluginDir);
    if (loaded.source() == null) {
      return loaded;
    }
    List<Diagnostic> diagnostics = new ArrayList<>(loaded.result().diagnostics());
    List<TemplateRef> refs = loaded.result().value().templates();
    for (int i = 0; i < refs.size(); i++) {
      String written = refs.get(i).path();
      Optional<Path> dir = PluginPaths.problemOf(written).isPresent()
          ? Optional.empty() : PluginPaths.resolve(pluginDir, written);
      if (dir.isPresent() && PluginPaths.leavesFrom(pluginDir, dir.get())) {
        diagnostics.add(loaded.source().errorAtValue(TEMPLATE_PATH_ESCAPES,
            loaded.entries().get(i).child("path"),
            "template path '" + written + "' leads outside the plugin directory",
            "replace the symbolic link by the template directory itself"));
      }
    }
    diagnostics.sort(Diagnostic.IN_FILE_ORDER);
    return new Loaded<>(new ReadResult<>(loaded.result().value(), diagnostics), loaded.source(),
        loaded.entries());
  }

  @Override
  Loaded<PluginManifest> interpret(TomlSource source) {
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
    return new Loaded<>(new ReadResult<>(manifest, diagnostics), source, entries);
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
}
