package systems.tasker.cli.discovery.remote;

import java.util.Objects;

/**
 * A fetch that did not give a usable checkout. The message never holds credentials (fetchers pass
 * what their library says through {@link RemoteUrls#redact}).
 */
public final class FetchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why, so the caller can say what to do. */
  public enum Reason {
    /** The host or path could not be reached: offline, refused, timed out. */
    UNREACHABLE,
    /** Reached, but there is no such repository or ref. */
    NOT_FOUND,
    /** The server wants credentials that were not given or not accepted. */
    AUTH,
    /** The repository holds what tasker-cli refuses: a link out, a file too large, a bad name. */
    REFUSED,
    /** The URL is of a kind tasker-cli cannot fetch. */
    UNSUPPORTED,
    /** Anything else. */
    FAILED
  }

  private final Reason reason;

  public FetchException(Reason reason, String message) {
    this(reason, message, null);
  }

  public FetchException(Reason reason, String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }
}
