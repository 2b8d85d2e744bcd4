package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A run builds only the command it names, so start-up pays for one command's model. */
class CommandsNeededTest {

  private static final String[] ALL = {
    "init", "generate", "plugin", "template", "config", "completion", "__complete", "__train"
  };

  @Test
  void theNamedCommandOnlySkippingGlobalOptionValues() {
    assertThat(TaskerCli.commandsNeededFor(new String[] {"--plugin-path", "template", "plugin", "list"}))
        .containsExactly("plugin");
    assertThat(TaskerCli.commandsNeededFor(new String[] {"-v", "--config", "x.toml", "init", "a"}))
        .containsExactly("init");
    assertThat(TaskerCli.commandsNeededFor(new String[] {"--plugin-path=plugins", "template", "list"}))
        .containsExactly("template");
  }

  @Test
  void noneForABareVersion() {
    assertThat(TaskerCli.commandsNeededFor(new String[] {"--version"})).isEmpty();
    assertThat(TaskerCli.commandsNeededFor(new String[] {"-V"})).isEmpty();
  }

  @Test
  void everyCommandForHelpAMistypedCommandOrNoCommand() {
    assertThat(TaskerCli.commandsNeededFor(new String[] {"--help"})).containsExactly(ALL);
    assertThat(TaskerCli.commandsNeededFor(new String[] {"plugn", "list"})).containsExactly(ALL);
    assertThat(TaskerCli.commandsNeededFor(new String[] {})).containsExactly(ALL);
    assertThat(TaskerCli.commandsNeededFor(new String[] {"--version", "--help"})).containsExactly(ALL);
  }
}
