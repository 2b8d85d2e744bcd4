package systems.tasker.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import systems.tasker.cli.engine.plan.Interruption;
import systems.tasker.cli.output.ConsolePrompter;

/**
 * SIGINT and SIGTERM during a commit: the JVM runs this guard's shutdown hook, which asks the
 * commit to stop and waits until it has rolled back and {@link Main} has printed what happened;
 * the JVM then exits with 128 + the signal (130, 143). Outside a commit nothing has been written,
 * and the hook lets the JVM go at once, after ending the line a question left open. SIGKILL
 * cannot be caught: see README.
 */
final class SignalGuard {

  /**
   * For tests only: {@code FILES:MARKER} holds a commit before its FILES-th file, creates the
   * file MARKER, and waits (at most a minute) for a signal, so that a test can signal a commit
   * half-way without racing it.
   */
  static final String TEST_PAUSE_VARIABLE = "TASKER_CLI_TEST_PAUSE_COMMIT";

  private static final long ROLLBACK_WAIT_SECONDS = 120;

  private final Interruption interruption;
  private final CountDownLatch finished = new CountDownLatch(1);

  private SignalGuard(Map<String, String> environment) {
    Interruption[] self = new Interruption[1];
    String pause = environment.get(TEST_PAUSE_VARIABLE);
    self[0] = pause == null ? new Interruption() : new Interruption(written -> {
      int colon = pause.indexOf(':');
      if (written == Integer.parseInt(pause.substring(0, colon))) {
        holdUntilSignalled(self[0], Path.of(pause.substring(colon + 1)));
      }
    });
    this.interruption = self[0];
  }

  /** A guard whose hook is installed in the running JVM. */
  static SignalGuard install(Map<String, String> environment) {
    SignalGuard guard = new SignalGuard(environment);
    Runtime.getRuntime().addShutdownHook(new Thread(guard::onShutdown, "tasker-cli-signal"));
    return guard;
  }

  /** What the commands' commits listen to. */
  Interruption interruption() {
    return interruption;
  }

  /** Called by {@link Main} once the run has returned and its output is flushed. */
  void finished() {
    finished.countDown();
  }

  private void onShutdown() {
    if (ConsolePrompter.waitingForAnswer()) {
      // Ctrl-C at a question: the shell's prompt starts on a fresh line, not after ours
      System.err.println();
      System.err.flush();
    }
    if (interruption.interrupt()) {
      try {
        finished.await(ROLLBACK_WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException stop) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void holdUntilSignalled(Interruption interruption, Path marker) {
    try {
      Files.createFile(marker);
      for (int i = 0; i < 6000 && !interruption.requested(); i++) {
        Thread.sleep(10);
      }
    } catch (IOException | InterruptedException ignored) {
      // a test hook: carry on with the commit
    }
  }
}
