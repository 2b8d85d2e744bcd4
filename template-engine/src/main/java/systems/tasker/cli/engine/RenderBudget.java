package systems.tasker.cli.engine;

import io.pebbletemplates.pebble.error.PebbleException;

/**
 * The spending side of {@link RenderLimits} for one generation: every loop iteration, macro call
 * and include takes a step, and each step checks the clock. Pebble has no hook for this, so the
 * sandbox puts one into the nodes that repeat ({@link SandboxExtension}).
 */
final class RenderBudget {

  private final RenderLimits limits;
  private final long deadline;
  private long steps;

  RenderBudget(RenderLimits limits) {
    this.limits = limits;
    this.deadline = System.nanoTime() + limits.time().toNanos();
  }

  /** One more repetition; fails when the step count or the time is spent. */
  void step(String templateName, int lineNumber) {
    if (++steps > RenderLimits.MAX_STEPS) {
      throw new BudgetExceededException("stopped after " + RenderLimits.MAX_STEPS
          + " loop iterations, macro calls and includes, the most one generation may run",
          lineNumber, templateName);
    }
    if (System.nanoTime() - deadline > 0) {
      throw new BudgetExceededException("stopped after " + limits.describeTime()
          + ", the time budget of one generation", lineNumber, templateName);
    }
  }

  /** Fails when a list of {@code items} would be larger than a list may be. */
  static void checkListSize(long items, String what, String templateName, int lineNumber) {
    if (items > RenderLimits.MAX_LIST_ITEMS) {
      throw new BudgetExceededException(what + " would hold " + items + " items, more than the "
          + RenderLimits.MAX_LIST_ITEMS + " a list may hold", lineNumber, templateName);
    }
  }

  /** A template spent more than its budget: the message says which part. */
  static final class BudgetExceededException extends PebbleException {

    private static final long serialVersionUID = 1L;

    BudgetExceededException(String message, int lineNumber, String templateName) {
      super(null, message, lineNumber, templateName);
    }
  }
}
