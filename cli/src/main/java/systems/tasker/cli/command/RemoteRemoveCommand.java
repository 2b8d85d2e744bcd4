package systems.tasker.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import systems.tasker.cli.discovery.ConfigLoader;
import systems.tasker.cli.discovery.RemotesFileEditor;
import systems.tasker.cli.discovery.remote.RemoteSpec;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.plugin.TaskerException;

/**
 * {@code tasker-cli remote remove NAME}: takes a remote's {@code [[remotes]]} table out of the
 * configuration file (the same file {@code remote add} writes) and deletes its cache.
 */
@Command(
    name = "remove",
    description = "Remove a git remote from the configuration file, and its cache.",
    footer = {"", "Examples:", "  tasker-cli remote remove contrib"})
public final class RemoteRemoveCommand extends TaskerCommand {

  @Parameters(index = "0", paramLabel = "NAME", description = "The remote's name.")
  String name;

  @Option(names = "--user", description = "Edit the user's configuration file, not the project's.")
  boolean user;

  @Override
  protected int execute() {
    CliContext context = context();
    Path file =
        ConfigLoader.fileToEdit(context.environment(), context.explicitConfigFile(), user).path();
    if (!Files.exists(file)) {
      throw new TaskerException(TaskerException.Kind.USAGE,
          "unknown remote '" + name + "': there is no configuration file " + file,
          "'tasker-cli remote list' shows the remotes and where each is declared");
    }
    String text = ConfigFileText.read(file);
    String edited;
    try {
      edited = RemotesFileEditor.remove(file, text, name);
    } catch (TaskerException notThere) {
      if (name.equals(RemoteSpec.PUBLISHED_NAME)
          && context.config().remoteSettings().usePublishedPlugins().value()) {
        throw new TaskerException(TaskerException.Kind.USAGE,
            "the remote '" + name + "' comes from use-published-plugins = true ("
                + context.config().remoteSettings().usePublishedPlugins().origin().describe() + ")",
            "set use-published-plugins = false to stop using it");
      }
      throw notThere;
    }
    ConfigFileText.write(file, edited);
    boolean cached = context.remotes().cache().remove(name);
    context.out().println(TerminalText.line("Removed remote '" + name + "' from " + file
        + (cached ? ", and its cache." : ".")));
    return ExitCodes.OK;
  }
}
