package systems.tasker.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import systems.tasker.cli.CliContext;
import systems.tasker.cli.ExitCodes;
import systems.tasker.cli.GlobalOptions;
import systems.tasker.cli.output.Json;
import systems.tasker.cli.output.OutputFormat;
import systems.tasker.cli.output.Style;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.plugin.Diagnostic;
import systems.tasker.cli.plugin.ManifestReader;
import systems.tasker.cli.plugin.PluginFiles;
import systems.tasker.cli.plugin.PluginManifest;
import systems.tasker.cli.plugin.PluginValidator;
import systems.tasker.cli.plugin.ReadResult;
import systems.tasker.cli.plugin.Severity;
import systems.tasker.cli.plugin.TemplateMetadata;
import systems.tasker.cli.plugin.TemplateMetadataReader;
import systems.tasker.cli.plugin.TemplateRef;
import systems.tasker.cli.engine.RenderLimits;
import systems.tasker.cli.engine.TemplateChecker;
import systems.tasker.cli.engine.plan.PlannedPaths;

/** {@code tasker-cli plugin validate PATH...}: every problem of every plugin, grouped by file. */
@Command(
    name = "validate",
    description = "Check plugins for every problem at once: manifest, templates, outputs.",
    mixinStandardHelpOptions = true,
    footer = {
      "",
      "Exit status: 0 valid, 1 any error (or any warning with --strict), 2 usage error.",
      "",
      "Examples:",
      "  tasker-cli plugin validate ./my-plugin",
      "  tasker-cli plugin validate --strict contrib-plugins/*/tasker-cli-plugin"
    })
public final class PluginValidateCommand implements java.util.concurrent.Callable<Integer> {

  private final CliContext context;

  @Mixin GlobalOptions global;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Plugin directories to check.")
  List<String> paths;

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: text).")
  OutputFormat format = OutputFormat.TEXT;

  public PluginValidateCommand(CliContext context) {
    this.context = context;
  }

  /** One plugin's outcome. */
  private record Result(Path path, String plugin, List<Diagnostic> diagnostics) {
    boolean valid(boolean strict) {
      return diagnostics.stream().noneMatch(d -> d.isError() || (strict && d.severity() == Severity.WARNING));
    }
  }

  @Override
  public Integer call() {
    List<Result> results = new ArrayList<>();
    for (String typed : paths) {
      results.add(validate(context.resolve(typed)));
    }
    boolean allValid = results.stream().allMatch(result -> result.valid(strict));
    if (format == OutputFormat.JSON) {
      List<Json.Obj> list = new ArrayList<>();
      for (Result result : results) {
        list.add(Json.obj()
            .put("path", result.path().toString())
            .put("plugin", result.plugin())
            .put("valid", result.valid(strict))
            .put("diagnostics", Json.diagnostics(result.diagnostics())));
      }
      context.out().println(Json.write(Json.obj().put("results", list)));
    } else {
      results.forEach(this::printText);
    }
    return allValid ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  private Result validate(Path directory) {
    String name = directory.getFileName() == null ? directory.toString() : directory.getFileName().toString();
    if (!Files.exists(directory)) {
      return new Result(directory, null, List.of(Diagnostic.error("path-not-found", directory, null,
          "no such directory", "pass the directory that holds tasker-plugin.toml")));
    }
    if (!Files.isDirectory(directory)) {
      return new Result(directory, null, List.of(Diagnostic.error("not-a-directory", directory, null,
          "not a directory", "pass the directory that holds tasker-plugin.toml, not a file")));
    }
    if (!Files.isRegularFile(directory.resolve(PluginManifest.FILE_NAME))) {
      return new Result(directory, null, List.of(Diagnostic.error("manifest-missing", directory, null,
          "no " + PluginManifest.FILE_NAME + " in this directory",
          "create one, or start from 'tasker-cli plugin new NAME'")));
    }
    List<Diagnostic> diagnostics = new ArrayList<>(new PluginValidator().validate(directory));
    ReadResult<PluginManifest> manifest = new ManifestReader().readPlugin(directory);
    manifest.model().ifPresent(model -> diagnostics.addAll(renderChecks(directory, model, context.renderLimits())));
    String plugin = manifest.model()
        .map(PluginManifest::name).filter(n -> !n.isEmpty()).orElse(name);
    return new Result(directory, plugin, diagnostics);
  }

  /**
   * What only rendering can tell: every template compiles, uses only declared variables, and
   * renders with sample values. Runs on templates whose structure is sound; the structural
   * problems of the others are already reported.
   */
  private static List<Diagnostic> renderChecks(Path pluginDir, PluginManifest manifest,
      RenderLimits limits) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    TemplateMetadataReader reader = new TemplateMetadataReader();
    for (TemplateRef ref : manifest.templates()) {
      if (ref.path().isEmpty() || PlannedPaths.problem(ref.path()) != null) {
        continue;
      }
      // A directory outside the plugin is reported by the validator, and never rendered.
      Path templateDir = PluginFiles
          .realPathInside(pluginDir, pluginDir.resolve(ref.path()).normalize())
          .filter(Files::isDirectory)
          .orElse(null);
      if (templateDir == null) {
        continue;
      }
      ReadResult<TemplateMetadata> metadata = reader.readTemplate(templateDir);
      if (!metadata.hasErrors()) {
        diagnostics.addAll(new TemplateChecker(limits).check(templateDir, metadata.value()));
      }
    }
    return diagnostics;
  }

  private void printText(Result result) {
    Style style = context.style();
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    for (Diagnostic diagnostic : result.diagnostics()) {
      String file = diagnostic.file() == null ? result.path().toString() : diagnostic.file().toString();
      byFile.computeIfAbsent(file, key -> new ArrayList<>()).add(diagnostic);
    }
    for (Map.Entry<String, List<Diagnostic>> group : byFile.entrySet()) {
      context.out().println(style.bold(TerminalText.line(group.getKey())));
      for (Diagnostic diagnostic : group.getValue()) {
        String where = diagnostic.file() == null ? group.getKey() : diagnostic.location();
        String severity = diagnostic.isError()
            ? style.red(diagnostic.severity().label())
            : style.yellow(diagnostic.severity().label());
        context.out().println("  " + TerminalText.line(where) + ": " + severity + ": "
            + TerminalText.line(diagnostic.message()) + " [" + diagnostic.code() + "]");
        if (diagnostic.hint() != null && !diagnostic.hint().isBlank()) {
          context.out().println("    hint: " + TerminalText.line(diagnostic.hint()));
        }
      }
    }
    long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
    long warnings = result.diagnostics().size() - errors;
    String label = TerminalText.line(
        result.plugin() == null ? result.path().toString() : result.plugin());
    String counts = errors + " error" + (errors == 1 ? "" : "s") + ", "
        + warnings + " warning" + (warnings == 1 ? "" : "s");
    context.out().println(result.valid(strict)
        ? style.green("valid") + ": " + label + " (" + counts + ")"
        : style.red("invalid") + ": " + label + " (" + counts + (strict && errors == 0 ? ", --strict" : "") + ")");
  }
}
