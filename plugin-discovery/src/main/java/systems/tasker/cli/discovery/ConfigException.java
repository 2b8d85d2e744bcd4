package systems.tasker.cli.discovery;

import java.util.List;
import systems.tasker.cli.plugin.Diagnostic;
import systems.tasker.cli.plugin.TaskerException;

/**
 * The configuration file cannot be used: it is missing (when named with {@code --config}),
 * unreadable, not valid TOML, or holds a value of the wrong type. The message carries the first
 * problem with its {@code file:line:column}; {@link #diagnostics()} holds all of them.
 */
public final class ConfigException extends TaskerException {

  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  ConfigException(List<Diagnostic> errors) {
    super(Kind.USAGE, message(errors), errors.get(0).hint());
    this.diagnostics = List.copyOf(errors);
  }

  /** Every problem found, in file order. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String message(List<Diagnostic> errors) {
    Diagnostic first = errors.get(0);
    String more = errors.size() == 1 ? "" : " (and " + (errors.size() - 1) + " more)";
    return first.location() + ": " + first.message() + more;
  }
}
