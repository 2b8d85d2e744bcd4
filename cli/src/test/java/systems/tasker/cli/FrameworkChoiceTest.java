package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code --framework} with the bundled plugins: framework plugins' templates win when it is given,
 * plain language templates when it is not, and {@code template list --framework} shows only the
 * framework's own.
 */
class FrameworkChoiceTest {

  private final CliHarness cli = new CliHarness().withBuiltin();

  @BeforeEach
  void bundledPlugins() throws IOException {
    GeneratedTreesTest.copyTree(GeneratedTreesTest.CONTRIB, cli.system);
  }

  @AfterEach
  void close() throws Exception {
    cli.close();
  }

  @Test
  void templateListWithAFrameworkShowsOnlyThatFrameworksTemplates() throws IOException {
    CliHarness.Run run = cli.run("template", "list", "--framework", "rails", "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    List<String> rows = new ArrayList<>();
    for (JsonNode template : new ObjectMapper().readTree(run.out()).get("templates")) {
      rows.add(template.get("plugin").asText() + " " + template.get("name").asText() + " "
          + template.get("languages") + " " + template.get("frameworks"));
    }
    assertThat(rows).containsExactly(
        "tasker-contrib-rails project [\"ruby\"] [\"rails\"]",
        "tasker-contrib-rails step_handler [\"ruby\"] [\"rails\"]",
        "tasker-contrib-rails rails_initializer [\"ruby\"] [\"rails\"]",
        "tasker-contrib-rails tasks_controller [\"ruby\"] [\"rails\"]",
        "tasker-contrib-rails task_template [\"ruby\"] [\"rails\"]");
  }

  @Test
  void templateListTextSaysWhichFrameworkEachTemplateIsFor() {
    CliHarness.Run run = cli.run("template", "list", "-f", "express");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.out().lines().skip(1).map(line -> line.split("\\s+")[0]).toList())
        .containsExactly("project", "step_handler", "express_worker", "express_router",
            "task_template");
    assertThat(run.out()).contains("typescript (express)");
  }

  @Test
  void withoutAFrameworkInitAndGenerateKeepUsingThePlainLanguagePlugins() {
    CliHarness.Run init = cli.run("init", "shop", "--language", "ruby");
    CliHarness.Run handler = cli.run("template", "generate", "step_handler", "--language", "ruby",
        "--name", "refund", "-o", "out");

    assertThat(init.exitCode()).as(init.toString()).isEqualTo(0);
    assertThat(init.out()).contains("from project (tasker-contrib-ruby)");
    assertThat(cli.work.resolve("shop/lib/shop/step_handlers")).isDirectory();
    assertThat(handler.exitCode()).as(handler.toString()).isEqualTo(0);
    assertThat(handler.out()).contains("from step_handler (tasker-contrib-ruby)");
  }

  @Test
  void initWithAFrameworkWritesTheFrameworkPluginsProjectAndRecordsIt() throws IOException {
    CliHarness.Run run = cli.run("init", "storefront", "--language", "ruby", "--framework", "rails");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.out()).contains("from project (tasker-contrib-rails)")
        .contains("resources :tasker_tasks, only: %i[create show]");
    assertThat(cli.work.resolve("storefront/config/initializers/tasker.rb")).isRegularFile();
    assertThat(cli.work.resolve("storefront/lib")).doesNotExist();
    assertThat(Files.readString(cli.work.resolve("storefront/.tasker-cli-answers.toml")))
        .contains("plugin = \"tasker-contrib-rails\"");
  }

  @Test
  void aFrameworkOfAnotherLanguageIsAUsageErrorAndWritesNothing() {
    CliHarness.Run run = cli.run("init", "storefront", "--language", "python", "--framework", "rails");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: no project template for language 'python' and"
        + " framework 'rails'; frameworks with one for python: fastapi\n"
        + "hint: leave out --framework for a plain python project, or install a plugin with a"
        + " 'project' template for that framework\n");
    assertThat(cli.work.resolve("storefront")).doesNotExist();
  }

  @Test
  void anUnknownFrameworkIsAUsageErrorThatNamesTheKnownOnes() {
    CliHarness.Run run = cli.run("template", "generate", "step-handler", "--language", "ruby",
        "--framework", "sinatra", "--name", "x");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("error: unknown framework 'sinatra'")
        .contains("frameworks the installed plugins declare: axum, express, fastapi, rails");
  }
}
