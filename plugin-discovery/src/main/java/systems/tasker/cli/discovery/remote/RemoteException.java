package systems.tasker.cli.discovery.remote;

import systems.tasker.cli.plugin.TaskerException;

/** A remote cannot be used: unknown, or not fetched and not fetchable. */
public final class RemoteException extends TaskerException {

  private static final long serialVersionUID = 1L;

  public RemoteException(Kind kind, String message, String hint) {
    super(kind, message, hint);
  }

  public RemoteException(Kind kind, String message, String hint, Throwable cause) {
    super(kind, message, hint, cause);
  }
}
