package systems.tasker.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import systems.tasker.cli.GlobalOptions;

/** {@code tasker-cli remote}: the noun group for git remotes of plugins. */
@Command(
    name = "remote",
    description = "List, add, remove and update git remotes of plugins.",
    footer = {"", "Examples:", "  tasker-cli remote list",
        "  tasker-cli remote add contrib https://github.com/tasker-systems/tasker-contrib",
        "  tasker-cli remote update"},
    mixinStandardHelpOptions = true)
public final class RemoteCommand extends GroupCommand {
  @Mixin GlobalOptions global;
}
