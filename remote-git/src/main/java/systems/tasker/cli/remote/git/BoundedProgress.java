package systems.tasker.cli.remote.git;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.ProgressMonitor;

/**
 * Stops a fetch whose objects grow past a limit. JGit asks its progress monitor whether to go on
 * after each object it receives; this one answers no once the pack files being written are larger
 * than the limit, so a server cannot fill the disk with objects however small the checkout would
 * be. (One enormous object is still received whole before the question comes.)
 */
final class BoundedProgress implements ProgressMonitor {

  /** Lowercase words of the cancellation, for recognising it in JGit's message. */
  static final String CANCELLED = "cancel";

  /** How many updates pass between two looks at the disk. */
  private static final int CHECK_EVERY = 64;

  private final Path packDirectory;
  private final long maxBytes;
  private int updates;
  private boolean exceeded;

  BoundedProgress(Path gitDirectory, long maxBytes) {
    this.packDirectory = gitDirectory.resolve("objects").resolve("pack");
    this.maxBytes = maxBytes;
  }

  @Override
  public void start(int totalTasks) {
    // Nothing is shown.
  }

  @Override
  public void beginTask(String title, int totalWork) {
    check();
  }

  @Override
  public void update(int completed) {
    updates += completed;
    if (updates >= CHECK_EVERY) {
      updates = 0;
      check();
    }
  }

  @Override
  public void endTask() {
    check();
  }

  @Override
  public boolean isCancelled() {
    return exceeded;
  }

  @Override
  public void showDuration(boolean enabled) {
    // Nothing is shown.
  }

  private void check() {
    if (exceeded || !Files.isDirectory(packDirectory)) {
      return;
    }
    long total = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(packDirectory)) {
      for (Path file : files) {
        total += Files.size(file);
      }
    } catch (IOException e) {
      return;
    }
    exceeded = total > maxBytes;
  }
}
