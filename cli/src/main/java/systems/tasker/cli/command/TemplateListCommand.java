package systems.tasker.cli.command;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import systems.tasker.cli.CliContext;
import systems.tasker.cli.GlobalOptions;
import systems.tasker.cli.RemoteOptions;
import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.discovery.TemplateFilter;
import systems.tasker.cli.discovery.remote.RemoteSpec;
import systems.tasker.cli.output.Json;
import systems.tasker.cli.output.OutputFormat;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.output.TextTable;

/** {@code tasker-cli template list}: the templates of every usable plugin. */
@Command(
    name = "list",
    description = "List the templates of every plugin found.",
    mixinStandardHelpOptions = true,
    footer = {
      "",
      "Examples:",
      "  tasker-cli template list",
      "  tasker-cli template list --language python --format json"
    })
public final class TemplateListCommand implements Runnable {

  private final CliContext context;

  @Mixin GlobalOptions global;

  @Mixin RemoteOptions remote;

  @Option(names = "--language", paramLabel = "L", description = "Only templates for language L.")
  String language;

  @Option(names = "--framework", paramLabel = "F", description = "Only templates for framework F.")
  String framework;

  @Option(names = "--plugin", paramLabel = "P", description = "Only templates of plugin P.")
  String plugin;

  @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: text).")
  OutputFormat format = OutputFormat.TEXT;

  public TemplateListCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    if (plugin != null) {
      context.registry().findPlugin(plugin);
    }
    List<TemplateEntry> entries = context.registry().templates(new TemplateFilter(plugin, language,
        framework, context.selectedRemote().map(RemoteSpec::name).orElse(null)));
    if (format == OutputFormat.JSON) {
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
      return;
    }
    if (entries.isEmpty()) {
      context.err().println("No templates found" + TerminalText.line(filterText()) + ".");
      context.err().println("hint: run 'tasker-cli plugin list --all' to see the plugins and their state");
      return;
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
  }

  private String filterText() {
    List<String> parts = new ArrayList<>();
    if (language != null) {
      parts.add("language " + language);
    }
    if (framework != null) {
      parts.add("framework " + framework);
    }
    if (plugin != null) {
      parts.add("plugin " + plugin);
    }
    return parts.isEmpty() ? "" : " for " + String.join(", ", parts);
  }
}
