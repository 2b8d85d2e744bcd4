package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.approvaltests.Approvals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HelpAndVersionTest {

  private final CliHarness cli = new CliHarness();

  @AfterEach
  void close() throws Exception {
    cli.close();
  }

  @Test
  void topLevelHelp() {
    CliHarness.Run run = cli.run("--help");

    assertThat(run.exitCode()).isEqualTo(0);
    Approvals.verify(run.out());
  }

  @Test
  void pluginValidateHelp() {
    CliHarness.Run run = cli.run("plugin", "validate", "--help");

    assertThat(run.exitCode()).isEqualTo(0);
    Approvals.verify(run.out());
  }

  @Test
  void versionComesFromTheBuild() {
    CliHarness.Run run = cli.run("--version");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).matches("tasker-cli \\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?\n");
  }

  @Test
  void noCommandIsAUsageErrorThatListsTheCommands() {
    CliHarness.Run run = cli.run();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: missing command");
  }

  @Test
  void aNounWithoutAVerbListsTheVerbs() {
    CliHarness.Run run = cli.run("plugin");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: missing subcommand; choose one of: list, validate");
  }

  @Test
  void aMistypedCommandGetsASuggestion() {
    CliHarness.Run run = cli.run("templte", "list");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: unknown command 'templte', did you mean 'template'?\n");
  }

  @Test
  void aMistypedOptionGetsASuggestion() {
    CliHarness.Run run = cli.run("template", "list", "--languge", "ruby");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: unknown option '--languge', did you mean '--language'?\n");
  }
}
