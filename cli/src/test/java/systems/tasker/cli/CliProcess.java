package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The built jar as a user's process: a fresh home (configuration in ~/.config, cache in
 * ~/.cache), a working directory, and no system plugins, so only what a test sets up is found.
 */
final class CliProcess {

  final Path home;
  final Path work;
  final Path noSystemPlugins;
  /** Options for the JVM, before {@code -jar}. */
  final List<String> jvmOptions = new ArrayList<>();
  private final Path dir;

  record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  CliProcess(Path dir) throws IOException {
    this.dir = dir;
    home = Files.createDirectories(dir.resolve("home"));
    work = Files.createDirectories(dir.resolve("work"));
    noSystemPlugins = Files.createDirectories(dir.resolve("no-system-plugins"));
  }

  Result run(String... args) throws IOException, InterruptedException {
    return start(args).await();
  }

  Running start(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", JarRunner.JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
    builder.environment().put("HOME", home.toString());
    builder.environment().remove("XDG_CONFIG_HOME");
    builder.environment().remove("XDG_CACHE_HOME");
    builder.environment().put("TASKER_CLI_SYSTEM_PLUGINS", noSystemPlugins.toString());
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    return new Running(process, out, err);
  }

  /** A process started, not yet awaited. */
  record Running(Process process, Path out, Path err) {
    Result await() throws IOException, InterruptedException {
      boolean finished = process.waitFor(120, TimeUnit.SECONDS);
      if (!finished) {
        process.destroyForcibly();
      }
      assertThat(finished).as("finished within 120 s").isTrue();
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    }
  }
}
