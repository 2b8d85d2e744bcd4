package systems.tasker.cli.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import systems.tasker.cli.discovery.ConfigValue;
import systems.tasker.cli.discovery.EffectiveConfig;
import systems.tasker.cli.discovery.RemoteSettings;
import systems.tasker.cli.discovery.SearchPath;
import systems.tasker.cli.discovery.SearchPaths;
import systems.tasker.cli.discovery.UnreadConfigFile;
import systems.tasker.cli.discovery.remote.RemoteSpec;
import systems.tasker.cli.output.Json;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.output.TextTable;
import systems.tasker.cli.plugin.Diagnostic;

/** {@code tasker-cli config show}: what is in force, and where each value came from. */
@Command(
    name = "show",
    description = "Show the effective configuration, where each value came from, and the search paths.",
    footer = {
      "",
      "Examples:",
      "  tasker-cli config show",
      "  tasker-cli config show --profile work --format json"
    })
public final class ConfigShowCommand extends TaskerCommand {

  @Mixin OutputFormatOption format;

  @Override
  protected int execute() {
    CliContext context = context();
    EffectiveConfig config = context.config();
    List<SearchPath> searchPaths =
        SearchPaths.resolve(context.environment(), context.pluginPaths(), config);
    if (format.json()) {
      context.out().println(Json.write(json(config, searchPaths)));
      return ExitCodes.OK;
    }
    PrintWriter out = context.out();
    // A cloned repository's configuration is untrusted: every value is sanitised.
    out.println("config file:        "
        + TerminalText.line(config.file() == null ? "(none)" : config.file().toString())
        + (config.dialect().isTaskerCtl()
            ? "  (" + config.dialect().label() + ": only the keys both CLIs share are read)"
            : ""));
    if (config.projectRoot() != null) {
      out.println("project:            " + TerminalText.line(config.projectRoot().toString())
          + "  (the config file is the project's own: its plugin-paths and default-output-dir"
          + " were chosen by the project, not by you)");
    }
    out.println("profile:            " + text(config.profile()));
    if (!config.profiles().isEmpty()) {
      out.println("known profiles:     " + TerminalText.line(String.join(", ", config.profiles())));
    }
    out.println("default-language:   " + text(config.defaultLanguage()));
    out.println("default-output-dir: " + text(config.defaultOutputDir())
        + (config.outputDirAllowed() ? "" : "  REFUSED: outside the project"));
    if (!config.params().isEmpty()) {
      out.println("params:");
      for (Map.Entry<String, ConfigValue<Object>> param : config.params().entrySet()) {
        out.println("  " + TerminalText.line(param.getKey() + " = " + param.getValue().value()
            + "  (" + param.getValue().origin().describe() + ")"));
      }
    }
    printRemotes(out, config.remoteSettings(), config.searchedRemotes().isEmpty());
    printTaskerCtlFiles(out, config);
    out.println();
    out.println("Plugin search paths, highest priority first:");
    TextTable table = new TextTable("  #", "SOURCE", "FOUND", "PATH");
    int rank = 1;
    for (SearchPath path : searchPaths) {
      table.row("  " + rank++, path.sourceLabel(), path.kind().label(), path.path().toString());
    }
    table.print(out, context.style());
    for (Diagnostic warning : config.diagnostics()) {
      context.err().println("warning: " + TerminalText.line(warning.location() + ": "
          + warning.message() + (warning.hint() == null ? "" : " (" + warning.hint() + ")")));
    }
    return ExitCodes.OK;
  }

  /**
   * The remote settings, once remotes or those settings are used, and each remote; {@code
   * onDemand} when they are tasker-ctl's, used only when {@code --remote} names one.
   */
  private static void printRemotes(PrintWriter out, RemoteSettings remotes, boolean onDemand) {
    if (!remotes.remotes().isEmpty() || !remotes.cacheMaxAgeHours().origin().isDefault()
        || !remotes.maxSizeMb().origin().isDefault()) {
      out.println("cache-max-age-hours: " + text(remotes.cacheMaxAgeHours()));
      out.println("remote-max-size-mb: " + text(remotes.maxSizeMb()));
    }
    if (remotes.usePublishedPlugins().isSet() && remotes.usePublishedPlugins().value()) {
      out.println("use-published-plugins: " + text(remotes.usePublishedPlugins()));
    }
    if (!remotes.remotes().isEmpty()) {
      out.println(onDemand ? "remotes (tasker-ctl's: used only when --remote names one):"
          : "remotes:");
      for (RemoteSpec remote : remotes.remotes()) {
        out.println("  " + TerminalText.line(remote.name() + "  " + remote.displayUrl() + " at "
            + remote.ref() + (remote.pluginPath().isEmpty() ? "" : ", plugins in "
            + remote.pluginPath()) + "  (" + remote.declaredIn() + ")"));
      }
    }
  }

  /** What of tasker-ctl's configuration is not used: keys of the file read, files not read. */
  private static void printTaskerCtlFiles(PrintWriter out, EffectiveConfig config) {
    if (!config.notUsed().isEmpty()) {
      out.println("not used by tasker-cli (" + TerminalText.line(config.file().toString()) + "):");
      config.notUsed().forEach(key -> out.println("  " + TerminalText.line(key)));
    }
    for (UnreadConfigFile file : config.notRead()) {
      out.println("not read:           " + TerminalText.line(file.file() + "  (" + file.reason()
          + ")"));
    }
  }

  private static List<Json.Obj> remotesJson(List<RemoteSpec> remotes) {
    List<Json.Obj> list = new ArrayList<>();
    for (RemoteSpec remote : remotes) {
      list.add(Json.obj()
          .put("name", remote.name())
          .put("url", remote.displayUrl())
          .put("ref", remote.ref())
          .put("plugin_path", remote.pluginPath())
          .put("source", remote.declaredIn())
          .put("from_project", remote.fromProject()));
    }
    return list;
  }

  private static String text(ConfigValue<?> value) {
    return value.isSet()
        ? TerminalText.line(value.value() + "  (" + value.origin().describe() + ")")
        : "(not set)";
  }

  private static Json.Obj value(ConfigValue<?> value) {
    return Json.obj()
        .put("value", value.isSet() ? String.valueOf(value.value()) : null)
        .put("source", value.isSet() ? value.origin().describe() : null);
  }

  private static Json.Obj json(EffectiveConfig config, List<SearchPath> searchPaths) {
    Json.Obj params = Json.obj();
    config.params().forEach((name, param) -> params.put(name, Json.obj()
        .put("value", param.value())
        .put("source", param.origin().describe())));
    List<Json.Obj> notRead = new ArrayList<>();
    config.notRead().forEach(file -> notRead.add(Json.obj()
        .put("path", file.file().toString())
        .put("reason", file.reason())));
    return Json.obj()
        .put("config_file", config.file() == null ? null : config.file().toString())
        .put("config_dialect", config.file() == null ? null
            : config.dialect().name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .put("project_root", config.projectRoot() == null ? null : config.projectRoot().toString())
        .put("profile", config.profile().isSet() ? config.profile().value() : null)
        .put("profiles", config.profiles())
        .put("default_language", value(config.defaultLanguage()))
        .put("default_output_dir", value(config.defaultOutputDir())
            .put("allowed", config.outputDirAllowed()))
        .put("params", params)
        .put("cache_max_age_hours", value(config.remoteSettings().cacheMaxAgeHours()))
        .put("remote_max_size_mb", value(config.remoteSettings().maxSizeMb()))
        .put("use_published_plugins", value(config.remoteSettings().usePublishedPlugins()))
        .put("remotes", remotesJson(config.remoteSettings().remotes()))
        .put("search_paths", Json.searchPaths(searchPaths))
        .put("not_used", config.notUsed())
        .put("not_read", notRead)
        .put("diagnostics", Json.diagnostics(config.diagnostics()));
  }
}
