package systems.tasker.cli.plugin;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link PluginValidator#check} found in one plugin directory: every structural problem, and
 * the templates whose {@code template.toml} parsed, for the checks only rendering can do.
 *
 * @param directory the plugin directory as given
 * @param plugin the plugin's name (from its manifest, else the directory's name), or {@code null}
 *     when the directory holds no manifest at all
 * @param manifest the manifest, or {@code null} when there is none or it did not parse
 * @param diagnostics every problem, manifest first (in file order), then each template's
 * @param templates the templates whose directory is inside the plugin and whose
 *     {@code template.toml} parsed, with or without errors, in manifest order
 */
public record PluginReport(
    Path directory,
    String plugin,
    PluginManifest manifest,
    List<Diagnostic> diagnostics,
    List<ParsedTemplate> templates) {

  public PluginReport {
    Objects.requireNonNull(directory, "directory");
    diagnostics = List.copyOf(diagnostics);
    templates = List.copyOf(templates);
  }

  /**
   * A template of the plugin whose {@code template.toml} parsed.
   *
   * @param ref its entry in the manifest
   * @param directory its real directory, inside the plugin's
   * @param metadata its {@code template.toml} as read
   * @param keys where the keys of its {@code template.toml} are written
   * @param sound whether the file is free of errors, so the template can be rendered; the
   *     expressions of one that is not can still be compiled
   */
  public record ParsedTemplate(TemplateRef ref, Path directory, TemplateMetadata metadata,
      TemplateKeyPositions keys, boolean sound) {}
}
