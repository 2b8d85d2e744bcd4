package systems.tasker.cli.engine;

import systems.tasker.cli.plugin.TaskerException;

/**
 * A parameter value that is unknown, missing, of the wrong type, outside its choices or not
 * matching its pattern: a usage error (exit 2).
 */
public final class InvalidParameterException extends TaskerException {

  private static final long serialVersionUID = 1L;

  private final String parameter;

  InvalidParameterException(String parameter, String message, String hint) {
    super(Kind.USAGE, message, hint);
    this.parameter = parameter;
  }

  /** The parameter name as the user or the template wrote it. */
  public String parameter() {
    return parameter;
  }
}
