package systems.tasker.cli.command;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Creates commands and mixins for picocli, and gives each command the run's context. */
public final class CommandFactory implements IFactory {

  private final CliContext context;

  public CommandFactory(CliContext context) {
    this.context = context;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    K created = CommandLine.defaultFactory().create(type);
    if (created instanceof CliCommand command) {
      command.attach(context);
    }
    return created;
  }

  /** {@link #create}, for the commands of the CLI, whose creation cannot fail. */
  public <K> K command(Class<K> type) {
    try {
      return create(type);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create command " + type.getName(), e);
    }
  }
}
