package systems.tasker.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.discovery.TemplateLookup;
import systems.tasker.cli.engine.ParameterValues;
import systems.tasker.cli.engine.RenderException;
import systems.tasker.cli.engine.TemplateRenderer;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.engine.plan.ConflictException;
import systems.tasker.cli.engine.plan.ExistingFiles;
import systems.tasker.cli.engine.plan.FileChange;
import systems.tasker.cli.engine.plan.GenerationPlan;
import systems.tasker.cli.engine.plan.PlanWriter;
import systems.tasker.cli.output.Json;
import systems.tasker.cli.output.Style;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TemplateMetadata;

/**
 * The one path every generating command takes: resolve parameter values, render the whole plan
 * in memory, compare it with the disk, then print it (dry run) or commit it atomically.
 */
final class Generation {

  /** What to generate and how. */
  record Request(
      TemplateEntry entry,
      TemplateMetadata metadata,
      Map<String, String> given,
      Path outputDir,
      ExistingFiles policy,
      WriteOptions write) {

    boolean dryRun() {
      return write.dryRun;
    }
  }

  private Generation() {}

  /** Resolves the parameter values: given > config [params] > template defaults > prompt > error. */
  static Map<String, Object> values(CliContext context, TemplateMetadata metadata, Map<String, String> given) {
    Map<String, Object> configDefaults = new LinkedHashMap<>();
    context.config().params().forEach((name, value) -> configDefaults.put(name, value.value()));
    return ParameterValues.resolve(metadata, given, configDefaults, context.prompter());
  }

  static void run(CliContext context, Request request) {
    Map<String, Object> values = values(context, request.metadata(), request.given());
    run(context, request, render(context, request.entry(), request.metadata(), values));
  }

  /**
   * Renders a template into a plan. A render error the engine has no advice for is the plugin's
   * to fix, so its hint names the command that lists every problem of that plugin.
   */
  static GenerationPlan render(CliContext context, TemplateEntry entry, TemplateMetadata metadata,
      Map<String, Object> values) {
    try {
      return new TemplateRenderer(context.renderLimits()).render(entry.plugin().directory(),
          TemplateLookup.realDirectory(entry), metadata, values);
    } catch (RenderException failed) {
      throw pluginFault(entry, failed);
    }
  }

  /**
   * A render error of {@code entry}'s plugin: as it is when the engine has advice, else naming the
   * template and the command that lists every problem of that plugin.
   */
  static TaskerException pluginFault(TemplateEntry entry, RenderException failed) {
    if (failed.hint() != null) {
      return failed;
    }
    return new TaskerException(failed.kind(), failed.getMessage() + " (template '"
        + entry.ref().name() + "' of plugin " + entry.plugin().name() + ")",
        "the plugin's template is broken; 'tasker-cli plugin validate " + entry.plugin().directory()
            + "' lists every problem", failed);
  }

  /** Previews or commits an already rendered plan, and prints the result. */
  static void run(CliContext context, Request request, GenerationPlan plan) {
    PlanWriter writer = new PlanWriter();
    List<FileChange> changes = request.dryRun()
        ? writer.preview(request.outputDir(), plan, request.policy())
        : writer.commit(request.outputDir(), plan, request.policy(), context.interruption());
    print(context, request, changes);
    if (request.dryRun()) {
      // a dry run predicts the real run: the same refusal, the same exit code
      ConflictException.ifAny(changes, request.policy());
    }
  }

  private static void print(CliContext context, Request request, List<FileChange> changes) {
    if (request.write().format.json()) {
      List<Json.Obj> files = new ArrayList<>();
      for (FileChange change : changes) {
        Json.Obj file = Json.obj()
            .put("path", change.path())
            .put("action", change.action().label())
            .put("bytes", change.bytes());
        if (change.note() != null) {
          file.put("note", change.note());
        }
        if (change.diff() != null && request.dryRun()) {
          file.put("diff", change.diff());
        }
        files.add(file);
      }
      context.out().println(Json.write(Json.obj()
          .put("template", request.entry().ref().name())
          .put("plugin", request.entry().plugin().name())
          .put("output_dir", request.outputDir().toString())
          .put("dry_run", request.dryRun())
          .put("files", files)));
      return;
    }
    if (context.quiet()) {
      return;
    }
    PrintWriter out = context.out();
    Style style = context.style();
    int width = 0;
    for (FileChange change : changes) {
      width = Math.max(width, change.action().label().length());
    }
    Map<FileChange.Action, Integer> counts = new EnumMap<>(FileChange.Action.class);
    for (FileChange change : changes) {
      counts.merge(change.action(), 1, Integer::sum);
      String word = change.action().label();
      out.println(color(style, change.action(), word) + " ".repeat(width - word.length() + 2)
          + TerminalText.line(change.path()) + "  (" + change.bytes() + " bytes)"
          + (change.note() == null ? "" : ": " + TerminalText.line(change.note())));
    }
    if (request.dryRun()) {
      for (FileChange change : changes) {
        if (change.diff() != null) {
          // plugin-rendered text and the user's file: sanitised like all output
          out.print(TerminalText.lines(change.diff()));
        }
      }
    }
    List<String> summary = new ArrayList<>();
    counts.forEach((action, count) -> summary.add(count + " " + pastTense(action, request.dryRun())));
    out.println(TerminalText.line((request.dryRun() ? "Dry run, nothing written: " : "")
        + changes.size() + " file" + (changes.size() == 1 ? "" : "s") + " from "
        + request.entry().ref().name() + " (" + request.entry().plugin().name() + ") in "
        + request.outputDir() + (summary.isEmpty() ? "" : ": " + String.join(", ", summary))));
  }

  private static String pastTense(FileChange.Action action, boolean dryRun) {
    return switch (action) {
      case CREATE -> dryRun ? "to create" : "created";
      case OVERWRITE -> dryRun ? "to overwrite" : "overwritten";
      case MODIFY -> dryRun ? "to modify" : "modified";
      case UNCHANGED -> "unchanged";
      case SKIP -> dryRun ? "to skip" : "skipped";
      case CONFLICT -> "in conflict";
      case DELETE -> dryRun ? "to delete" : "deleted";
    };
  }

  private static String color(Style style, FileChange.Action action, String word) {
    return switch (action) {
      case CREATE, MODIFY -> style.green(word);
      case OVERWRITE, CONFLICT, DELETE -> style.yellow(word);
      case UNCHANGED, SKIP -> style.dim(word);
    };
  }
}
