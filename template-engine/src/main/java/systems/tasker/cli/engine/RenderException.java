package systems.tasker.cli.engine;

import systems.tasker.cli.plugin.TaskerException;

/**
 * A template that could not be rendered: a syntax error, an undefined variable, a refused Java
 * access or include, output over the size cap, a path segment that renders empty (exit 1).
 */
public final class RenderException extends TaskerException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final Integer line;
  private final String problem;

  RenderException(String file, Integer line, String problem, String hint, Throwable cause) {
    super(Kind.FAILURE, "could not render " + where(file, line) + ": " + problem, hint, cause);
    this.file = file;
    this.line = line;
    this.problem = problem;
  }

  /** What went wrong, without where. */
  public String problem() {
    return problem;
  }

  private static String where(String file, Integer line) {
    return "'" + file + "'" + (line == null ? "" : " line " + line);
  }

  /** The template file (relative to the template directory) or pattern that failed. */
  public String file() {
    return file;
  }

  /** The 1-based line, or {@code null} when unknown. */
  public Integer line() {
    return line;
  }
}
