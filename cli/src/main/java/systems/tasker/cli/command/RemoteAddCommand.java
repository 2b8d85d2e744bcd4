package systems.tasker.cli.command;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import systems.tasker.cli.discovery.ConfigFile;
import systems.tasker.cli.discovery.ConfigLoader;
import systems.tasker.cli.discovery.RemotesFileEditor;
import systems.tasker.cli.discovery.remote.RemoteSpec;
import systems.tasker.cli.discovery.remote.RemoteUrls;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.plugin.TaskerException;

/**
 * {@code tasker-cli remote add NAME URL}: declares a remote in a configuration file, appending a
 * {@code [[remotes]]} table and leaving the rest of the file as it was. Nothing is fetched yet.
 */
@Command(
    name = "add",
    description = "Add a git remote of plugins to the configuration file.",
    footer = {
      "",
      "The file written: --config FILE; else, with --user, the user's",
      "$XDG_CONFIG_HOME/tasker-cli.toml (tasker-ctl's ~/.config/tasker-ctl.toml",
      "when only that exists); else the configuration file in use: the nearest",
      ".tasker-cli.toml from the current directory upward, or tasker-ctl's",
      ".tasker-ctl.toml here; else $XDG_CONFIG_HOME/tasker-cli.toml.",
      "",
      "Examples:",
      "  tasker-cli remote add contrib https://github.com/tasker-systems/tasker-contrib",
      "  tasker-cli remote add acme git@github.com:acme/plugins.git --ref v1.2",
      "  tasker-cli remote add local ../my-plugins --plugin-path plugins"
    })
public final class RemoteAddCommand extends CliCommand {

  @Mixin GlobalOptionsButPluginPath global;

  @Parameters(index = "0", paramLabel = "NAME", description = "The remote's name.")
  String name;

  @Parameters(index = "1", paramLabel = "URL",
      description = "https://, ssh://, git://, file:// URL, user@host:path, or a local path.")
  String url;

  @Option(names = {"--ref", "--git-ref"}, paramLabel = "REF",
      description = "Branch, tag or commit to check out (default: main).")
  String ref = RemoteSpec.DEFAULT_REF;

  @Option(names = "--plugin-path", paramLabel = "P",
      description = "Where the plugins are inside the repository (default: its root).")
  String pluginPath = "";

  @Option(names = "--user", description = "Write the user's configuration file, not the project's.")
  boolean user;

  @Override
  protected int execute() {
    CliContext context = context();
    if (!RemoteSpec.isValidName(name)) {
      throw new TaskerException(TaskerException.Kind.USAGE, "invalid remote name '" + name + "'",
          "a remote name is " + RemoteSpec.nameRule());
    }
    if (url.isBlank() || RemoteUrls.kind(url) == RemoteUrls.Kind.UNSUPPORTED) {
      throw new TaskerException(TaskerException.Kind.USAGE,
          "cannot fetch from '" + RemoteUrls.display(url) + "'",
          "use an https://, ssh://, git:// or file:// URL, user@host:path, or a local path");
    }
    if (ref.isBlank()) {
      throw new TaskerException(TaskerException.Kind.USAGE, "--ref is empty",
          "name a branch, a tag or a commit");
    }
    if (!RemoteSpec.isValidPluginPath(pluginPath)) {
      throw new TaskerException(TaskerException.Kind.USAGE,
          "--plugin-path must be a folder inside the repository, not " + pluginPath,
          "a relative path without '..', such as plugins");
    }
    // A relative path means "from here" on the command line, wherever the file is.
    String written = RemoteUrls.kind(url) == RemoteUrls.Kind.LOCAL_PATH && !url.startsWith("~")
        ? context.resolve(url).toString()
        : url;
    ConfigFile configFile =
        ConfigLoader.fileToEdit(context.environment(), context.explicitConfigFile(), user);
    Path file = configFile.path();
    String text = ConfigFileText.read(file);
    ConfigFileText.write(file,
        RemotesFileEditor.add(configFile, text, name, written, ref, pluginPath));
    context.out().println(TerminalText.line("Added remote '" + name + "' ("
        + RemoteUrls.display(written) + " at " + ref + ") to " + file + "."));
    context.out().println(TerminalText.line((configFile.dialect().isTaskerCtl()
        ? "As in tasker-ctl, its templates are used with --remote " + name + ";"
        : "It is fetched when plugins are first needed;")
        + " 'tasker-cli remote update " + name + "' fetches it now."));
    return ExitCodes.OK;
  }
}
