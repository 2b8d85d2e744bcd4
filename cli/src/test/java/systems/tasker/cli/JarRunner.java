package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the built jar, or any command, as a separate process, as a user's shell would. */
final class JarRunner {

  static final Path JAR = Path.of("target", "tasker-cli.jar").toAbsolutePath();
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  static final Path CONTRIB = REPO.resolve("contrib-plugins");

  record Result(int exitCode, String out, String err) {}

  private JarRunner() {}

  /** {@code java -jar tasker-cli.jar args…} in {@code workingDirectory}, with a clean home. */
  static Result run(Path workingDirectory, Path home, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return exec(workingDirectory, home, 120, command);
  }

  /** Any command, with {@code HOME} set and the bundled plugins as the system plugins. */
  static Result exec(Path workingDirectory, Path home, int timeoutSeconds, List<String> command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
    builder.environment().put("HOME", home.toString());
    builder.environment().remove("XDG_CONFIG_HOME");
    builder.environment().remove("XDG_CACHE_HOME");
    builder.environment().put("TASKER_CLI_SYSTEM_PLUGINS", CONTRIB.toString());
    Path out = Files.createTempFile("tasker-cli-out", ".txt");
    Path err = Files.createTempFile("tasker-cli-err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    assertThat(finished).as("%s finished within %d s", command, timeoutSeconds).isTrue();
    Result result = new Result(process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return result;
  }
}
