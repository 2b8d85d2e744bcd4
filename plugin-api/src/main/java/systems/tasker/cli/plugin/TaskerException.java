package systems.tasker.cli.plugin;

import java.util.Objects;

/**
 * A failure a user can meet, with a one-line message and a hint. Subclasses name each failure;
 * the command-line layer prints message and hint (no stack trace) and exits with the code that
 * belongs to the {@link Kind}.
 */
public class TaskerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Whether the user asked for something impossible (usage) or the operation failed. */
  public enum Kind {
    /** Bad options, unknown names, missing or invalid parameters: exit 2. */
    USAGE,
    /** Validation errors, conflicts, render errors, I/O: exit 1. */
    FAILURE
  }

  private final Kind kind;
  private final String hint;

  public TaskerException(Kind kind, String message, String hint) {
    this(kind, message, hint, null);
  }

  public TaskerException(Kind kind, String message, String hint, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.hint = hint;
  }

  public Kind kind() {
    return kind;
  }

  /** How to fix it, one line, or {@code null}. */
  public String hint() {
    return hint;
  }
}
