package systems.tasker.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes the {@code tasker-cli(1)} man page (troff, {@code man} macros) from the picocli model:
 * every visible command with its synopsis, description, arguments, options and examples. Options
 * every command shares are described once, under GLOBAL OPTIONS. Build-time only: {@link
 * DistFiles} runs it while packaging.
 */
final class ManPage {

  private final StringBuilder s = new StringBuilder();
  private final Set<String> globalOptions = new HashSet<>();

  private ManPage() {}

  static String of(CommandSpec root, String version) {
    return new ManPage().write(root, version);
  }

  private String write(CommandSpec root, String version) {
    String name = root.name();
    line(".TH " + escape(name.toUpperCase(java.util.Locale.ROOT)) + " 1 \"\" \""
        + escape(name + " " + version) + "\" \"User Commands\"");
    line(".SH NAME");
    line(escape(name + " - " + String.join(" ", root.usageMessage().description())));
    line(".SH SYNOPSIS");
    line(".B " + escape(name));
    line("[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR...]");
    line(".SH DESCRIPTION");
    text("tasker-cli finds plugins (directories with a tasker-plugin.toml manifest and Pebble "
        + "templates) on five search paths, validates them and renders their templates into files. "
        + "Nothing inside a plugin is ever executed.");
    line(".PP");
    text("Plugins are searched, highest priority first, in: each --plugin-path DIR; "
        + "./.tasker-cli/plugins/; the plugin-paths of the configuration file and its active "
        + "profile; $XDG_CONFIG_HOME/tasker-cli/plugins/; and $TASKER_CLI_SYSTEM_PLUGINS. "
        + "Below them, the templates compiled into the program form the built-in plugin.");
    line(".SH GLOBAL OPTIONS");
    text("These options work before or after any command.");
    for (OptionSpec option : root.options()) {
      if (!option.hidden()) {
        globalOptions.add(option.longestName());
        option(option);
      }
    }
    line(".SH COMMANDS");
    commands(root);
    line(".SH ENVIRONMENT");
    item("TASKER_CLI_SYSTEM_PLUGINS", "The system-level plugin directory. Default "
        + "/usr/local/share/tasker-cli/plugins; the installed launcher sets it to "
        + "<prefix>/share/tasker-cli/plugins, where the bundled plugins are.");
    item("XDG_CONFIG_HOME", "Holds tasker-cli.toml and the user-level plugins directory "
        + "tasker-cli/plugins (default ~/.config).");
    item("XDG_CACHE_HOME", "Holds tasker-cli/complete, the names shell completion offers, "
        + "which every run that finds the plugins keeps up to date (default ~/.cache).");
    item("NO_COLOR", "When set to anything, no colours are printed.");
    item("JAVA_HOME", "The Java 17+ runtime the launcher of the portable release uses; else java "
        + "on PATH. A self-contained release runs its own runtime.");
    line(".SH FILES");
    item(".tasker-cli.toml", "The nearest one from the working directory upward is the "
        + "configuration file, unless --config names another.");
    item("./.tasker-cli/plugins/", "Project-level plugins.");
    line(".SH EXIT STATUS");
    item("0", "Success.");
    item("1", "The operation failed: validation errors, conflicts, render errors, I/O.");
    item("2", "Usage error: bad options, unknown template, plugin or profile, missing or invalid "
        + "parameter.");
    line(".SH SEE ALSO");
    text("tasker-cli COMMAND --help; tasker-cli completion bash|zsh.");
    return s.toString();
  }

  private void commands(CommandSpec parent) {
    for (Map.Entry<String, CommandLine> entry : parent.subcommands().entrySet()) {
      CommandSpec command = entry.getValue().getCommandSpec();
      if (command.usageMessage().hidden()) {
        continue;
      }
      line(".SS \"" + escape(command.qualifiedName()) + "\"");
      text(String.join(" ", command.usageMessage().description()));
      if (command.subcommands().isEmpty() || !command.positionalParameters().isEmpty()
          || hasOwnOptions(command)) {
        line(".PP");
        line(".nf");
        text(entry.getValue().getHelp().synopsis(0).stripTrailing());
        line(".fi");
      }
      for (PositionalParamSpec positional : command.positionalParameters()) {
        if (!positional.hidden()) {
          item(positional.paramLabel(), String.join(" ", positional.description()));
        }
      }
      for (OptionSpec option : command.options()) {
        if (!option.hidden() && !globalOptions.contains(option.longestName())) {
          option(option);
        }
      }
      List<String> footer = new ArrayList<>(List.of(command.usageMessage().footer()));
      while (!footer.isEmpty() && footer.get(0).isBlank()) {
        footer.remove(0);
      }
      if (!footer.isEmpty()) {
        line(".PP");
        line(".nf");
        footer.forEach(this::text);
        line(".fi");
      }
      commands(command);
    }
  }

  private boolean hasOwnOptions(CommandSpec command) {
    return command.options().stream()
        .anyMatch(option -> !option.hidden() && !globalOptions.contains(option.longestName()));
  }

  private void option(OptionSpec option) {
    StringBuilder head = new StringBuilder();
    for (String name : option.names()) {
      head.append(head.length() == 0 ? "" : ", ").append("\\fB").append(escape(name)).append("\\fR");
    }
    if (option.arity().max() > 0) {
      head.append(" \\fI").append(escape(option.paramLabel())).append("\\fR");
    }
    line(".TP");
    line(head.toString());
    text(String.join(" ", option.description()));
  }

  private void item(String term, String description) {
    line(".TP");
    line("\\fB" + escape(term) + "\\fR");
    text(description);
  }

  /** One line of running or verbatim text, escaped. */
  private void text(String text) {
    line(guard(escape(text)));
  }

  private void line(String line) {
    s.append(line).append('\n');
  }

  /** Backslashes and hyphens as troff wants them (a plain '-' may become a typographic hyphen). */
  private static String escape(String text) {
    return text.replace("\\", "\\e").replace("-", "\\-");
  }

  /** A line starting with '.' or '\'' would be read as a request. */
  private static String guard(String line) {
    return line.startsWith(".") || line.startsWith("'") ? "\\&" + line : line;
  }
}
