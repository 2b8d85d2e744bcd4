package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import systems.tasker.cli.completion.CompletionScript;
import systems.tasker.cli.discovery.Environment;

class CompletionCommandTest {

  private final CliHarness cli = new CliHarness();

  @AfterEach
  void close() throws Exception {
    cli.close();
  }

  @Test
  void bashScriptCompletesEveryVisibleCommandAndRegistersItself() {
    CliHarness.Run run = cli.run("completion", "bash");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("'tasker-cli') _tc_r='init update generate plugin template remote config completion help'")
        .contains("'tasker-cli template') _tc_r='list info generate'")
        .contains("'tasker-cli plugin') _tc_r='list validate new'")
        .contains("'tasker-cli template info|0' | \\\n      'tasker-cli template generate|0')\n      _tc_r='templates'")
        .contains("'tasker-cli template list|--language'")
        .contains("__complete \"$1\"")
        .endsWith("complete -F __tasker_cli_bash tasker-cli\n");
  }

  @Test
  void zshScriptIsAnAutoloadableCompletionFunction() {
    CliHarness.Run run = cli.run("completion", "zsh");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.out())
        .startsWith("#compdef tasker-cli\n")
        .contains("'tasker-cli') _tc_r='init update generate plugin template remote config completion help'")
        .contains("'tasker-cli config') _tc_r='show'")
        .contains("compdef _tasker-cli tasker-cli");
  }

  @Test
  void theRealEntryPointPrintsTheWholeShippedScript() {
    // TaskerCli.run builds only the commands a run names; the script must still describe all.
    for (String shell : List.of("bash", "zsh")) {
      StringWriter out = new StringWriter();
      int code = TaskerCli.run(new String[] {"completion", shell},
          new BufferedReader(new StringReader("")), new PrintWriter(out),
          new PrintWriter(new StringWriter()), new Environment(cli.work, cli.home, Map.of()),
          Terminal.NONE);

      assertThat(code).isEqualTo(0);
      assertThat(out.toString()).isEqualTo(shell.equals("bash")
          ? CompletionScript.bash(DistFiles.model()) : CompletionScript.zsh(DistFiles.model()));
    }
  }

  @Test
  void anUnknownShellIsAUsageError() {
    CliHarness.Run run = cli.run("completion", "fish");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("fish").contains("bash, zsh").doesNotContain("BASH");
  }

  @Test
  void helperListsTemplateNamesOfThePluginsFound() {
    cli.plugin(cli.system.resolve("python/tasker-cli-plugin"), "tasker-contrib-python", "python");
    cli.plugin(cli.fs.getPath("/opt/extra/acme"), "acme-ruby", "ruby");

    CliHarness.Run run = cli.run("__complete", "templates", "--plugin-path", "/opt/extra");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.out()).isEqualTo("step_handler\n");
  }

  @Test
  void helperListsPluginNamesAndLanguagesSorted() {
    cli.plugin(cli.system.resolve("python/tasker-cli-plugin"), "tasker-contrib-python", "python");
    cli.plugin(cli.system.resolve("ruby/tasker-cli-plugin"), "tasker-contrib-ruby", "ruby");
    cli.write(cli.system.resolve("broken/tasker-plugin.toml"), "[plugin\n");

    assertThat(cli.run("__complete", "plugins").out())
        .isEqualTo("tasker-contrib-python\ntasker-contrib-ruby\n");
    assertThat(cli.run("__complete", "languages").out()).isEqualTo("python\nruby\n");
  }

  @Test
  void helperIsHiddenFromHelpAndSuggestions() {
    assertThat(cli.run("--help").out()).contains("completion").doesNotContain("__complete");
    assertThat(cli.run("plugins").err())
        .contains("commands: init, update, generate, plugin, template, remote, config, completion, help;");
  }
}
