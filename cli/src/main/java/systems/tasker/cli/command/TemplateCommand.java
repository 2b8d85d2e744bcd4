package systems.tasker.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import systems.tasker.cli.GlobalOptions;

/** {@code tasker-cli template}: the noun group for templates. */
@Command(
    name = "template",
    description = "List, describe and generate templates.",
    mixinStandardHelpOptions = true,
    subcommands = {TemplateListCommand.class, TemplateInfoCommand.class, TemplateGenerateCommand.class})
public final class TemplateCommand extends GroupCommand {
  @Mixin GlobalOptions global;
}
