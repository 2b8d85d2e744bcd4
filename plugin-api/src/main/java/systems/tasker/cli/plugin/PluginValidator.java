package systems.tasker.cli.plugin;

import static systems.tasker.cli.plugin.DiagnosticCodes.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a whole plugin: its manifest ({@link ManifestReader}), then every template directory it
 * names — the directory itself, its {@code template.toml} ({@link TemplateMetadataReader}) and the
 * files around it. Returns every problem at once, so an author fixes them in one pass.
 *
 * <p>Nothing is read outside the plugin directory: a template directory reached through a link
 * that leaves the plugin is reported and not opened.
 */
public final class PluginValidator {

  private final ManifestReader manifestReader = new ManifestReader();
  private final TemplateMetadataReader templateReader = new TemplateMetadataReader();

  /**
   * Every structural problem of the plugin in pluginDir, manifest and template directories alike:
   * first the manifest's, in file order, then each template's in manifest order.
   */
  public List<Diagnostic> validate(Path pluginDir) {
    return inspect(pluginDir).diagnostics();
  }

  /**
   * What {@code plugin validate} reports of the directory {@code typed}: first that it is a
   * directory holding a manifest, then everything {@link #validate} finds, with the templates whose
   * {@code template.toml} parsed. The manifest and each {@code template.toml} are read once.
   */
  public PluginReport check(Path typed) {
    if (!Files.exists(typed)) {
      return alone(typed, Diagnostic.error(PATH_NOT_FOUND, typed, null,
          "no such directory", "pass the directory that holds tasker-plugin.toml"));
    }
    if (!Files.isDirectory(typed)) {
      return alone(typed, Diagnostic.error(NOT_A_DIRECTORY, typed, null,
          "not a directory", "pass the directory that holds tasker-plugin.toml, not a file"));
    }
    if (!Files.isRegularFile(typed.resolve(PluginManifest.FILE_NAME))) {
      return alone(typed, Diagnostic.error(MANIFEST_MISSING, typed, null,
          "no " + PluginManifest.FILE_NAME + " in this directory",
          "create one, or start from 'tasker-cli plugin new NAME'"));
    }
    return inspect(typed);
  }

  private static PluginReport alone(Path directory, Diagnostic problem) {
    return new PluginReport(directory, null, null, List.of(problem), List.of());
  }

  private PluginReport inspect(Path pluginDir) {
    TomlReader.Loaded<PluginManifest> manifest = manifestReader.loadPlugin(pluginDir);
    List<Diagnostic> manifestProblems = new ArrayList<>(manifest.result().diagnostics());
    PluginManifest model = manifest.result().value();
    String name = model != null && !model.name().isEmpty() ? model.name()
        : pluginDir.getFileName() == null ? pluginDir.toString()
        : pluginDir.getFileName().toString();
    if (manifest.source() == null) {
      return new PluginReport(pluginDir, name, model, manifestProblems, List.of());
    }
    Path realRoot;
    try {
      realRoot = pluginDir.toRealPath();
    } catch (IOException e) {
      return new PluginReport(pluginDir, name, model, manifestProblems, List.of());
    }
    List<Diagnostic> templateProblems = new ArrayList<>();
    List<PluginReport.ParsedTemplate> parsed = new ArrayList<>();
    List<TemplateRef> refs = manifest.result().value().templates();
    Set<Path> checked = new HashSet<>();
    for (int i = 0; i < refs.size(); i++) {
      TemplateRef ref = refs.get(i);
      if (PluginPaths.problemOf(ref.path()).isPresent()) {
        continue;
      }
      String at = manifest.entries().get(i).child("path");
      Path dir = PluginPaths.resolve(pluginDir, ref.path()).orElse(null);
      if (dir != null && PluginPaths.leaves(realRoot, dir)) {
        continue; // the manifest reader reported it; it is never opened
      }
      Diagnostic problem = directoryProblem(manifest.source(), dir, ref.path(), at);
      if (problem != null) {
        manifestProblems.add(problem);
      } else if (checked.add(dir)) {
        TomlReader.Loaded<TemplateMetadata> template = templateReader.loadIn(dir);
        templateProblems.addAll(checkTemplate(dir, template));
        if (template.source() != null) {
          PluginPaths.realPath(dir).ifPresent(real -> parsed.add(new PluginReport.ParsedTemplate(
              ref, real, template.result().value(), new TemplateKeyPositions(template.source()),
              !template.result().hasErrors())));
        }
      }
    }
    manifestProblems.sort(Diagnostic.IN_FILE_ORDER);
    List<Diagnostic> all = new ArrayList<>(manifestProblems);
    all.addAll(templateProblems);
    return new PluginReport(pluginDir, name, model, all, parsed);
  }

  private static Diagnostic directoryProblem(TomlSource source, Path dir, String written, String at) {
    if (dir == null || !Files.exists(dir)) {
      return source.errorAtValue(TEMPLATE_PATH_NOT_FOUND, at,
          "template directory '" + written + "' does not exist",
          "create it with a template.toml, or fix the path");
    }
    if (!Files.isDirectory(dir)) {
      return source.errorAtValue(TEMPLATE_PATH_NOT_DIRECTORY, at,
          "template path '" + written + "' is not a directory",
          "point path at the directory holding template.toml");
    }
    return null;
  }

  private static List<Diagnostic> checkTemplate(Path dir,
      TomlReader.Loaded<TemplateMetadata> loaded) {
    List<Diagnostic> problems = new ArrayList<>(loaded.result().diagnostics());
    if (loaded.source() != null) {
      problems.addAll(TemplateDirectoryRules.check(dir, loaded));
    }
    problems.sort(Diagnostic.IN_FILE_ORDER);
    return problems;
  }
}
