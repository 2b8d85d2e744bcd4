package systems.tasker.cli.plugin;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link PluginValidator#check} found in one plugin directory: every structural problem, and
 * the templates sound enough for the checks only rendering can do.
 *
 * @param directory the plugin directory as given
 * @param plugin the plugin's name (from its manifest, else the directory's name), or {@code null}
 *     when the directory holds no manifest at all
 * @param manifest the manifest, or {@code null} when there is none or it did not parse
 * @param diagnostics every problem, manifest first (in file order), then each template's
 * @param soundTemplates the templates whose directory is inside the plugin and whose
 *     {@code template.toml} read without errors, in manifest order
 */
public record PluginReport(
    Path directory,
    String plugin,
    PluginManifest manifest,
    List<Diagnostic> diagnostics,
    List<SoundTemplate> soundTemplates) {

  public PluginReport {
    Objects.requireNonNull(directory, "directory");
    diagnostics = List.copyOf(diagnostics);
    soundTemplates = List.copyOf(soundTemplates);
  }

  /**
   * A template of the plugin that can be rendered.
   *
   * @param ref its entry in the manifest
   * @param directory its real directory, inside the plugin's
   * @param metadata its {@code template.toml}, free of errors
   */
  public record SoundTemplate(TemplateRef ref, Path directory, TemplateMetadata metadata) {}
}
