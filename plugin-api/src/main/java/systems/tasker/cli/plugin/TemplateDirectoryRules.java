package systems.tasker.cli.plugin;

import static systems.tasker.cli.plugin.DiagnosticCodes.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rules between a {@code template.toml} and the files around it: the files it names exist and
 * stay inside the template directory, and every file there is used.
 */
final class TemplateDirectoryRules {

  /** Files a template directory may hold without any output naming them. */
  private static final Set<String> ALWAYS_USED = Set.of(TemplateMetadata.FILE_NAME, "README.md");

  private TemplateDirectoryRules() {}

  /** Checks the template in {@code templateDir}, whose {@code template.toml} parsed into {@code loaded}. */
  static List<Diagnostic> check(Path templateDir, TomlReader.Loaded<TemplateMetadata> loaded) {
    List<Diagnostic> out = new ArrayList<>();
    Path realDir;
    try {
      realDir = templateDir.toRealPath();
    } catch (IOException e) {
      return out;
    }
    TomlSource source = loaded.source();
    TemplateMetadata metadata = loaded.result().value();
    Set<Path> used = new HashSet<>();
    Path filesDir = null;
    if (metadata.isTreeMode() && PluginPaths.problemOf(metadata.filesDir()).isEmpty()) {
      filesDir = PluginPaths.resolve(templateDir, metadata.filesDir()).orElse(null);
      checkFilesDir(source, realDir, filesDir, metadata.filesDir(), out);
    }
    List<TemplateOutput> outputs = metadata.outputs();
    for (int i = 0; i < outputs.size(); i++) {
      TemplateOutput output = outputs.get(i);
      if (PluginPaths.problemOf(output.template()).isPresent()) {
        continue;
      }
      Path file = PluginPaths.resolve(templateDir, output.template()).orElse(null);
      String at = loaded.entries().get(i).child("template");
      if (file == null) {
        if (!output.optional()) {
          out.add(notFound(source, at, output.template(), "does not exist"));
        }
        continue;
      }
      used.add(file);
      if (PluginPaths.leaves(realDir, file)) {
        out.add(source.errorAtValue(OUTPUT_TEMPLATE_ESCAPES, at,
            "output template '" + output.template() + "' leads outside the template directory",
            "replace the symbolic link by the file itself"));
      } else if (!Files.isRegularFile(file) && !output.optional()) {
        out.add(notFound(source, at, output.template(),
            Files.isDirectory(file) ? "is a directory" : "does not exist"));
      }
    }
    out.addAll(unusedFiles(templateDir, realDir, used, filesDir));
    return out;
  }

  private static Diagnostic notFound(TomlSource source, String at, String template, String why) {
    return source.errorAtValue(OUTPUT_TEMPLATE_NOT_FOUND, at,
        "output template '" + template + "' " + why,
        "create the file, fix the name, or mark the output optional = true");
  }

  private static void checkFilesDir(
      TomlSource source, Path realDir, Path filesDir, String written, List<Diagnostic> out) {
    if (filesDir != null && PluginPaths.leaves(realDir, filesDir)) {
      out.add(source.errorAtValue(FILES_DIR_ESCAPES, "files.dir",
          "files dir '" + written + "' leads outside the template directory",
          "replace the symbolic link by the directory itself"));
    } else if (filesDir == null || !Files.exists(filesDir)) {
      out.add(source.errorAtValue(FILES_DIR_NOT_FOUND, "files.dir",
          "files dir '" + written + "' does not exist",
          "create it, or fix dir in [files]"));
    } else if (!Files.isDirectory(filesDir)) {
      out.add(source.errorAtValue(FILES_DIR_NOT_DIRECTORY, "files.dir",
          "files dir '" + written + "' is not a directory",
          "point dir at the directory whose content the template emits"));
    }
  }

  /**
   * Files no output uses: likely leftovers or typos in an output's {@code template}. The walk
   * starts at the real directory (the template directory itself may be a link inside the plugin)
   * and follows no link below it, so it never leaves the template directory; files are reported
   * under the path the user gave.
   */
  private static List<Diagnostic> unusedFiles(
      Path templateDir, Path realDir, Set<Path> used, Path filesDir) {
    List<Diagnostic> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(realDir)) {
      walk.filter(file -> !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS))
          .map(file -> templateDir.resolve(realDir.relativize(file).toString()))
          .filter(file -> !used.contains(file))
          .filter(file -> filesDir == null || !file.startsWith(filesDir))
          .filter(file -> !(file.getParent().equals(templateDir)
              && ALWAYS_USED.contains(file.getFileName().toString())))
          .sorted()
          .forEach(file -> out.add(Diagnostic.warning(TEMPLATE_FILE_UNUSED, file, null,
              "'" + slashed(templateDir.relativize(file)) + "' is not used by any output",
              "remove it, or add an output that uses it (keep it if another template"
                  + " includes it)")));
    } catch (IOException | UncheckedIOException e) {
      // Unused files are only a warning; a directory we cannot list has been reported already.
    }
    return out;
  }

  private static String slashed(Path relative) {
    StringBuilder text = new StringBuilder();
    for (Path part : relative) {
      text.append(text.length() == 0 ? "" : "/").append(part);
    }
    return text.toString();
  }
}
