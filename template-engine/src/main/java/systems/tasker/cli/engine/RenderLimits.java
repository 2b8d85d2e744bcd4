package systems.tasker.cli.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * The budget of one generation's rendering: a plugin's templates are untrusted, so a loop without
 * end or a macro bomb must stop with an error instead of running until killed. The memory side of
 * the budget is fixed (see {@link #MAX_LIST_ITEMS}, {@link #MAX_FILE_BYTES},
 * {@link #MAX_PLAN_BYTES}); the time is the caller's to choose.
 *
 * @param time the wall-clock time every template of one generation may take together
 */
public record RenderLimits(Duration time) {

  /** The time budget when nobody chooses one: far above what any real template needs. */
  public static final Duration DEFAULT_TIME = Duration.ofSeconds(10);

  /** The defaults. */
  public static final RenderLimits DEFAULT = new RenderLimits(DEFAULT_TIME);

  /**
   * The most loop iterations, macro calls and includes one generation may run: counting them
   * makes a runaway loop stop the same way on every machine, before the clock does.
   */
  public static final long MAX_STEPS = 1_000_000;

  /** The most items a list may hold, whether built by {@code range} or by {@code +}. */
  public static final int MAX_LIST_ITEMS = 1_000_000;

  /** The largest file a plugin may supply or a template may render: 16 MiB. */
  public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

  /** The most bytes all planned files of one generation may hold together: 64 MiB. */
  public static final long MAX_PLAN_BYTES = 64L * 1024 * 1024;

  public RenderLimits {
    Objects.requireNonNull(time, "time");
    if (time.isNegative() || time.isZero()) {
      throw new IllegalArgumentException("the time budget must be positive: " + time);
    }
  }

  /** A human reading of the time budget: {@code 5 s}, {@code 250 ms}. */
  String describeTime() {
    long millis = time.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
