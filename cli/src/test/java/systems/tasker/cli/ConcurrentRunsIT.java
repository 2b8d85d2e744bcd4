package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processes writing into the same new directory: the operating system's lock decides. */
class ConcurrentRunsIT {

  @TempDir
  Path dir;

  @Test
  void theSecondRunFailsAtOnceAndTheFirstStillRollsBackToNothing() throws Exception {
    TreePlugin plugin = new TreePlugin(dir, dir.resolve("new-project"));
    plugin.files(20, "x");
    Process first = plugin.start("first", 10);
    plugin.awaitPause("first", first);

    Process second = plugin.start("second", -1);

    assertThat(TreePlugin.finished(second)).isEqualTo(1);
    assertThat(plugin.stderr("second")).isEqualTo(String.join("\n",
        "error: another tasker-cli run is writing into " + plugin.out + "; nothing was written",
        "hint: run again once it has finished", ""));
    assertThat(plugin.tree()).hasSize(11).containsKey(".tasker-cli.lock");

    assertThat(TreePlugin.signalled(first, "TERM")).isEqualTo(143);
    assertThat(plugin.stderr("first")).isEqualTo(String.join("\n",
        "error: interrupted while writing into " + plugin.out + " (after 10 of 20 files); every"
            + " change was rolled back",
        "hint: nothing was changed in " + plugin.out, ""));
    assertThat(plugin.out).doesNotExist();
  }
}
