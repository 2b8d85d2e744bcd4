package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConfigShowCommandTest {

  private final CliHarness cli = new CliHarness();

  @BeforeEach
  void config() {
    cli.write(".tasker-cli.toml", String.join("\n",
        "plugin-paths = [\"plugins\"]",
        "default-language = \"ruby\"",
        "",
        "[params]",
        "package = \"my_app\"",
        "",
        "[profiles.work]",
        "plugin-paths = [\"~/work-plugins\"]",
        "default-language = \"python\"",
        "",
        "[profiles.home]",
        "default-language = \"rust\"",
        ""));
  }

  @AfterEach
  void close() throws Exception {
    cli.close();
  }

  @Test
  void showsValuesWithTheirOriginAndTheSearchPathsInOrder() {
    CliHarness.Run run = cli.run("config", "show", "--profile", "work");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.out()).contains("config file:        /work/project/.tasker-cli.toml\n");
    assertThat(run.out()).contains("default-language:   python  (");
    assertThat(run.out()).contains("work");
    assertThat(run.out()).contains("  package = my_app  (");
    assertThat(run.out()).containsSubsequence(
        "project", "/work/project/.tasker-cli/plugins",
        "config", "/work/project/plugins",
        "config", "/home/dev/work-plugins",
        "user", "/home/dev/.config/tasker-cli/plugins",
        "system", "/usr/local/share/tasker-cli/plugins");
  }

  @Test
  void jsonShowsTheSearchPathsAndWhetherEachExists() throws Exception {
    cli.write("plugins/.keep", "");

    CliHarness.Run run = cli.run("--plugin-path", "extra", "config", "show", "--format", "json");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("config_file").asText()).isEqualTo("/work/project/.tasker-cli.toml");
    assertThat(json.get("default_language").get("value").asText()).isEqualTo("ruby");
    JsonNode paths = json.get("search_paths");
    assertThat(paths.get(0).get("source").asText()).isEqualTo("plugin-path");
    assertThat(paths.get(0).get("path").asText()).isEqualTo("/work/project/extra");
    assertThat(paths.get(0).get("exists").asBoolean()).isFalse();
    assertThat(paths.get(2).get("source").asText()).isEqualTo("project-config");
    assertThat(paths.get(2).get("exists").asBoolean()).isTrue();
  }

  @Test
  void anUnknownProfileListsTheKnownOnes() {
    CliHarness.Run run = cli.run("config", "show", "--profile", "wrok");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("wrok").contains("home").contains("work");
  }

  @Test
  void aConfigThatDoesNotParseIsAUsageErrorWithItsPosition() {
    cli.write(".tasker-cli.toml", "default-language = \"ruby\"\nplugin-paths = [\"a\"\n");

    CliHarness.Run run = cli.run("plugin", "list");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    // on the line of the unclosed list, after its last item (issue 12)
    assertThat(run.err()).startsWith("error: ").contains("/work/project/.tasker-cli.toml:2:20:");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void anExplicitConfigThatIsMissingIsAUsageError() {
    CliHarness.Run run = cli.run("config", "show", "--config", "nope.toml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("/work/project/nope.toml");
  }
}
