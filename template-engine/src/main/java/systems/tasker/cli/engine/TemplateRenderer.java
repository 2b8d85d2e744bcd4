package systems.tasker.cli.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import systems.tasker.cli.engine.plan.GenerationPlan;
import systems.tasker.cli.engine.plan.PlannedFile;
import systems.tasker.cli.engine.plan.PlannedPaths;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TemplateMetadata;
import systems.tasker.cli.plugin.TemplateOutput;

/**
 * Renders a template into a {@link GenerationPlan}, in memory: nothing is written. The single
 * entry point of generation; the command line then previews or commits the plan with
 * {@link systems.tasker.cli.engine.plan.PlanWriter}.
 */
public final class TemplateRenderer {

  private static final List<String> TEMPLATE_SUFFIXES = List.of(".tera", ".pebble", ".peb");

  /**
   * Renders every output of {@code metadata}: tree-mode files first (in path order), then the
   * {@code [[outputs]]} in declaration order, skipping those whose condition is false.
   *
   * @param templateDir the template's directory; nothing outside it is read
   * @param metadata the template's {@code template.toml}
   * @param values typed parameter values from {@link ParameterValues#resolve}
   * @throws RenderException when a template, path pattern or condition cannot be rendered
   * @throws systems.tasker.cli.engine.plan.UnsafePathException when a rendered path is not a
   *     plain relative path inside the output directory
   * @throws TaskerException (failure) when two outputs render to the same path
   */
  public GenerationPlan render(Path templateDir, TemplateMetadata metadata,
      Map<String, Object> values) {
    Objects.requireNonNull(templateDir, "templateDir");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(values, "values");
    TemplateEngines engines = new TemplateEngines(templateDir);
    List<PlannedFile> files = new ArrayList<>();
    if (metadata.isTreeMode()) {
      files.addAll(tree(templateDir, metadata.filesDir(), engines, values));
    }
    for (TemplateOutput output : metadata.outputs()) {
      PlannedFile file = output(templateDir, output, engines, values);
      if (file != null) {
        files.add(file);
      }
    }
    return new GenerationPlan(files);
  }

  private static PlannedFile output(Path templateDir, TemplateOutput output,
      TemplateEngines engines, Map<String, Object> values) {
    String origin = "'" + output.template() + "'";
    if (output.condition() != null && !output.condition().isBlank()
        && !engines.isTrue(output.condition(), "the condition of output " + origin, values)) {
      return null;
    }
    String[] problem = new String[1];
    String name = ConfinedLoader.normalise(output.template(), problem);
    if (name == null) {
      throw new RenderException(output.template(), null, "the output template " + problem[0],
          "Output templates are files inside the template directory", null);
    }
    if (output.optional() && !new ConfinedLoader(templateDir).resourceExists(name)) {
      return null;
    }
    String fileName = engines.renderString(output.path(), "the path of output " + origin, values);
    if (fileName.isEmpty()) {
      throw new RenderException("the path of output " + origin, null,
          "'" + output.path() + "' renders empty", "Check the parameters the path uses", null);
    }
    String path = fileName;
    if (output.subdir() != null && !output.subdir().isEmpty()) {
      String subdir = engines.renderString(output.subdir(), "the subdir of output " + origin,
          values);
      if (subdir.isEmpty()) {
        throw new RenderException("the subdir of output " + origin, null,
            "'" + output.subdir() + "' renders empty", "Check the parameters the subdir uses",
            null);
      }
      path = subdir + "/" + fileName;
    }
    PlannedPaths.requireSafe(path, origin);
    String content = engines.renderFile(name, values);
    return new PlannedFile(path, content.getBytes(StandardCharsets.UTF_8), false, origin);
  }

  private static List<PlannedFile> tree(Path templateDir, String filesDir,
      TemplateEngines engines, Map<String, Object> values) {
    String[] problem = new String[1];
    String dirName = ConfinedLoader.normalise(filesDir, problem);
    if (dirName == null) {
      throw new RenderException("[files] dir", null, problem[0],
          "The files directory must be inside the template directory", null);
    }
    Path root = PlannedPaths.resolve(templateDir, dirName);
    try {
      if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
        throw new RenderException("[files] dir", null,
            "'" + dirName + "' is not a directory of the template", null, null);
      }
      List<Path> entries;
      try (Stream<Path> walk = Files.walk(root)) {
        entries = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
            .sorted().toList();
      }
      Path realTemplateDir = templateDir.toRealPath();
      List<PlannedFile> files = new ArrayList<>();
      for (Path entry : entries) {
        files.add(treeFile(templateDir, realTemplateDir, root, dirName, entry, engines, values));
      }
      return files;
    } catch (IOException unreadable) {
      throw new TaskerException(TaskerException.Kind.FAILURE,
          "Could not read the files of template " + templateDir + ": " + unreadable,
          null, unreadable);
    }
  }

  private static PlannedFile treeFile(Path templateDir, Path realTemplateDir, Path root,
      String dirName, Path entry, TemplateEngines engines, Map<String, Object> values)
      throws IOException {
    List<String> segments = new ArrayList<>();
    root.relativize(entry).forEach(segment -> segments.add(segment.toString()));
    String relative = String.join("/", segments);
    String source = dirName + "/" + relative;
    String origin = "'" + source + "'";
    if (Files.isSymbolicLink(entry)
        && (!entry.toRealPath().startsWith(realTemplateDir)
            || !Files.isRegularFile(entry))) {
      throw new RenderException(source, null,
          "it is a symbolic link leading outside the template directory",
          "Tree files must be regular files inside the template directory", null);
    }
    String last = segments.get(segments.size() - 1);
    String suffix = templateSuffix(last);
    if (suffix != null) {
      segments.set(segments.size() - 1, last.substring(0, last.length() - suffix.length()));
    }
    List<String> rendered = new ArrayList<>();
    for (String segment : segments) {
      String out = engines.renderString(segment, "the path of " + origin, values);
      if (out.isEmpty()) {
        throw new RenderException("the path of " + origin, null,
            "the segment '" + segment + "' renders empty",
            "Check the parameters the path uses", null);
      }
      rendered.add(out);
    }
    String path = PlannedPaths.requireSafe(String.join("/", rendered), origin);
    byte[] content = suffix == null
        ? Files.readAllBytes(entry)
        : engines.renderFile(source, values).getBytes(StandardCharsets.UTF_8);
    return new PlannedFile(path, content, isExecutable(entry), origin);
  }

  private static String templateSuffix(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return TEMPLATE_SUFFIXES.stream().filter(lower::endsWith).findFirst().orElse(null);
  }

  private static boolean isExecutable(Path file) throws IOException {
    if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return false;
    }
    return Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_EXECUTE);
  }
}
