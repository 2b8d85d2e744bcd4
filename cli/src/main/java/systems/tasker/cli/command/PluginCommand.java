package systems.tasker.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import systems.tasker.cli.GlobalOptions;

/** {@code tasker-cli plugin}: the noun group for plugins. */
@Command(
    name = "plugin",
    description = "List, validate and create plugins.",
    mixinStandardHelpOptions = true,
    subcommands = {PluginListCommand.class, PluginValidateCommand.class, PluginNewCommand.class})
public final class PluginCommand extends GroupCommand {
  @Mixin GlobalOptions global;
}
