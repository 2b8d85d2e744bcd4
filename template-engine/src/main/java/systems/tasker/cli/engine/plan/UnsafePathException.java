package systems.tasker.cli.engine.plan;

import systems.tasker.cli.plugin.TaskerException;

/**
 * A planned path that would leave the output directory, or is not a plain relative path: the
 * operation fails (exit 1) and nothing is written.
 */
public final class UnsafePathException extends TaskerException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final String origin;

  UnsafePathException(String origin, String path, String reason) {
    super(Kind.FAILURE,
        "Output " + origin + " has an unsafe path '" + PlannedPaths.printable(path) + "': " + reason,
        "plugins may only write relative paths inside the output directory;"
            + " check the template and the parameter values");
    this.path = path;
    this.origin = origin;
  }

  /** The offending path, as rendered. */
  public String path() {
    return path;
  }

  /** The output or tree file that produced it. */
  public String origin() {
    return origin;
  }
}
