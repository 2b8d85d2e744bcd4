package systems.tasker.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.discovery.remote.RemoteSpec;
import systems.tasker.cli.output.Json;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.output.TextTable;

/** {@code tasker-cli template list}: the templates of every usable plugin. */
@Command(
    name = "list",
    description = "List the templates of every plugin found.",
    footer = {
      "",
      "Examples:",
      "  tasker-cli template list",
      "  tasker-cli template list --language python --format json"
    })
public final class TemplateListCommand extends TaskerCommand {

  @Mixin TemplateChoiceOptions choice;

  @Mixin RemoteOptions remote;

  @Mixin OutputFormatOption format;

  @Override
  protected Map<String, String> optionTexts() {
    return Map.of(
        "language", "Only templates for language L.",
        "framework", "Only templates for framework F.",
        "plugin", "Only templates of plugin P.");
  }

  @Override
  protected int execute() {
    CliContext context = context();
    remote.choose(context);
    if (choice.plugin != null) {
      context.registry().findPlugin(choice.plugin);
    }
    Templates.requireKnownFramework(context, choice.framework);
    // --framework lists the templates written for it, not also those that name no framework
    List<TemplateEntry> entries = context.registry().templates(choice.filter()
            .fromRemote(context.chosenRemote().map(RemoteSpec::name).orElse(null))).stream()
        .filter(e -> choice.framework == null || Templates.namesFramework(e.ref(), choice.framework))
        .toList();
    if (format.json()) {
      List<Json.Obj> list = new ArrayList<>();
      for (TemplateEntry entry : entries) {
        list.add(Json.obj()
            .put("name", entry.ref().name())
            .put("description", entry.ref().description())
            .put("plugin", entry.plugin().name())
            .put("languages", entry.ref().languages())
            .put("frameworks", entry.ref().frameworks())
            .put("path", entry.directory().toString()));
      }
      context.out().println(Json.write(Json.obj().put("templates", list)));
      return ExitCodes.OK;
    }
    if (entries.isEmpty()) {
      context.err().println("no templates found" + TerminalText.line(filterText()));
      context.err().println("hint: run 'tasker-cli plugin list --all' to see the plugins and their state");
      return ExitCodes.OK;
    }
    TextTable table = new TextTable("NAME", "LANGUAGES", "PLUGIN", "DESCRIPTION");
    for (TemplateEntry entry : entries) {
      table.row(
          entry.ref().name(),
          Labels.targets(entry.ref().languages(), entry.ref().frameworks()),
          entry.plugin().name(),
          entry.ref().description());
    }
    table.print(context.out(), context.style());
    return ExitCodes.OK;
  }

  private String filterText() {
    List<String> parts = new ArrayList<>();
    if (choice.language != null) {
      parts.add("language " + choice.language);
    }
    if (choice.framework != null) {
      parts.add("framework " + choice.framework);
    }
    if (choice.plugin != null) {
      parts.add("plugin " + choice.plugin);
    }
    return parts.isEmpty() ? "" : " for " + String.join(", ", parts);
  }
}
