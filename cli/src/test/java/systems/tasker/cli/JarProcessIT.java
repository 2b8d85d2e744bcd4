package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the built, self-contained jar as its own process, with nothing else on the class path. */
class JarProcessIT {

  static final Path JAR = Path.of("target", "tasker-cli.jar").toAbsolutePath();
  static final Path CONTRIB = Path.of("..", "contrib-plugins").toAbsolutePath().normalize();

  record Result(int exitCode, String out, String err) {}

  static Result run(Path workingDirectory, Path home, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
    builder.environment().put("HOME", home.toString());
    builder.environment().remove("XDG_CONFIG_HOME");
    builder.environment().put("TASKER_CLI_SYSTEM_PLUGINS", CONTRIB.toString());
    Path out = Files.createTempFile("tasker-cli-out", ".txt");
    Path err = Files.createTempFile("tasker-cli-err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("process finished").isTrue();
    Result result = new Result(process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return result;
  }

  @Test
  void versionRunsFromTheJarAlone(@TempDir Path dir) throws Exception {
    Result result = run(dir, dir, "--version");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).matches("tasker-cli \\d+\\.\\d+\\.\\d+.*\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void pluginListFindsTheBundledPluginsAndPrintsNoLoggingNoise(@TempDir Path dir) throws Exception {
    Result result = run(dir, dir, "plugin", "list");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).contains("tasker-contrib-ruby").contains("tasker-contrib-python")
        .contains("tasker-contrib-typescript").contains("tasker-contrib-rust")
        .contains("tasker-cli-builtin");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void theBundledPluginsValidateStrictly(@TempDir Path dir) throws Exception {
    List<String> args = new ArrayList<>(List.of("plugin", "validate", "--strict"));
    for (String language : List.of("ruby", "python", "typescript", "rust", "ops")) {
      args.add(CONTRIB.resolve(language).resolve("tasker-cli-plugin").toString());
    }

    Result result = run(dir, dir, args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.out()).isEqualTo(0);
    assertThat(result.out()).contains("valid: tasker-contrib-ops (0 errors, 0 warnings)");
  }

  @Test
  void aUsageErrorExitsTwoWithoutAStackTrace(@TempDir Path dir) throws Exception {
    Result result = run(dir, dir, "template", "info", "no-such-template");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("error: unknown template 'no-such-template'")
        .doesNotContain("\tat ");
  }
}
