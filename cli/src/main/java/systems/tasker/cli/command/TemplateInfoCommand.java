package systems.tasker.cli.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.output.Json;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.output.TextTable;
import systems.tasker.cli.plugin.ParameterRule;
import systems.tasker.cli.plugin.ProjectSpec;
import systems.tasker.cli.plugin.TemplateMetadata;
import systems.tasker.cli.plugin.TemplateOutput;
import systems.tasker.cli.plugin.TemplateParameter;

/** {@code tasker-cli template info NAME}: a template's parameters and the files it writes. */
@Command(
    name = "info",
    description = "Show a template's parameters and the files it writes.",
    footer = {
      "",
      "Examples:",
      "  tasker-cli template info step-handler --language ruby",
      "  tasker-cli template info project --plugin tasker-contrib-python --format json"
    })
public final class TemplateInfoCommand extends TaskerCommand {

  @Parameters(index = "0", paramLabel = "NAME", description = "Template name (step-handler = step_handler).")
  String name;

  @Mixin TemplateChoiceOptions choice;

  @Mixin RemoteOptions remote;

  @Mixin OutputFormatOption format;

  @Override
  protected int execute() {
    CliContext context = context();
    remote.choose(context);
    TemplateEntry entry =
        Templates.find(context, name, choice.plugin, choice.language, choice.framework);
    TemplateMetadata metadata = context.templates().metadata(entry);
    if (format.json()) {
      context.out().println(Json.write(json(entry, metadata)));
      return ExitCodes.OK;
    }
    print(context, entry, metadata);
    return ExitCodes.OK;
  }

  private static void print(CliContext context, TemplateEntry entry, TemplateMetadata metadata) {
    PrintWriter out = context.out();
    out.println(context.style().bold(TerminalText.line(entry.ref().name())) + TerminalText.line("  ("
        + entry.plugin().name() + " " + entry.plugin().manifest().version() + ", "
        + entry.plugin().sourceLabel() + ")"));
    String description = metadata.description().isEmpty() ? entry.ref().description() : metadata.description();
    if (!description.isEmpty()) {
      out.println("  " + TerminalText.line(description));
    }
    out.println("  languages: "
        + TerminalText.line(Labels.targets(entry.ref().languages(), entry.ref().frameworks())));
    out.println("  path: " + TerminalText.line(entry.directory().toString()));
    out.println();
    if (metadata.parameters().isEmpty()) {
      out.println("Parameters: none");
    } else {
      out.println("Parameters:");
      TextTable table = new TextTable("  NAME", "TYPE", "REQUIRED", "DEFAULT", "CHOICES", "PATTERN", "DESCRIPTION");
      for (TemplateParameter parameter : metadata.parameters()) {
        table.row(
            "  " + parameter.name(),
            parameter.type().label(),
            parameter.required() ? "yes" : "no",
            parameter.hasDefault() ? defaultText(parameter.defaultValue()) : "-",
            parameter.choices().isEmpty() ? "-" : String.join("|", parameter.choices()),
            parameter.pattern() == null ? "-" : parameter.pattern(),
            parameter.description());
      }
      table.print(out, context.style());
    }
    out.println();
    out.println("Outputs:");
    if (metadata.isTreeMode()) {
      out.println("  every file under " + TerminalText.line(metadata.filesDir())
          + "/ (paths rendered; .tera/.peb/.pebble rendered, suffix dropped)");
    }
    for (TemplateOutput output : metadata.outputs()) {
      out.println("  " + TerminalText.line(output.template() + " -> " + output.displayPath()
          + (output.condition() == null ? "" : "  (if " + output.condition() + ")")));
    }
  }

  private static String defaultText(Object value) {
    return value instanceof List<?> list
        ? String.join(",", list.stream().map(Objects::toString).toList())
        : String.valueOf(value);
  }

  private static Json.Obj json(TemplateEntry entry, TemplateMetadata metadata) {
    List<Json.Obj> parameters = new ArrayList<>();
    for (TemplateParameter parameter : metadata.parameters()) {
      parameters.add(Json.obj()
          .put("name", parameter.name())
          .put("description", parameter.description())
          .put("type", parameter.type().label())
          .put("required", parameter.required())
          .put("default", parameter.defaultValue())
          .put("choices", parameter.choices())
          .put("pattern", parameter.pattern())
          .put("reserved", parameter.reserved())
          .put("rules", rulesJson(parameter)));
    }
    List<Json.Obj> outputs = new ArrayList<>();
    for (TemplateOutput output : metadata.outputs()) {
      outputs.add(Json.obj()
          .put("template", output.template())
          .put("path", output.displayPath())
          .put("condition", output.condition()));
    }
    String description = metadata.description().isEmpty() ? entry.ref().description() : metadata.description();
    return Json.obj()
        .put("name", entry.ref().name())
        .put("description", description)
        .put("plugin", entry.plugin().name())
        .put("plugin_version", entry.plugin().manifest().version())
        .put("languages", entry.ref().languages())
        .put("frameworks", entry.ref().frameworks())
        .put("path", entry.directory().toString())
        .put("files_dir", metadata.filesDir())
        .put("parameters", parameters)
        .put("outputs", outputs)
        .put("project", metadata.project().equals(ProjectSpec.NONE) ? null : Json.obj()
            .put("next_steps", metadata.project().nextSteps())
            .put("contributions", metadata.project().contributions()));
  }

  private static List<Json.Obj> rulesJson(TemplateParameter parameter) {
    List<Json.Obj> rules = new ArrayList<>();
    for (ParameterRule rule : parameter.rules()) {
      rules.add(Json.obj()
          .put("case", rule.form())
          .put("pattern", rule.pattern())
          .put("reserved", rule.reserved())
          .put("reserved_words", rule.reservedWords())
          .put("message", rule.message()));
    }
    return rules;
  }
}
