package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive prompt, through a real pseudo-terminal: util-linux {@code script} runs the jar
 * with its stdin and stdout on a pty, and we type into it.
 */
class PromptPtyIT {

  record Session(int exitCode, String screen) {}

  private static Session onTerminal(Path dir, String typed, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    String command = Path.of(System.getProperty("java.home"), "bin", "java") + " -jar " + JarRunner.JAR
        + " " + String.join(" ", args);
    ProcessBuilder builder = new ProcessBuilder("script", "-qec", command, "/dev/null")
        .directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("HOME", dir.toString());
    builder.environment().put("TERM", "xterm");
    builder.environment().remove("NO_COLOR");
    builder.environment().put("TASKER_CLI_SYSTEM_PLUGINS", JarRunner.CONTRIB.toString());
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().write(typed.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String screen = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Session(process.exitValue(), screen);
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void aMissingRequiredParameterIsAskedForAndABadAnswerExplainedAndAskedAgain(@TempDir Path dir)
      throws Exception {
    Session session = onTerminal(dir, "Bad Name\nGoodName\n\n", Map.of(),
        "template", "generate", "step_handler", "--language", "ruby");

    assertThat(session.exitCode()).as(session.screen()).isEqualTo(0);
    assertThat(session.screen()).contains("Handler name as typed")
        .contains("cannot be 'Bad Name': 'Bad Name' must start with a letter and hold only"
            + " letters, digits and '_'")
        .doesNotContain("^[A-Za-z]")
        .contains("\u001b[32mcreate\u001b[0m");
    assertThat(files(dir)).contains("lib/app/step_handlers/good_name_handler.rb");
  }

  @Test
  void endOfInputAbortsWithNothingWritten(@TempDir Path dir) throws Exception {
    Session session = onTerminal(dir, "", Map.of(),
        "template", "generate", "step_handler", "--language", "python");

    assertThat(session.exitCode()).isEqualTo(2);
    assertThat(session.screen()).contains("aborted: no value given for parameter 'name'; nothing was written");
    assertThat(files(dir)).isEmpty();
  }

  @Test
  void noInputNeverPromptsOnATerminal(@TempDir Path dir) throws Exception {
    Session session = onTerminal(dir, "GoodName\n", Map.of(),
        "template", "generate", "step_handler", "--language", "ruby", "--no-input");

    assertThat(session.exitCode()).isEqualTo(2);
    assertThat(session.screen()).contains("missing required parameter 'name'").doesNotContain(" - Handler name as typed");
    assertThat(files(dir)).isEmpty();
  }

  @Test
  void noColorTurnsStylesOffEvenOnATerminal(@TempDir Path dir) throws Exception {
    Session session = onTerminal(dir, "", Map.of("NO_COLOR", "1"),
        "template", "generate", "step_handler", "--language", "ruby", "--name", "Pay");

    assertThat(session.exitCode()).isEqualTo(0);
    assertThat(session.screen()).contains("create  lib/app/step_handlers/pay_handler.rb").doesNotContain("\u001b[");
  }

  @Test
  void initWithoutALanguageAsksForItAsANumberedMenuAndOffersTheDefaultsOfTheRest(@TempDir Path dir)
      throws Exception {
    Session session = onTerminal(dir, "2\n", Map.of("NO_COLOR", "1"), "init", "shop");

    assertThat(session.exitCode()).as(session.screen()).isEqualTo(0);
    assertThat(session.screen().replace("\r\n", "\n"))
        .contains("language - the project's language:\n  1) python\n  2) ruby\n  3) rust\n"
            + "  4) typescript\nlanguage (1-4 or a name): ");
    assertThat(files(dir)).contains("shop/Gemfile", "shop/.tasker-cli.toml");
  }

  @Test
  void ctrlCAtAQuestionLeavesTheTerminalOnAFreshLineAndWritesNothing(@TempDir Path dir)
      throws Exception {
    String command = Path.of(System.getProperty("java.home"), "bin", "java") + " -jar "
        + JarRunner.JAR + " init shop";
    ProcessBuilder builder = new ProcessBuilder("script", "-qec", command, "/dev/null")
        .directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("HOME", dir.toString());
    builder.environment().put("NO_COLOR", "1");
    builder.environment().put("TASKER_CLI_SYSTEM_PLUGINS", JarRunner.CONTRIB.toString());
    Process process = builder.start();
    StringBuilder screen = new StringBuilder();
    java.io.InputStream output = process.getInputStream();
    byte[] buffer = new byte[4096];
    while (!screen.toString().contains("(1-4 or a name): ")) {
      int read = output.read(buffer);
      assertThat(read).as(screen.toString()).isPositive();
      screen.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
    }
    process.getOutputStream().write(3); // Ctrl-C, which the terminal turns into SIGINT
    process.getOutputStream().flush();
    screen.append(new String(output.readAllBytes(), StandardCharsets.UTF_8));
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(screen.toString()).isEqualTo(130);
    String afterQuestion = screen.substring(screen.indexOf("(1-4 or a name): ") + 17);
    assertThat(afterQuestion).as(screen.toString()).matches("(\\^C)?\r?\n");
    assertThat(files(dir)).isEmpty();
  }

  @Test
  void helpWrapsAtTheWidthOfTheTerminal(@TempDir Path dir) throws Exception {
    String command = "stty cols 100; " + Path.of(System.getProperty("java.home"), "bin", "java")
        + " -jar " + JarRunner.JAR + " template generate --help";
    ProcessBuilder builder = new ProcessBuilder("script", "-qec", command, "/dev/null")
        .directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("HOME", dir.toString());
    builder.environment().remove("COLUMNS");
    builder.environment().put("NO_COLOR", "1");
    Process process = builder.start();
    process.getOutputStream().close();
    String screen = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    List<String> lines = screen.lines().toList();
    assertThat(lines).as(screen)
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100))
        .anySatisfy(line -> assertThat(line.length()).isGreaterThan(80));
  }
}
