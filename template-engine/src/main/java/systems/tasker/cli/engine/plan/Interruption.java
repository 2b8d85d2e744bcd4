package systems.tasker.cli.engine.plan;

import java.util.function.IntConsumer;

/**
 * Lets another thread (a signal handler) stop a commit between two files. The commit then rolls
 * back everything it did and throws {@link CommitInterruptedException}; once interrupted, no
 * commit starts. Thread-safe.
 */
public final class Interruption {

  private final IntConsumer beforeEachFile;
  private boolean requested;
  private boolean committing;

  /** An interruption nobody triggers, until {@link #interrupt()} is called. */
  public Interruption() {
    this(index -> { });
  }

  /**
   * @param beforeEachFile called by the committing thread before it writes each file, with the
   *     number written so far (tests use it to hold a commit half-way, deterministically)
   */
  public Interruption(IntConsumer beforeEachFile) {
    this.beforeEachFile = beforeEachFile;
  }

  /**
   * Asks the running commit, if any, to stop and roll back; no commit starts afterwards.
   *
   * @return whether a commit was running: the caller should then wait for it to roll back
   */
  public synchronized boolean interrupt() {
    requested = true;
    return committing;
  }

  /** Whether {@link #interrupt()} was called. */
  public synchronized boolean requested() {
    return requested;
  }

  synchronized boolean begin() {
    committing = !requested;
    return committing;
  }

  synchronized void end() {
    committing = false;
  }

  /** Called before each file; true when the commit must stop. */
  boolean stopBefore(int written) {
    beforeEachFile.accept(written);
    return requested();
  }
}
