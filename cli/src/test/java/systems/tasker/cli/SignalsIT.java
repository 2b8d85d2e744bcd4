package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signals during the commit of a 5,000-file {@code --force} run, sent to the jar as a process.
 * The commit is held half-way by the test hook {@link SignalGuard#TEST_PAUSE_VARIABLE}, so the
 * signal always lands after 2,500 files: no sleep, no race.
 */
class SignalsIT {

  private static final int FILES = 5000;

  @TempDir
  Path dir;

  private Path plugin;
  private Path out;
  private Path marker;

  @BeforeEach
  void firstGeneration() throws Exception {
    plugin = dir.resolve("plugin");
    out = dir.resolve("out");
    marker = dir.resolve("paused");
    Files.createDirectories(plugin.resolve("many"));
    Files.writeString(plugin.resolve("tasker-plugin.toml"), String.join("\n", "[plugin]",
        "name = \"many\"", "version = \"0.1.0\"", "description = \"Many files\"",
        "languages = [\"ruby\"]", "", "[[templates]]", "name = \"many\"", "path = \"many\"", ""));
    Files.writeString(plugin.resolve("many/template.toml"), "name = \"many\"\n[files]\ndir = \"files\"\n");
    writeFiles("old");
    assertThat(finished(start(false))).as(stderr()).isZero();
    writeFiles("new");
  }

  private void writeFiles(String content) throws IOException {
    for (int i = 0; i < FILES; i++) {
      Path file = plugin.resolve("many/files/d" + i / 100 + "/f" + i + ".txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, content + " " + i + "\n");
    }
  }

  private String[] args() {
    return new String[] {"--plugin-path", plugin.toString(), "template", "generate", "many",
        "-o", out.toString(), "--force"};
  }

  private Process startPaused() throws IOException {
    return start(true);
  }

  private int finished(Process process) throws InterruptedException {
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
    return process.exitValue();
  }

  private String stderr() throws IOException {
    return Files.readString(dir.resolve("stderr.txt"));
  }

  private Process start(boolean paused) throws IOException {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JarRunner.JAR.toString()));
    command.addAll(List.of(args()));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve("stdout.txt").toFile())
        .redirectError(dir.resolve("stderr.txt").toFile());
    builder.environment().put("HOME", dir.toString());
    builder.environment().put("TASKER_CLI_RENDER_TIMEOUT", "120");
    builder.environment().remove("XDG_CONFIG_HOME");
    if (paused) {
      builder.environment().put(SignalGuard.TEST_PAUSE_VARIABLE, FILES / 2 + ":" + marker);
    }
    return builder.start();
  }

  private void awaitPause(Process process) throws InterruptedException {
    for (int i = 0; i < 1200 && !Files.exists(marker) && process.isAlive(); i++) {
      Thread.sleep(100);
    }
    assertThat(marker).as("the commit reached its pause").exists();
  }

  private Map<String, String> tree() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(out)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(out.relativize(path).toString(), Files.readString(path));
      }
    }
    return files;
  }

  private int signalled(Process process, String signal) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start();
    assertThat(kill.waitFor()).isZero();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return process.exitValue();
  }

  @Test
  void sigtermMidCommitRollsBackSaysSoAndExits143() throws Exception {
    Map<String, String> before = tree();
    Process process = startPaused();
    awaitPause(process);

    assertThat(signalled(process, "TERM")).isEqualTo(143);

    assertThat(stderr()).isEqualTo(String.join("\n",
        "error: Interrupted while writing into " + out + " (after 2500 of 5000 files); every"
            + " change was rolled back",
        "hint: Nothing was changed in " + out, ""));
    assertThat(tree()).isEqualTo(before);
  }

  @Test
  void sigintMidCommitRollsBackAndExits130() throws Exception {
    Map<String, String> before = tree();
    Process process = startPaused();
    awaitPause(process);

    assertThat(signalled(process, "INT")).isEqualTo(130);

    assertThat(stderr()).startsWith("error: Interrupted while writing into " + out + " (after 2500 of 5000 files)");
    assertThat(tree()).isEqualTo(before);
  }

  @Test
  void afterSigkillARerunFinishesTheJobAndRemovesOurLeftovers() throws Exception {
    Process process = startPaused();
    awaitPause(process);

    assertThat(signalled(process, "KILL")).isEqualTo(137);
    // what the README says SIGKILL leaves: half the files new, backups and the lock file
    Map<String, String> killed = tree();
    assertThat(killed.values()).filteredOn(content -> content.startsWith("new"))
        .hasSize(FILES / 2);
    assertThat(killed.keySet()).anyMatch(path -> path.matches(".*\\.tasker-cli-[0-9a-f]{16}\\.bak"));

    assertThat(finished(start(false))).as(stderr()).isZero();
    Map<String, String> after = tree();
    assertThat(after).hasSize(FILES);
    assertThat(after.values()).allMatch(content -> content.startsWith("new"));
    assertThat(after.keySet()).noneMatch(path -> path.contains(".tasker-cli"));
  }
}
