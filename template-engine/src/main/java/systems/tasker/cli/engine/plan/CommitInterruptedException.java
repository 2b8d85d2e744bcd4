package systems.tasker.cli.engine.plan;

import systems.tasker.cli.plugin.TaskerException;

/**
 * A commit was interrupted (a signal) and rolled back: the output directory is as it was, unless
 * the message lists paths rolling back could not restore.
 */
public final class CommitInterruptedException extends TaskerException {

  private static final long serialVersionUID = 1L;

  CommitInterruptedException(String message, String hint) {
    super(Kind.FAILURE, message, hint);
  }
}
