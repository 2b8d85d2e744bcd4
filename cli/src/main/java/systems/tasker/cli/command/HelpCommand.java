package systems.tasker.cli.command;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tasker-cli help [COMMAND...]}: the help of a command, as {@code COMMAND... --help} prints
 * it. The run rewrites the arguments ({@link CommandRegistry#helpAsOption}) before parsing, so a template's
 * parameters, a mistyped command and nested commands are all handled as with {@code --help}.
 */
@Command(
    name = "help",
    description = "Show the help of a command: help template generate.",
    footer = {
      "",
      "Examples:",
      "  tasker-cli help init",
      "  tasker-cli help template generate step_handler"
    })
public final class HelpCommand extends CliCommand {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "COMMAND", description = "The command, with its verb.")
  List<String> command = new ArrayList<>();

  /** Reached only when the arguments were not rewritten: the top-level help. */
  @Override
  protected int execute() {
    spec.root().commandLine().usage(context().out());
    return ExitCodes.OK;
  }
}
