package systems.tasker.cli.command;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.discovery.TemplateUnavailableException;
import systems.tasker.cli.discovery.UnknownNameException;
import systems.tasker.cli.engine.CaseConversion;
import systems.tasker.cli.engine.plan.GenerationPlan;
import systems.tasker.cli.engine.plan.PlannedPaths;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TemplateMetadata;

/** {@code tasker-cli generate template NAME --steps a,b,c}: a task definition with a linear workflow. */
@Command(
    name = "template",
    description = "Add a task definition whose steps run one after another.",
    footer = {
      "",
      "Each step depends on the one before; handler callables are named after the steps.",
      "--with-handlers also adds a handler (and its test) for each step that has none.",
      "",
      "Examples:",
      "  tasker-cli generate template order_fulfillment --steps validate,charge,ship,notify",
      "  tasker-cli generate template refunds --steps check,refund --with-handlers",
      "  tasker-cli generate template refunds --steps check,refund --namespace payments --language rust"
    })
public final class GenerateTaskTemplateCommand extends GeneratingCommand {

  /** The template a step's handler comes from: the plain handler of the same language. */
  private static final String HANDLER_TEMPLATE = "step_handler";

  @Parameters(index = "0", paramLabel = "NAME", description = "Task name, e.g. order_fulfillment.")
  String name;

  @Option(names = "--steps", paramLabel = "A,B,C", required = true, split = ",",
      description = "The step names, in order; each is also the name of its handler.")
  List<String> steps;

  @Option(names = "--namespace", paramLabel = "N", description = "Tasker namespace (default: the template's).")
  String namespace;

  @Option(names = "--with-handlers",
      description = "Also add a handler and its test for each step that has none.")
  boolean withHandlers;

  @Mixin TargetOptions target;

  /** The steps {@code --with-handlers} adds a handler for, once planned. */
  private final List<String> added = new ArrayList<>();

  @Override
  public Set<String> parametersSetByCommand() {
    return Set.of("name", "steps", "namespace");
  }

  @Override
  protected TemplateEntry template() {
    return target.template(context(), "task_template", "generate template");
  }

  @Override
  protected Map<String, String> valuesSetByCommand() {
    Map<String, String> own = new LinkedHashMap<>();
    own.put("name", name);
    own.put("steps", String.join(",", stepNames()));
    if (namespace != null) {
      own.put("namespace", namespace);
    }
    return own;
  }

  /**
   * The steps as given, each trimmed: at least one, and no two that name the same handler
   * ({@code a,a} or {@code refund,Refund}). Whether each is a valid name in the project's
   * language is the templates' to say, by their parameters' rules.
   */
  private List<String> stepNames() {
    List<String> names = new ArrayList<>();
    Map<String, String> byHandler = new LinkedHashMap<>();
    for (String step : steps == null ? List.<String>of() : steps) {
      String trimmed = step.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      String earlier = byHandler.putIfAbsent(CaseConversion.snakeCase(trimmed), trimmed);
      if (earlier != null) {
        throw new TaskerException(TaskerException.Kind.USAGE,
            "--steps names the step '" + trimmed + "' twice"
                + (earlier.equals(trimmed) ? "" : " ('" + earlier + "' and '" + trimmed + "')")
                + "; each step needs a name of its own",
            "give each step once, e.g. --steps validate,charge,notify");
      }
      names.add(trimmed);
    }
    if (names.isEmpty()) {
      throw new TaskerException(TaskerException.Kind.USAGE,
          "--steps names no step; a task needs at least one",
          "give the step names in order, e.g. --steps validate,charge,notify");
    }
    return names;
  }

  /** The task definition, and with {@code --with-handlers} a handler for each step without one. */
  @Override
  protected GenerationPlan plan(Generation.Request request, Map<String, Object> values) {
    GenerationPlan task = super.plan(request, values);
    if (!withHandlers) {
      return task;
    }
    List<GenerationPlan> plans = new ArrayList<>(List.of(task));
    Map<String, GenerationPlan> missing = missingHandlers(request, handlerTemplate(true));
    added.addAll(missing.keySet());
    plans.addAll(missing.values());
    return GenerationPlan.of(plans);
  }

  /**
   * Without {@code --with-handlers}: the steps whose handler does not exist yet, and how to add
   * them. With it, the handlers that were added.
   */
  @Override
  protected void printAfterwards(Generation.Request request) {
    if (withHandlers) {
      if (!added.isEmpty()) {
        TemplateEntry handlers = handlerTemplate(true);
        context().out().println(TerminalText.line((request.dryRun() ? "Would add" : "Added")
            + " a handler for " + String.join(", ", added) + " (" + handlers.name() + " of "
            + handlers.plugin().name() + ")"));
      }
      return;
    }
    TemplateEntry handlers = request.dryRun() ? null : handlerTemplate(false);
    if (handlers == null) {
      return;
    }
    List<String> missing;
    try {
      missing = new ArrayList<>(missingHandlers(request, handlers).keySet());
    } catch (TaskerException cannotTell) {
      return; // the files are written; a handler template that does not render tells nothing
    }
    if (missing.isEmpty()) {
      return;
    }
    PrintWriter out = context().out();
    out.println();
    out.println(TerminalText.line("The task needs handlers that do not exist yet: "
        + String.join(", ", missing) + ". Add them with"));
    for (String step : missing) {
      out.println(TerminalText.line("  tasker-cli generate handler " + step));
    }
    out.println(TerminalText.line("or run this command again with --with-handlers."));
  }

  /** The language's plain handler template; {@code null} when none is installed and not needed. */
  private TemplateEntry handlerTemplate(boolean required) {
    try {
      return target.template(context(), HANDLER_TEMPLATE, "generate template");
    } catch (TemplateUnavailableException | UnknownNameException none) {
      if (required) {
        throw new TaskerException(TaskerException.Kind.USAGE,
            "--with-handlers needs a '" + HANDLER_TEMPLATE + "' template for this language, and"
                + " no plugin offers one",
            "install the language's plugin, or leave out --with-handlers");
      }
      return null;
    }
  }

  /**
   * Each step whose handler does not exist, with the plan that adds it: a step has a handler when
   * any file its handler template would write is already in the output directory.
   */
  private Map<String, GenerationPlan> missingHandlers(Generation.Request request,
      TemplateEntry handlers) {
    TemplateMetadata metadata = metadata(handlers);
    Map<String, GenerationPlan> missing = new LinkedHashMap<>();
    for (String step : stepNames()) {
      Map<String, String> given = new LinkedHashMap<>(generate.params);
      given.keySet().retainAll(metadata.parameters().stream().map(p -> p.name()).toList());
      given.put("name", step);
      GenerationPlan plan = Generation.render(context(), handlers, metadata,
          Generation.values(context(), metadata, given));
      boolean exists = plan.files().stream().anyMatch(file -> Files.exists(
          PlannedPaths.resolve(request.outputDir(), file.path()), LinkOption.NOFOLLOW_LINKS));
      if (!exists) {
        missing.put(step, plan);
      }
    }
    return missing;
  }
}
