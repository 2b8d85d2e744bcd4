package systems.tasker.cli.command;

/** The process exit codes, named in one place (docs/architecture.md, "Exit codes and errors"). */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;
  /** The operation failed: validation errors, conflicts, render errors, I/O. */
  public static final int FAILURE = 1;
  /** Usage error: bad options, unknown template/plugin/profile, missing or invalid parameter. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
