package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signals during the commit of a 5,000-file {@code --force} run, sent to the jar as a process.
 * The commit is held before its 2,501st file ({@link TreePlugin}), so the signal always lands
 * half-way: no sleep, no race.
 */
class SignalsIT {

  private static final int FILES = 5000;

  @TempDir
  Path dir;

  private TreePlugin plugin;

  @BeforeEach
  void firstGeneration() throws Exception {
    plugin = new TreePlugin(dir, dir.resolve("out"));
    plugin.files(FILES, "old");
    assertThat(TreePlugin.finished(plugin.start("first", -1))).as(plugin.stderr("first"))
        .isZero();
    plugin.files(FILES, "new");
  }

  @Test
  void sigtermMidCommitRollsBackSaysSoAndExits143() throws Exception {
    Map<String, String> before = plugin.tree();
    Process process = plugin.start("run", FILES / 2);
    plugin.awaitPause("run", process);

    assertThat(TreePlugin.signalled(process, "TERM")).isEqualTo(143);

    assertThat(plugin.stderr("run")).isEqualTo(String.join("\n",
        "error: interrupted while writing into " + plugin.out + " (after 2500 of 5000 files);"
            + " every change was rolled back",
        "hint: nothing was changed in " + plugin.out, ""));
    assertThat(plugin.tree()).isEqualTo(before);
  }

  @Test
  void sigintMidCommitRollsBackAndExits130() throws Exception {
    Map<String, String> before = plugin.tree();
    Process process = plugin.start("run", FILES / 2);
    plugin.awaitPause("run", process);

    assertThat(TreePlugin.signalled(process, "INT")).isEqualTo(130);

    assertThat(plugin.stderr("run")).startsWith("error: interrupted while writing into "
        + plugin.out + " (after 2500 of 5000 files)");
    assertThat(plugin.tree()).isEqualTo(before);
  }

  @Test
  void afterSigkillARerunFinishesTheJobAndRemovesOurLeftovers() throws Exception {
    Process process = plugin.start("run", FILES / 2);
    plugin.awaitPause("run", process);

    assertThat(TreePlugin.signalled(process, "KILL")).isEqualTo(137);
    // what the README says SIGKILL leaves: half the files new, backups and the lock file
    Map<String, String> killed = plugin.tree();
    assertThat(killed.values()).filteredOn(content -> content.startsWith("new"))
        .hasSize(FILES / 2);
    assertThat(killed.keySet())
        .anyMatch(path -> path.matches(".*\\.tasker-cli-[0-9a-f]{16}\\.bak"))
        .contains(".tasker-cli.lock");

    assertThat(TreePlugin.finished(plugin.start("rerun", -1))).as(plugin.stderr("rerun"))
        .isZero();
    Map<String, String> after = plugin.tree();
    assertThat(after).hasSize(FILES);
    assertThat(after.values()).allMatch(content -> content.startsWith("new"));
    assertThat(after.keySet()).noneMatch(path -> path.contains(".tasker-cli"));
  }
}
