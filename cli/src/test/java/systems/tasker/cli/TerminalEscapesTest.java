package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plugin metadata and values are untrusted: raw ESC sequences, 8-bit C1 controls, carriage returns
 * and bidirectional controls in them must never reach the terminal, whatever the command prints
 * (listings, info, help, errors, prompts, JSON). They are shown escaped instead.
 */
class TerminalEscapesTest {

  /** What a terminal would obey: ESC, BEL, CR, CSI (C1), right-to-left override, DEL. */
  private static final int[] OBEYED = {0x1b, 0x07, 0x0d, 0x9b, 0x202e, 0x2066, 0x7f};

  /** A TOML string holding every one of them. */
  private static final String HOSTILE =
      "Nice\\u001b]0;pwned\\u0007 \\u009b2J \\u202eevil\\u2066 \\rX\\u007f";

  private final CliHarness cli = new CliHarness();
  private final Path plugin = cli.fs.getPath("/opt/evil");

  @BeforeEach
  void hostilePlugin() {
    cli.write(plugin.resolve("tasker-plugin.toml"), String.join("\n",
        "[plugin]", "name = \"evil\"", "version = \"0.1.0\"",
        "description = \"" + HOSTILE + "\"", "language = \"ruby\"",
        "[[templates]]", "name = \"step_handler\"", "path = \"t\"",
        "description = \"" + HOSTILE + "\"", ""));
    cli.write(plugin.resolve("t/template.toml"), String.join("\n",
        "name = \"step_handler\"", "description = \"" + HOSTILE + "\"",
        "[[parameters]]", "name = \"name\"", "description = \"" + HOSTILE + "\"",
        "required = true", "pattern = \"^[A-Z]\\u001b*$\"",
        "[[parameters]]", "name = \"style\"", "description = \"" + HOSTILE + "\"",
        "choices = [\"a\\u001b[31m\", \"b\"]", "default = \"b\"",
        "[[outputs]]", "template = \"x.tera\"", "filename = \"{{ name }}.txt\"",
        "condition = \"style == '" + HOSTILE.replace("\\", "\\\\") + "'\"", ""));
    cli.write(plugin.resolve("t/x.tera"), "{{ name }}\n");
  }

  @AfterEach
  void close() throws Exception {
    cli.close();
  }

  static List<String> commands() {
    return List.of(
        "template list",
        "template list --format json",
        "template info step_handler",
        "template info step_handler --format json",
        "plugin list",
        "plugin list --format json",
        "plugin validate /opt/evil",
        "template generate step_handler --help",
        "template generate step_handler --name lower",
        "template generate step_handler --name X --style \u001b[2Jc",
        "template generate no\u001b[2Jsuch");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void noCommandPrintsWhatATerminalWouldObey(String command) {
    CliHarness.Run run = cli.run(("--plugin-path /opt/evil " + command).split(" "));

    assertThat(run.out() + run.err()).as(run.toString()).isNotEmpty();
    assertNothingObeyed(run.out());
    assertNothingObeyed(run.err());
  }

  @Test
  void theTextIsShownEscapedNotDropped() {
    CliHarness.Run info = cli.run("--plugin-path", "/opt/evil", "template", "info", "step_handler");
    CliHarness.Run help =
        cli.run("--plugin-path", "/opt/evil", "template", "generate", "step_handler", "--help");

    assertThat(info.out()).contains("  Nice\\u001b]0;pwned\\u0007 \\u009b2J \\u202eevil\\u2066"
        + " \\u000dX\\u007f\n");
    assertThat(help.out()).contains("--style=a\\u001b[31m|b").contains("Nice\\u001b]0;pwned");
  }

  @Test
  void promptsShowPluginTextEscapedToo() {
    CliHarness.Run run = cli.onTerminal("X\n\n")
        .run("--plugin-path", "/opt/evil", "template", "generate", "step_handler", "--dry-run");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.err()).contains("name - Nice\\u001b]0;pwned\\u0007");
    assertNothingObeyed(run.err());
  }

  private static void assertNothingObeyed(String printed) {
    for (int codePoint : OBEYED) {
      assertThat(printed.codePoints().anyMatch(c -> c == codePoint))
          .as("U+%04X in:%n%s", codePoint, printed).isFalse();
    }
  }
}
