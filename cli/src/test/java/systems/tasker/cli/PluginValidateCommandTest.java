package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PluginValidateCommandTest {

  private final CliHarness cli = new CliHarness();

  @AfterEach
  void close() throws Exception {
    cli.close();
  }

  @Test
  void aCleanPluginIsValid() {
    cli.plugin(cli.work.resolve("good"), "good-plugin", "ruby");

    CliHarness.Run run = cli.run("plugin", "validate", "good");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.out()).isEqualTo("valid: good-plugin (0 errors, 0 warnings)\n");
  }

  @Test
  void errorsAreGroupedByFileWithLineColumnAndHintAndExitOne() {
    Path plugin = cli.plugin(cli.work.resolve("bad"), "good-plugin", "ruby");
    cli.write(plugin.resolve("tasker-plugin.toml"), String.join("\n",
        "[plugin]",
        "name = \"Bad Name\"",
        "version = \"1.0\"",
        "description = \"x\"",
        "language = \"ruby\"",
        "",
        "[[templates]]",
        "name = \"step_handler\"",
        "path = \"templates/step_handler\"",
        "discription = \"typo\"",
        ""));

    CliHarness.Run run = cli.run("plugin", "validate", "bad");

    assertThat(run.exitCode()).isEqualTo(1);
    String manifest = "/work/project/bad/tasker-plugin.toml";
    assertThat(run.out()).startsWith(manifest + "\n");
    assertThat(run.out()).contains("  " + manifest + ":2:8: error: ");
    assertThat(run.out()).contains("  " + manifest + ":3:11: error: ");
    assertThat(run.out()).contains("  " + manifest + ":10:1: warning: ");
    assertThat(run.out()).contains("did you mean 'description'?");
    assertThat(run.out()).contains("    hint: ");
    assertThat(run.out()).endsWith("invalid: Bad Name (2 errors, 1 warning)\n");
  }

  /**
   * Issue 12's acceptance: a plugin with ten different mistakes, in its manifest and in its
   * template, gets all ten reported in one run, each at its line and column, and exit 1.
   */
  @Test
  void tenDifferentMistakesAreAllReportedInOneRunEachAtItsLine() {
    Path plugin = cli.work.resolve("ten");
    cli.write(plugin.resolve("tasker-plugin.toml"), String.join("\n",
        "[plugin]",
        "name = \"ten\"",
        "version = 1.0",                                        // 1: not a string
        "description = \"Ten mistakes\"",
        "languages = [\"ruby\", 5]",                            // 2: item 2 not a string
        "",
        "[[templates]]",
        "name = \"step_handler\"",
        "path = \"templates/step_handler\"",
        "description = \"A step handler\"",
        ""));
    cli.write(plugin.resolve("templates/step_handler/handler.tera"), "{{ name }}\n");
    cli.write(plugin.resolve("templates/step_handler/template.toml"), String.join("\n",
        "name = \"step_handler\"",
        "description = \"Generate a step handler\"",
        "",
        "[[parameters]]",
        "name = \"name\"",
        "required = \"yes\"",                                   // 3: not true or false
        "pattern = \"[A-Z\"",                                   // 4: not a regular expression
        "",
        "[[parameters]]",
        "name = \"retries\"",
        "type = \"integer\"",
        "default = \"three\"",                                  // 5: not an integer
        "",
        "[[parameters]]",
        "name = \"kind\"",
        "choices = [\"api\", \"batch\"]",
        "default = \"queue\"",                                  // 6: not a choice
        "",
        "[[parameters]]",
        "name = \"style\"",
        "type = \"strnig\"",                                    // 7: no such type
        "",
        "[[outputs]]",
        "template = \"handler.tera\"",
        "filename = \"{{ name }}.rb\"",
        "subdir = \"../../x\"",                                 // 8: leaves the output directory
        "condition = \"kind ==\"",                              // 9: not an expression
        "",
        "[[outputs]]",
        "template = \"missing.tera\"",                          // 10: no such file
        "filename = \"other.rb\"",
        ""));

    CliHarness.Run run = cli.run("plugin", "validate", "ten");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    Approvals.verify(run.out());
  }

  /** A plugin whose step_handler template has {@code handler} and these lines of template.toml. */
  private void pluginWith(Path directory, String name, String handler, String... toml) {
    Path plugin = cli.plugin(directory, name, "ruby");
    cli.write(plugin.resolve("templates/step_handler/handler.tera"), handler);
    cli.write(plugin.resolve("templates/step_handler/template.toml"), String.join("\n", toml));
  }

  /** Writes a dialect A template with a string parameter restricted by its enum, plus extra. */
  private void dialectAPlugin(String extraParameter) {
    pluginWith(cli.system.resolve("ruby/tasker-cli-plugin"), "enum-plugin", "{{ kind }}\n",
        "[template]",
        "name = \"step_handler\"",
        "description = \"Generate a step handler\"",
        "[parameters]",
        "name = { type = \"string\", required = true }",
        "kind = { type = \"string\", enum = [\"api\", \"batch\"], default = \"api\" }",
        extraParameter,
        "[outputs]",
        "handler = { template = \"handler.tera\", path = \"{{ name }}.txt\" }",
        "");
  }

  @Test
  void theEnumOfAStringParameterIsEnforcedAtGeneration() {
    dialectAPlugin("");

    CliHarness.Run refused = cli.run("template", "generate", "step_handler", "--name", "a",
        "--kind", "queue", "--dry-run");
    CliHarness.Run taken = cli.run("template", "generate", "step_handler", "--name", "a",
        "--kind", "batch", "--dry-run");

    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
    assertThat(refused.err()).contains("must be one of api, batch; got 'queue'");
    assertThat(taken.exitCode()).as(taken.toString()).isEqualTo(0);
  }

  @Test
  void aDefaultThatDoesNotFitItsTypeIsReportedAsThePluginsMistake() {
    dialectAPlugin("retries = { type = \"integer\", default = \"three\" }");

    CliHarness.Run validate = cli.run("plugin", "validate",
        cli.system.resolve("ruby/tasker-cli-plugin").toString());
    CliHarness.Run generate = cli.run("template", "generate", "step_handler", "--name", "a",
        "--dry-run");

    assertThat(validate.exitCode()).isEqualTo(1);
    assertThat(validate.out()).contains("template.toml:7:41: error: default of parameter"
        + " 'retries' must be an integer, not a string \"three\" [parameter-default-type]");
    assertThat(generate.exitCode()).as(generate.toString()).isEqualTo(1);
    assertThat(generate.err()).startsWith("error: template 'step_handler' of plugin enum-plugin"
        + " is broken: ").contains("template.toml:7:41: default of parameter 'retries' must be an"
        + " integer").doesNotContain("Parameter 'retries' must be");
  }

  @Test
  void theChecksOfRenderingPointAtTheKeyTheyAreAbout() throws Exception {
    pluginWith(cli.work.resolve("keys"), "keys", "{{ name }}\n",
        "name = \"step_handler\"",
        "description = \"Generate a step handler\"",
        "",
        "[[parameters]]",
        "name = \"name\"",
        "required = true",
        "",
        "[[outputs]]",
        "template = \"handler.tera\"",
        "filename = \"{{ name }.txt\"",
        "subdir = \"{{ folder }}\"",
        "",
        "[[patches]]",
        "file = \"index.txt\"",
        "append = true",
        "insert = \"{{ name }}\"",
        "condition = \"name = 'x'\"",
        "");

    CliHarness.Run run = cli.run("plugin", "validate", "keys", "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    JsonNode diagnostics = new ObjectMapper().readTree(run.out()).get("results").get(0)
        .get("diagnostics");
    assertThat(diagnostics).extracting(d -> d.get("code").asText() + " "
            + d.get("file").asText().replace("/work/project/keys/templates/step_handler/", "")
            + ":" + d.get("line").asInt() + ":" + d.get("column").asInt())
        .containsExactly(
            "template-syntax template.toml:10:1",
            "template-unknown-variable template.toml:11:1",
            "condition-invalid template.toml:17:1");
    assertThat(diagnostics.get(2).get("message").asText()).isEqualTo("condition 'name = 'x''"
        + " of patch 1 ('index.txt') is not a valid expression: '=' is not expected there"
        + " (compare with ==)");
  }

  @Test
  void strictTurnsWarningsIntoFailure() {
    Path plugin = cli.plugin(cli.work.resolve("warned"), "warned", "cobol");

    CliHarness.Run lenient = cli.run("plugin", "validate", plugin.toString());
    CliHarness.Run strict = cli.run("plugin", "validate", "--strict", plugin.toString());

    assertThat(lenient.exitCode()).isEqualTo(0);
    assertThat(lenient.out()).contains("warning: ").contains("valid: warned (0 errors, 1 warning)");
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out()).contains("invalid: warned (0 errors, 1 warning, --strict)");
  }

  @Test
  void aPathThatIsNotAPluginIsAnErrorNotACrash() {
    cli.write("notes.txt", "hello");
    cli.write("empty/.keep", "");

    CliHarness.Run run = cli.run("plugin", "validate", "notes.txt", "empty", "missing");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("/work/project/notes.txt: error: not a directory [not-a-directory]");
    assertThat(run.out()).contains("/work/project/empty: error: no tasker-plugin.toml in this directory [manifest-missing]");
    assertThat(run.out()).contains("/work/project/missing: error: no such directory [path-not-found]");
  }

  @Test
  void jsonListsEveryResultWithPositions() throws Exception {
    cli.plugin(cli.work.resolve("good"), "good-plugin", "ruby");
    cli.write("broken/tasker-plugin.toml", "[plugin]\nname = \"x\"\nversion = \"1.0.0\"\nlanguage = \n");

    CliHarness.Run run = cli.run("plugin", "validate", "good", "broken", "--format", "json");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode results = new ObjectMapper().readTree(run.out()).get("results");
    assertThat(results).hasSize(2);
    assertThat(results.get(0).get("plugin").asText()).isEqualTo("good-plugin");
    assertThat(results.get(0).get("valid").asBoolean()).isTrue();
    assertThat(results.get(0).get("diagnostics")).isEmpty();
    JsonNode diagnostic = results.get(1).get("diagnostics").get(0);
    assertThat(results.get(1).get("valid").asBoolean()).isFalse();
    assertThat(diagnostic.get("severity").asText()).isEqualTo("error");
    assertThat(diagnostic.get("code").asText()).isEqualTo("manifest-syntax");
    assertThat(diagnostic.get("file").asText()).isEqualTo("/work/project/broken/tasker-plugin.toml");
    assertThat(diagnostic.get("line").asInt()).isEqualTo(4);
    assertThat(diagnostic.get("column").isNumber()).isTrue();
  }

  @Test
  void noPathIsAUsageError() {
    CliHarness.Run run = cli.run("plugin", "validate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: plugin validate needs PATH\n");
  }

  @Test
  void aSmokeRenderThatRunsAwayStopsAtTheTimeBudget() {
    Path plugin = cli.work.resolve("runaway");
    cli.write(plugin.resolve("tasker-plugin.toml"), String.join("\n",
        "[plugin]", "name = \"runaway\"", "version = \"0.1.0\"", "description = \"Hangs\"",
        "languages = [\"ruby\"]", "", "[[templates]]", "name = \"spin\"", "path = \"spin\"",
        "description = \"Spins\"", ""));
    cli.write(plugin.resolve("spin/template.toml"), String.join("\n",
        "name = \"spin\"", "description = \"Spins\"", "[[outputs]]", "template = \"spin.tera\"",
        "filename = \"spin.txt\"", ""));
    cli.write(plugin.resolve("spin/spin.tera"),
        "{% for i in range(0, 999999) %}{{ range(0, 999999) | length }}{% endfor %}");
    cli.variables.put("TASKER_CLI_RENDER_TIMEOUT", "0.3");

    CliHarness.Run run = cli.run("plugin", "validate", "runaway");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("  /work/project/runaway/spin/spin.tera:1: error: rendering"
        + " with sample values {} failed: could not render 'spin.tera' line 1: stopped after"
        + " 300 ms, the time budget of one generation [template-render-failed]\n");
  }
}
