package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TemplateCommandsTest {

  private final CliHarness cli = new CliHarness();

  @BeforeEach
  void plugins() {
    cli.plugin(cli.system.resolve("ruby/tasker-cli-plugin"), "tasker-contrib-ruby", "ruby");
    cli.plugin(cli.system.resolve("python/tasker-cli-plugin"), "tasker-contrib-python", "python");
    cli.plugin(cli.work.resolve(".tasker-cli/plugins/acme"), "acme-ruby", "ruby");
  }

  @AfterEach
  void close() throws Exception {
    cli.close();
  }

  @Test
  void listShowsEveryTemplateOfEveryActivePlugin() {
    CliHarness.Run run = cli.run("template", "list");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).isEqualTo(String.join("\n",
        "NAME          LANGUAGES  PLUGIN                 DESCRIPTION",
        "step_handler  ruby       acme-ruby              A ruby step handler",
        "step_handler  python     tasker-contrib-python  A python step handler",
        "step_handler  ruby       tasker-contrib-ruby    A ruby step handler",
        ""));
  }

  @Test
  void listFiltersByLanguageAndPlugin() throws Exception {
    CliHarness.Run python = cli.run("template", "list", "--language", "python", "--format", "json");
    CliHarness.Run plugin = cli.run("template", "list", "--plugin", "tasker-contrib-ruby", "--format", "json");

    JsonNode pythonTemplates = new ObjectMapper().readTree(python.out()).get("templates");
    assertThat(pythonTemplates).hasSize(1);
    assertThat(pythonTemplates.get(0).get("plugin").asText()).isEqualTo("tasker-contrib-python");
    assertThat(pythonTemplates.get(0).get("path").asText())
        .isEqualTo("/usr/local/share/tasker-cli/plugins/python/tasker-cli-plugin/templates/step_handler");
    JsonNode rubyTemplates = new ObjectMapper().readTree(plugin.out()).get("templates");
    assertThat(rubyTemplates).hasSize(1);
    assertThat(rubyTemplates.get(0).get("languages").get(0).asText()).isEqualTo("ruby");
  }

  @Test
  void listWithNothingMatchingSaysSo() {
    CliHarness.Run run = cli.run("template", "list", "--language", "rust");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("no templates found for language rust\n");
  }

  @Test
  void infoShowsParametersAndOutputs() {
    CliHarness.Run run = cli.run("template", "info", "Step-Handler", "--language", "python");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    Approvals.verify(run.out());
  }

  @Test
  void infoJsonHasTheStableShape() throws Exception {
    CliHarness.Run run = cli.run("template", "info", "step_handler", "--plugin", "tasker-contrib-ruby",
        "--format", "json");

    JsonNode info = new ObjectMapper().readTree(run.out());
    assertThat(info.get("name").asText()).isEqualTo("step_handler");
    assertThat(info.get("plugin").asText()).isEqualTo("tasker-contrib-ruby");
    assertThat(info.get("plugin_version").asText()).isEqualTo("1.2.0");
    JsonNode name = info.get("parameters").get(0);
    assertThat(name.get("name").asText()).isEqualTo("name");
    assertThat(name.get("type").asText()).isEqualTo("string");
    assertThat(name.get("required").asBoolean()).isTrue();
    assertThat(name.get("default").isNull()).isTrue();
    assertThat(name.get("pattern").asText()).isEqualTo("^[A-Za-z][A-Za-z0-9_]*$");
    assertThat(info.get("parameters").get(1).get("default").asText()).isEqualTo("handlers");
    JsonNode output = info.get("outputs").get(0);
    assertThat(output.get("template").asText()).isEqualTo("handler.tera");
    assertThat(output.get("path").asText()).isEqualTo("{{ module_name }}/{{ name | snake_case }}_handler.txt");
    assertThat(output.get("condition").isNull()).isTrue();
  }

  @Test
  void infoPicksTheHighestPriorityPluginAndVerboseNamesThePassedOver() {
    CliHarness.Run quiet = cli.run("template", "info", "step_handler", "--language", "ruby");
    CliHarness.Run verbose = cli.run("template", "info", "step_handler", "--language", "ruby", "-v");

    assertThat(quiet.out()).startsWith("step_handler  (acme-ruby 1.2.0, project)\n");
    assertThat(quiet.err()).isEmpty();
    assertThat(verbose.err()).contains("passed over tasker-contrib-ruby (system, "
        + "/usr/local/share/tasker-cli/plugins/ruby/tasker-cli-plugin/templates/step_handler)");
  }

  @Test
  void generateWithVerboseNamesThePassedOverPluginOnce() {
    CliHarness.Run run = cli.run("template", "generate", "step_handler", "--language", "ruby",
        "--name", "Pay", "-o", "out", "-v");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.err().split("passed over tasker-contrib-ruby", -1)).hasSize(2);
    assertThat(run.out()).contains("from step_handler (acme-ruby)");
  }

  @Test
  void anUnknownTemplateIsAUsageErrorWithASuggestion() {
    CliHarness.Run run = cli.run("template", "info", "step_handlr");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("error: unknown template 'step_handlr'").contains("did you mean 'step_handler'");
    assertThat(run.err()).contains("hint: ");
  }

  @Test
  void anUnknownPluginIsAUsageErrorWithASuggestion() {
    CliHarness.Run run = cli.run("template", "list", "--plugin", "tasker-contrib-rubi");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("tasker-contrib-rubi").contains("did you mean 'tasker-contrib-ruby'");
  }

  @Test
  void aTemplateNotOfferedForTheLanguageSaysWhichLanguagesHaveIt() {
    CliHarness.Run run = cli.run("template", "info", "step_handler", "--language", "rust");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("python").contains("ruby");
  }

  @Test
  void aBrokenTemplateTomlIsAFailureThatSaysWhere() {
    cli.write(cli.system.resolve("python/tasker-cli-plugin/templates/step_handler/template.toml"),
        "name = \"step_handler\"\ndescription = tru\n");

    CliHarness.Run run = cli.run("template", "info", "step_handler", "--language", "python");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: template 'step_handler' of plugin tasker-contrib-python is broken: "
        + "/usr/local/share/tasker-cli/plugins/python/tasker-cli-plugin/templates/step_handler/template.toml:2:");
    assertThat(run.err()).contains("hint: run 'tasker-cli plugin validate ");
  }
}
