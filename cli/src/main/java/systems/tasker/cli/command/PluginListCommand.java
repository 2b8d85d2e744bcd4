package systems.tasker.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import systems.tasker.cli.discovery.ConfigLoader;
import systems.tasker.cli.discovery.DiscoveredPlugin;
import systems.tasker.cli.discovery.EffectiveConfig;
import systems.tasker.cli.discovery.PluginRegistry;
import systems.tasker.cli.discovery.PluginSource;
import systems.tasker.cli.discovery.PluginStatus;
import systems.tasker.cli.discovery.RemoteOrigin;
import systems.tasker.cli.discovery.SearchPath;
import systems.tasker.cli.output.Json;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.output.TextTable;
import systems.tasker.cli.plugin.Diagnostic;
import systems.tasker.cli.plugin.PluginManifest;
import systems.tasker.cli.plugin.TemplateRef;

/** {@code tasker-cli plugin list}: every plugin found, where, and in what state. */
@Command(
    name = "list",
    description = "List the plugins found on the search paths.",
    footer = {
      "",
      "Examples:",
      "  tasker-cli plugin list",
      "  tasker-cli plugin list --all --plugin-path ./my-plugins"
    })
public final class PluginListCommand extends TaskerCommand {

  @Mixin OutputFormatOption format;

  @Option(names = "--all", description = "Also show shadowed and broken plugins.")
  boolean all;

  @Override
  protected int execute() {
    CliContext context = context();
    PluginRegistry registry = context.registry();
    if (format.json()) {
      context.out().println(Json.write(Json.obj()
          .put("plugins", pluginsJson(registry.plugins()))
          .put("searched", Json.searchPaths(registry.searchPaths()))
          .put("diagnostics", Json.diagnostics(registry.diagnostics()))));
      return ExitCodes.OK;
    }
    for (Diagnostic problem : registry.diagnostics()) {
      context.err().println(TerminalText.line(problem.severity().label() + ": "
          + problem.location() + ": " + problem.message()));
    }
    TextTable table = new TextTable("NAME", "VERSION", "LANGUAGES", "SOURCE", "TEMPLATES", "STATUS");
    int hidden = 0;
    for (DiscoveredPlugin plugin : registry.plugins()) {
      if (!all && !plugin.isActive()) {
        hidden++;
        continue;
      }
      PluginManifest manifest = plugin.manifest();
      table.row(
          plugin.name(),
          manifest == null || manifest.version().isEmpty() ? "-" : manifest.version(),
          manifest == null ? "-" : Labels.targets(manifest.languages(), manifest.frameworks()),
          sourceText(plugin),
          manifest == null ? "-" : Integer.toString(manifest.templates().size()),
          plugin.status().name().toLowerCase(Locale.ROOT));
    }
    table.print(context.out(), context.style());
    if (all) {
      printWhyBroken(registry.plugins());
    }
    if (registry.plugins().stream()
        .anyMatch(plugin -> plugin.fromProject() && (all || plugin.isActive()))) {
      context.out().println();
      context.out().println("Plugins of source project and project-config (and remotes the project"
          + " declares) come from the project you are in (its .tasker-cli/plugins/ and the"
          + " plugin-paths and remotes of its " + TerminalText.line(projectConfigName())
          + "), not from your own set-up.");
    }
    if (hidden > 0) {
      context.out().println();
      context.out().println(hidden + " shadowed or broken plugin" + (hidden == 1 ? "" : "s")
          + " not shown; run 'tasker-cli plugin list --all' to see them.");
    }
    boolean foundOnPaths = registry.plugins().stream()
        .anyMatch(plugin -> plugin.source() != PluginSource.BUILTIN);
    if (!foundOnPaths) {
      context.err().println("no plugins found on the search paths:");
      for (SearchPath path : registry.searchPaths()) {
        context.err().println("  " + TerminalText.line(path.path().toString()) + "  ("
            + path.sourceLabel() + (path.isDirectory() ? "" : ", " + path.kind().label()) + ")");
      }
      context.err().println("hint: pass --plugin-path DIR, or put plugins in ./.tasker-cli/plugins/");
    }
    return ExitCodes.OK;
  }

  /**
   * Under the table, why each broken plugin is broken: its first problem, where it is (file, line
   * and column), and how to see the others.
   */
  private void printWhyBroken(List<DiscoveredPlugin> plugins) {
    List<DiscoveredPlugin> broken = plugins.stream()
        .filter(plugin -> plugin.status() == PluginStatus.BROKEN).toList();
    if (broken.isEmpty()) {
      return;
    }
    context().out().println();
    context().out().println("Why broken:");
    for (DiscoveredPlugin plugin : broken) {
      List<Diagnostic> problems = plugin.diagnostics().stream().filter(Diagnostic::isError).toList();
      if (problems.isEmpty()) {
        problems = plugin.diagnostics();
      }
      String first = problems.isEmpty() ? "no diagnostic recorded"
          : (problems.get(0).location().isEmpty() ? "" : problems.get(0).location() + ": ")
              + problems.get(0).message();
      String more = problems.size() > 1 ? " (" + (problems.size() - 1) + " more problem"
          + (problems.size() == 2 ? "" : "s") + ": run 'tasker-cli plugin validate "
          + plugin.directory() + "')" : "";
      context().out().println(TerminalText.line("  " + plugin.name() + ": " + first + more));
    }
  }

  /** The project's configuration file as the project names it: ours, or tasker-ctl's. */
  private String projectConfigName() {
    EffectiveConfig config = context().config();
    return config.projectRoot() == null || config.file() == null
        ? ConfigLoader.PROJECT_FILE_NAME
        : config.projectRoot().relativize(config.file()).toString();
  }

  /** {@code remote:<name>@<commit>} for a remote's plugin: which commit is in use matters. */
  private static String sourceText(DiscoveredPlugin plugin) {
    RemoteOrigin remote = plugin.remote();
    return remote == null || remote.commit() == null
        ? plugin.sourceLabel()
        : plugin.sourceLabel() + "@" + remote.commit().substring(0, 12);
  }

  /** The remote of a plugin, or {@code null}: name, URL without credentials, ref, commit. */
  private static Json.Obj remoteJson(RemoteOrigin remote) {
    if (remote == null) {
      return null;
    }
    return Json.obj()
        .put("name", remote.remote().isAdHoc() ? null : remote.remote().name())
        .put("url", remote.remote().displayUrl())
        .put("ref", remote.remote().ref())
        .put("commit", remote.commit())
        .put("fetched_at", remote.fetchedAt() == null ? null : remote.fetchedAt().toString());
  }

  private static List<Json.Obj> pluginsJson(List<DiscoveredPlugin> plugins) {
    List<Json.Obj> list = new ArrayList<>();
    for (DiscoveredPlugin plugin : plugins) {
      PluginManifest manifest = plugin.manifest();
      List<Json.Obj> templates = new ArrayList<>();
      if (manifest != null) {
        for (TemplateRef ref : manifest.templates()) {
          templates.add(Json.obj()
              .put("name", ref.name())
              .put("description", ref.description())
              .put("languages", ref.languages())
              .put("frameworks", ref.frameworks()));
        }
      }
      list.add(Json.obj()
          .put("name", plugin.name())
          .put("version", manifest == null ? null : manifest.version())
          .put("description", manifest == null ? null : manifest.description())
          .put("languages", manifest == null ? List.of() : manifest.languages())
          .put("frameworks", manifest == null ? List.of() : manifest.frameworks())
          .put("path", plugin.directory().toString())
          .put("source", plugin.sourceLabel())
          .put("from_project", plugin.fromProject())
          .put("remote", remoteJson(plugin.remote()))
          .put("status", plugin.status().name().toLowerCase(Locale.ROOT))
          .put("shadowed_by", plugin.shadowedBy() == null ? null : plugin.shadowedBy().toString())
          .put("templates", templates)
          .put("diagnostics", Json.diagnostics(plugin.diagnostics())));
    }
    return list;
  }
}
