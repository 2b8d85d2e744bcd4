package systems.tasker.cli.command;

import java.util.Map;
import java.util.concurrent.Callable;

/**
 * What every command shares: the context it runs in (given by {@link CommandFactory}, so a
 * command needs no constructor), and one way to run: {@link #execute()} does the work and returns
 * the exit code. A failure a user can meet is thrown as a
 * {@link systems.tasker.cli.plugin.TaskerException}; one handler turns it into output.
 */
public abstract class CliCommand implements Callable<Integer> {

  private CliContext context;

  @Override
  public final Integer call() {
    return execute();
  }

  /** Does the command's work; returns {@link ExitCodes#OK} unless it reports a failure itself. */
  protected abstract int execute();

  /** The context of this run. */
  protected final CliContext context() {
    return context;
  }

  /**
   * The help texts of shared options that this command words its own way, by the options'
   * {@code descriptionKey}: {@code plugin new} creates "the plugin" where {@code init} creates
   * "the project", with the same {@code -o} option.
   */
  protected Map<String, String> optionTexts() {
    return Map.of();
  }

  final void attach(CliContext runContext) {
    this.context = runContext;
  }
}
