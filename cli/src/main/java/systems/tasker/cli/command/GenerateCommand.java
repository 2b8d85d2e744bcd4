package systems.tasker.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import systems.tasker.cli.GlobalOptions;

/** {@code tasker-cli generate}: add a handler or a task definition to a project. */
@Command(
    name = "generate",
    description = "Add a step handler or a task definition to a project.",
    footer = {"", "Examples:", "  tasker-cli generate handler refund_payment --type api", "  tasker-cli generate template order_fulfillment --steps validate,charge,ship"},
    mixinStandardHelpOptions = true)
public final class GenerateCommand extends GroupCommand {
  @Mixin GlobalOptions global;
}
