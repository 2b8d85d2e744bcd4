package systems.tasker.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import systems.tasker.cli.GlobalOptions;

/** {@code tasker-cli plugin}: the noun group for plugins. */
@Command(
    name = "plugin",
    description = "List, validate and create plugins.",
    footer = {"", "Examples:", "  tasker-cli plugin list --all", "  tasker-cli plugin validate --strict ./my-plugin"},
    mixinStandardHelpOptions = true)
public final class PluginCommand extends GroupCommand {
  @Mixin GlobalOptions global;
}
