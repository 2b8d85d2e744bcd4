package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A run builds only the command it names, so start-up pays for one command's model. */
class CommandsNeededTest {

  private static final String[] ALL = {
    "init", "update",
    "generate", "generate handler", "generate template",
    "plugin", "plugin list", "plugin validate", "plugin new",
    "template", "template list", "template info", "template generate",
    "remote", "remote list", "remote add", "remote remove", "remote update",
    "config", "config show",
    "completion", "help", "__complete", "__train"
  };

  @Test
  void theNamedCommandOnlySkippingGlobalOptionValues() {
    assertThat(TaskerCli.commandsNeededFor(new String[] {"--plugin-path", "template", "plugin", "list"}))
        .containsExactlyInAnyOrder("plugin", "plugin list");
    assertThat(TaskerCli.commandsNeededFor(new String[] {"-v", "--config", "x.toml", "init", "a"}))
        .containsExactly("init");
    assertThat(TaskerCli.commandsNeededFor(new String[] {"--plugin-path=plugins", "template", "generate", "x"}))
        .containsExactlyInAnyOrder("template", "template generate");
    assertThat(TaskerCli.commandsNeededFor(new String[] {"--format", "table", "plugin", "list"}))
        .containsExactlyInAnyOrder("plugin", "plugin list");
  }

  @Test
  void everyVerbOfANounWhenTheVerbIsMissingOrMistyped() {
    assertThat(TaskerCli.commandsNeededFor(new String[] {"plugin"}))
        .containsExactly("plugin", "plugin list", "plugin validate", "plugin new");
    assertThat(TaskerCli.commandsNeededFor(new String[] {"config", "shw"}))
        .containsExactly("config", "config show");
  }

  @Test
  void noneForABareVersion() {
    assertThat(TaskerCli.commandsNeededFor(new String[] {"--version"})).isEmpty();
    assertThat(TaskerCli.commandsNeededFor(new String[] {"-V"})).isEmpty();
  }

  @Test
  void everyCommandForHelpAMistypedCommandNoCommandOrTraining() {
    assertThat(TaskerCli.commandsNeededFor(new String[] {"--help"})).containsExactly(ALL);
    // The completion script describes every command.
    assertThat(TaskerCli.commandsNeededFor(new String[] {"completion", "bash"})).containsExactly(ALL);
    assertThat(TaskerCli.commandsNeededFor(new String[] {"plugn", "list"})).containsExactly(ALL);
    assertThat(TaskerCli.commandsNeededFor(new String[] {})).containsExactly(ALL);
    assertThat(TaskerCli.commandsNeededFor(new String[] {"--version", "--help"})).containsExactly(ALL);
    assertThat(TaskerCli.commandsNeededFor(new String[] {"__train"})).containsExactly(ALL);
  }

  @Test
  void theRunPathAnswersLikeTheFullModel() throws Exception {
    try (CliHarness cli = new CliHarness()) {
      cli.plugin(cli.system.resolve("ruby/tasker-cli-plugin"), "tasker-contrib-ruby", "ruby");
      java.io.StringWriter out = new java.io.StringWriter();
      java.io.StringWriter err = new java.io.StringWriter();
      String[] args = {"template", "info", "step_handler"};
      int code = TaskerCli.execute(TaskerCli.commandLine(
          new java.io.BufferedReader(new java.io.StringReader("")), new java.io.PrintWriter(out, true),
          new java.io.PrintWriter(err, true),
          new systems.tasker.cli.discovery.Environment(cli.work, cli.home, java.util.Map.of()),
          Terminal.NONE, BuiltinPlugin.none(), TaskerCli.commandsNeededFor(args),
          new systems.tasker.cli.engine.plan.Interruption()), args);

      assertThat(code).isEqualTo(0);
      assertThat(out.toString()).isEqualTo(cli.run(args).out());
      assertThat(err.toString()).isEmpty();
    }
  }
}
