package systems.tasker.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import systems.tasker.cli.GlobalOptions;

/** {@code tasker-cli config}: the noun group for configuration. */
@Command(
    name = "config",
    description = "Show the effective configuration.",
    footer = {"", "Examples:", "  tasker-cli config show", "  tasker-cli config show --profile work --format json"},
    mixinStandardHelpOptions = true)
public final class ConfigCommand extends GroupCommand {
  @Mixin GlobalOptions global;
}
