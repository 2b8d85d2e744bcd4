package systems.tasker.cli.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import systems.tasker.cli.engine.PluginCheck;
import systems.tasker.cli.output.Json;
import systems.tasker.cli.output.Style;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.plugin.Diagnostic;

/** {@code tasker-cli plugin validate PATH...}: every problem of every plugin, grouped by file. */
@Command(
    name = "validate",
    description = "Check plugins for every problem at once: manifest, templates, outputs.",
    footer = {
      "",
      "Exit status: 0 valid, 1 any error (or any warning with --strict), 2 usage error.",
      "",
      "Examples:",
      "  tasker-cli plugin validate ./my-plugin",
      "  tasker-cli plugin validate --strict contrib-plugins/*/tasker-cli-plugin"
    })
public final class PluginValidateCommand extends TaskerCommand {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Plugin directories to check.")
  List<String> paths;

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  @Mixin OutputFormatOption format;

  @Override
  protected int execute() {
    PluginCheck check = new PluginCheck(context().renderLimits());
    List<PluginCheck.Result> results = new ArrayList<>();
    for (String typed : paths) {
      results.add(check.check(context().resolve(typed)));
    }
    if (format.json()) {
      List<Json.Obj> list = new ArrayList<>();
      for (PluginCheck.Result result : results) {
        list.add(Json.obj()
            .put("path", result.path().toString())
            .put("plugin", result.plugin())
            .put("valid", result.valid(strict))
            .put("diagnostics", Json.diagnostics(result.diagnostics())));
      }
      context().out().println(Json.write(Json.obj().put("results", list)));
    } else {
      results.forEach(this::printText);
    }
    return results.stream().allMatch(result -> result.valid(strict))
        ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  /**
   * The diagnostics of one plugin grouped by file, then whether it is valid. With {@code --quiet}
   * (CI), only what makes a plugin invalid: its errors (and warnings, with {@code --strict}), and
   * the verdict; a valid plugin prints nothing.
   */
  private void printText(PluginCheck.Result result) {
    CliContext context = context();
    boolean valid = result.valid(strict);
    if (context.quiet() && valid) {
      return;
    }
    Style style = context.style();
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    for (Diagnostic diagnostic : result.diagnostics()) {
      if (context.quiet() && !diagnostic.isError() && !strict) {
        continue;
      }
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
    context.out().println(valid
        ? style.green("valid") + ": " + label + " (" + counts + ")"
        : style.red("invalid") + ": " + label + " (" + counts + (strict && errors == 0 ? ", --strict" : "") + ")");
  }
}
