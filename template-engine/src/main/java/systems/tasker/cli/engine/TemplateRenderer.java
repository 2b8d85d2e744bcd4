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
import systems.tasker.cli.engine.plan.PlannedPatch;
import systems.tasker.cli.engine.plan.PlannedPaths;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TemplateMetadata;
import systems.tasker.cli.plugin.TemplateOutput;
import systems.tasker.cli.plugin.TemplatePatch;

/**
 * Renders a template into a {@link GenerationPlan}, in memory: nothing is written. The single
 * entry point of generation; the command line then previews or commits the plan with
 * {@link systems.tasker.cli.engine.plan.PlanWriter}.
 */
public final class TemplateRenderer {

  private static final List<String> TEMPLATE_SUFFIXES = List.of(".tera", ".pebble", ".peb");

  private final RenderLimits limits;

  /** A renderer with the default {@link RenderLimits}. */
  public TemplateRenderer() {
    this(RenderLimits.DEFAULT);
  }

  /** @param limits the budget of each {@link #render} call */
  public TemplateRenderer(RenderLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Renders every output of {@code metadata}, reading nothing outside {@code templateDir}: tree-mode
   * files first (in path order), then the {@code [[outputs]]} in declaration order, skipping
   * those whose condition is false.
   *
   * @param templateDir the template's directory; nothing outside its real path is read
   * @param metadata the template's {@code template.toml}
   * @param values typed parameter values from {@link ParameterValues#resolve}
   * @throws RenderException when a template, path pattern or condition cannot be rendered, a
   *     plugin file is not a regular file inside the template directory within the size cap, or
   *     the rendering runs out of its {@link RenderLimits}
   * @throws systems.tasker.cli.engine.plan.UnsafePathException when a rendered path is not a
   *     plain relative path inside the output directory
   * @throws TaskerException (failure) when two outputs render to the same path
   */
  public GenerationPlan render(Path templateDir, TemplateMetadata metadata,
      Map<String, Object> values) {
    return render(templateDir, templateDir, metadata, values);
  }

  /**
   * As {@link #render(Path, TemplateMetadata, Map)}, and refuses a template directory whose real
   * path leaves {@code pluginRoot}'s (a symbolic link in the plugin leading elsewhere).
   *
   * @param pluginRoot the directory of the plugin that supplies the template
   */
  public GenerationPlan render(Path pluginRoot, Path templateDir, TemplateMetadata metadata,
      Map<String, Object> values) {
    Objects.requireNonNull(pluginRoot, "pluginRoot");
    Objects.requireNonNull(templateDir, "templateDir");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(values, "values");
    PluginFiles files = new PluginFiles(templateDir);
    requireInside(pluginRoot, files);
    TemplateEngines engines = new TemplateEngines(files, new RenderBudget(limits));
    List<PlannedFile> planned = new ArrayList<>();
    if (metadata.isTreeMode()) {
      planned.addAll(tree(files, metadata.filesDir(), engines, values));
    }
    for (TemplateOutput output : metadata.outputs()) {
      PlannedFile file = output(files, output, engines, values);
      if (file != null) {
        planned.add(file);
      }
    }
    List<PlannedPatch> patches = new ArrayList<>();
    for (int i = 0; i < metadata.patches().size(); i++) {
      PlannedPatch patch = patch(metadata.patches().get(i), i + 1, engines, values);
      if (patch != null) {
        patches.add(patch);
      }
    }
    requireWithinPlanSize(planned);
    return new GenerationPlan(planned, patches);
  }

  /**
   * One {@code [[patches]]} entry rendered: its file, anchor and text; {@code null} when its
   * condition is false. The file it names is only read when the plan is compared with the disk.
   */
  private static PlannedPatch patch(TemplatePatch patch, int number, TemplateEngines engines,
      Map<String, Object> values) {
    String origin = "patch " + number + " ('" + patch.file() + "')";
    if (patch.condition() != null && !patch.condition().isBlank()
        && !engines.isTrue(patch.condition(), "the condition of " + origin, values)) {
      return null;
    }
    String path = PlannedPaths.requireSafe(
        nonEmpty(engines, patch.file(), "the file of " + origin, values), origin);
    String anchor = patch.anchor() == null ? null
        : nonEmpty(engines, patch.anchor(), "the anchor of " + origin, values);
    if (anchor != null && anchor.isBlank()) {
      throw new RenderException("the anchor of " + origin, null,
          "'" + patch.anchor() + "' renders blank, which would match anywhere",
          "check the parameters the anchor uses", null);
    }
    String insert = nonEmpty(engines, patch.insert(), "the text of " + origin, values);
    return new PlannedPatch(path, patch.position(), anchor, insert, origin);
  }

  private static String nonEmpty(TemplateEngines engines, String source, String description,
      Map<String, Object> values) {
    String rendered = engines.renderString(source, description, values);
    if (rendered.isEmpty()) {
      throw new RenderException(description, null, "'" + source + "' renders empty",
          "check the parameters it uses", null);
    }
    return rendered;
  }

  private static void requireInside(Path pluginRoot, PluginFiles files) {
    if (pluginRoot.equals(files.root())) {
      return;
    }
    Path realTemplate;
    Path realPlugin;
    try {
      realTemplate = files.realRoot();
      realPlugin = new PluginFiles(pluginRoot).realRoot();
    } catch (PluginFiles.Refused missing) {
      return; // what is missing is reported when the first file is read
    }
    if (!realTemplate.startsWith(realPlugin)) {
      throw new RenderException(files.root().toString(), null,
          "the template directory is a symbolic link leading outside its plugin " + pluginRoot,
          "templates must be directories inside the plugin", null);
    }
  }

  private static void requireWithinPlanSize(List<PlannedFile> planned) {
    long total = 0;
    for (PlannedFile file : planned) {
      total += file.size();
      if (total > RenderLimits.MAX_PLAN_BYTES) {
        throw new RenderException(file.origin().replace("'", ""), null,
            "the generation would write more than " + RenderLimits.MAX_PLAN_BYTES
                + " bytes in all, the most one generation may write",
            "make the template produce less output", null);
      }
    }
  }

  private static PlannedFile output(PluginFiles files, TemplateOutput output,
      TemplateEngines engines, Map<String, Object> values) {
    String origin = "'" + output.template() + "'";
    if (output.condition() != null && !output.condition().isBlank()
        && !engines.isTrue(output.condition(), "the condition of output " + origin, values)) {
      return null;
    }
    TemplateName template = TemplateName.of(output.template());
    String name = template.name();
    if (!template.isValid()) {
      throw new RenderException(output.template(), null,
          "the output template " + template.problem(),
          "output templates are files inside the template directory", null);
    }
    if (output.optional() && !new ConfinedLoader(files.root()).resourceExists(name)) {
      return null;
    }
    String fileName = engines.renderString(output.path(), "the path of output " + origin, values);
    if (fileName.isEmpty()) {
      throw new RenderException("the path of output " + origin, null,
          "'" + output.path() + "' renders empty", "check the parameters the path uses", null);
    }
    String path = fileName;
    if (output.subdir() != null && !output.subdir().isEmpty()) {
      String subdir = engines.renderString(output.subdir(), "the subdir of output " + origin,
          values);
      if (subdir.isEmpty()) {
        throw new RenderException("the subdir of output " + origin, null,
            "'" + output.subdir() + "' renders empty", "check the parameters the subdir uses",
            null);
      }
      path = subdir + "/" + fileName;
    }
    PlannedPaths.requireSafe(path, origin);
    String content = engines.renderFile(name, values);
    return new PlannedFile(path, content.getBytes(StandardCharsets.UTF_8), false, origin);
  }

  private static List<PlannedFile> tree(PluginFiles files, String filesDir,
      TemplateEngines engines, Map<String, Object> values) {
    TemplateName dir = TemplateName.of(filesDir);
    String dirName = dir.name();
    if (!dir.isValid()) {
      throw new RenderException("[files] dir", null, dir.problem(),
          "the files directory must be inside the template directory", null);
    }
    Path root = PlannedPaths.resolve(files.root(), dirName);
    try {
      // the real path, so that a symbolic link among its parents cannot lead out
      Path realRoot = files.checkedDirectory(root);
      List<Path> entries;
      try (Stream<Path> walk = Files.walk(realRoot)) {
        entries = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
            .sorted().toList();
      }
      List<PlannedFile> planned = new ArrayList<>();
      for (Path entry : entries) {
        planned.add(treeFile(files, realRoot, dirName, entry, engines, values));
      }
      return planned;
    } catch (PluginFiles.Refused refused) {
      throw new RenderException("[files] dir", null, "'" + dirName + "' " + refused.getMessage(),
          "the files directory must be a directory inside the template directory", null);
    } catch (IOException unreadable) {
      throw new TaskerException(TaskerException.Kind.FAILURE,
          "could not read the files of template " + files.root() + ": " + unreadable,
          null, unreadable);
    }
  }

  private static PlannedFile treeFile(PluginFiles files, Path root, String dirName, Path entry,
      TemplateEngines engines, Map<String, Object> values) throws IOException {
    List<String> segments = new ArrayList<>();
    root.relativize(entry).forEach(segment -> segments.add(segment.toString()));
    String relative = String.join("/", segments);
    String source = dirName + "/" + relative;
    String origin = "'" + source + "'";
    Path real;
    try {
      real = files.checked(entry);
    } catch (PluginFiles.Refused refused) {
      throw new RenderException(source, null, "it " + refused.getMessage(),
          "tree files must be regular files inside the template directory", null);
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
            "check the parameters the path uses", null);
      }
      rendered.add(out);
    }
    String path = PlannedPaths.requireSafe(String.join("/", rendered), origin);
    byte[] content = suffix == null
        ? copied(files, source, real)
        : engines.renderFile(source, values).getBytes(StandardCharsets.UTF_8);
    return new PlannedFile(path, content, isExecutable(real), origin);
  }

  private static byte[] copied(PluginFiles files, String source, Path real) {
    try {
      return files.read(real);
    } catch (PluginFiles.Refused refused) {
      throw new RenderException(source, null, "it " + refused.getMessage(),
          "tree files must be regular files inside the template directory", null);
    }
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
