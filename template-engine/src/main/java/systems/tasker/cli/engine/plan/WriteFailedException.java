package systems.tasker.cli.engine.plan;

import systems.tasker.cli.plugin.TaskerException;

/**
 * Writing a plan failed part-way (disk full, permission denied, …); every change of the run was
 * rolled back (exit 1).
 */
public final class WriteFailedException extends TaskerException {

  private static final long serialVersionUID = 1L;

  private final String path;

  WriteFailedException(String path, String message, String hint, Throwable cause) {
    super(Kind.FAILURE, message, hint, cause);
    this.path = path;
  }

  /** The planned path that could not be written. */
  public String path() {
    return path;
  }
}
