package systems.tasker.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import systems.tasker.cli.GlobalOptions;

/** {@code tasker-cli template}: the noun group for templates. */
@Command(
    name = "template",
    description = "List, describe and generate templates.",
    footer = {"", "Examples:", "  tasker-cli template list --language python", "  tasker-cli template generate step-handler --language ruby --name ProcessPayment"},
    mixinStandardHelpOptions = true)
public final class TemplateCommand extends GroupCommand {
  @Mixin GlobalOptions global;
}
