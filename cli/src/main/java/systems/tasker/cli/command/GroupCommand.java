package systems.tasker.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A noun of the command line ({@code plugin}, {@code template}…): its verbs do the work, so the
 * noun alone is a usage error that lists them. {@link CommandRegistry} names and describes it.
 */
@Command
public final class GroupCommand extends TaskerCommand {

  @Spec CommandSpec spec;

  @Override
  protected int execute() {
    throw new ParameterException(
        spec.commandLine(),
        "missing subcommand; choose one of: " + String.join(", ", spec.subcommands().keySet()));
  }
}
