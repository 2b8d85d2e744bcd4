package systems.tasker.cli.command;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A noun without a verb ({@code tasker-cli plugin}) is a usage error that lists the verbs. */
abstract class GroupCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "missing subcommand; choose one of: " + String.join(", ", spec.subcommands().keySet()));
  }
}
