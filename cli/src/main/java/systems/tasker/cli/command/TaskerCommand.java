package systems.tasker.cli.command;

import picocli.CommandLine.Mixin;

/** A command that takes the {@linkplain GlobalOptionsMixin global options}: all but completion. */
public abstract class TaskerCommand extends CliCommand {

  @Mixin GlobalOptionsMixin global;
}
