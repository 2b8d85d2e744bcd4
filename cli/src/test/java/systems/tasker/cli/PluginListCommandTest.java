package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PluginListCommandTest {

  private final CliHarness cli = new CliHarness();

  @AfterEach
  void close() throws Exception {
    cli.close();
  }

  private void fivePaths() {
    cli.plugin(cli.fs.getPath("/opt/extra/acme"), "acme-ruby", "ruby");
    cli.plugin(cli.work.resolve(".tasker-cli/plugins/local-python"), "local-python", "python");
    cli.plugin(cli.home.resolve(".config/tasker-cli/plugins/mine"), "mine-typescript", "typescript");
    cli.plugin(cli.system.resolve("ruby/tasker-cli-plugin"), "tasker-contrib-ruby", "ruby");
    // Same name as the project-level plugin: shadowed by it.
    cli.plugin(cli.system.resolve("python/tasker-cli-plugin"), "local-python", "python");
    cli.write(cli.system.resolve("broken/tasker-plugin.toml"), "[plugin\nname = \"broken\"\n");
  }

  @Test
  void listsActivePluginsAsATableInPriorityOrder() {
    fivePaths();

    CliHarness.Run run = cli.run("plugin", "list", "--plugin-path", "/opt/extra");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    Approvals.verify(run.out());
  }

  @Test
  void allAlsoShowsShadowedAndBrokenPlugins() {
    fivePaths();

    CliHarness.Run run = cli.run("--plugin-path", "/opt/extra", "plugin", "list", "--all");

    assertThat(run.exitCode()).isEqualTo(0);
    Approvals.verify(run.out());
  }

  @Test
  void aSearchPathThatIsAFileIsLabelledAsSuchNotMissing() throws Exception {
    cli.write("plugins.txt", "a file, not a directory\n");

    CliHarness.Run run = cli.run("--plugin-path", "plugins.txt", "plugin", "list");
    JsonNode json = new ObjectMapper().readTree(
        cli.run("--plugin-path", "plugins.txt", "plugin", "list", "--format", "json").out());

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.err())
        .startsWith("warning: /work/project/plugins.txt: plugin search path (plugin-path) is not a"
            + " directory; skipped\n")
        .contains("  /work/project/plugins.txt  (plugin-path, not a directory)\n")
        .contains("  /work/project/.tasker-cli/plugins  (project, missing)\n");
    assertThat(json.get("searched").get(0).get("kind").asText()).isEqualTo("not a directory");
    assertThat(json.get("searched").get(0).get("exists").asBoolean()).isTrue();
    assertThat(json.get("searched").get(1).get("kind").asText()).isEqualTo("missing");
    assertThat(json.get("diagnostics").get(0).get("code").asText())
        .isEqualTo("search-path-not-a-directory");
  }

  @Test
  void pluginPathIsRepeatableBeforeAndAfterTheSubcommand() {
    cli.plugin(cli.fs.getPath("/opt/a/one"), "one-ruby", "ruby");
    cli.plugin(cli.fs.getPath("/opt/b/two"), "two-ruby", "ruby");
    cli.plugin(cli.fs.getPath("/opt/c/three"), "three-ruby", "ruby");

    CliHarness.Run run = cli.run("--plugin-path", "/opt/a", "--plugin-path", "/opt/b",
        "plugin", "list", "--plugin-path", "/opt/c");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.out()).containsSubsequence("one-ruby", "two-ruby", "three-ruby");
  }

  @Test
  void globalOptionsWorkBeforeAndAfterTheSubcommand() {
    fivePaths();

    CliHarness.Run before = cli.run("--plugin-path", "/opt/extra", "plugin", "list");
    CliHarness.Run after = cli.run("plugin", "list", "--plugin-path", "/opt/extra");

    assertThat(before.out()).contains("acme-ruby").isEqualTo(after.out());
  }

  @Test
  void jsonIncludesShadowedAndBrokenPluginsAndTheSearchedPaths() throws Exception {
    fivePaths();

    CliHarness.Run run = cli.run("plugin", "list", "--format", "json");

    assertThat(run.exitCode()).isEqualTo(0);
    JsonNode json = new ObjectMapper().readTree(run.out());
    JsonNode plugins = json.get("plugins");
    assertThat(plugins).hasSize(5);
    JsonNode shadowed = plugins.get(3);
    assertThat(shadowed.get("name").asText()).isEqualTo("local-python");
    assertThat(shadowed.get("status").asText()).isEqualTo("shadowed");
    assertThat(shadowed.get("source").asText()).isEqualTo("system");
    assertThat(shadowed.get("shadowed_by").asText())
        .isEqualTo("/work/project/.tasker-cli/plugins/local-python");
    JsonNode broken = plugins.get(2);
    assertThat(broken.get("status").asText()).isEqualTo("broken");
    assertThat(broken.get("diagnostics").get(0).get("code").asText()).isEqualTo("manifest-syntax");
    assertThat(broken.get("diagnostics").get(0).get("line").asInt()).isEqualTo(1);
    assertThat(broken.get("diagnostics").get(0).get("column").asInt()).isEqualTo(8);
    assertThat(plugins.get(0).get("templates").get(0).get("name").asText()).isEqualTo("step_handler");
    assertThat(plugins.get(0).get("templates").get(0).get("languages").get(0).asText()).isEqualTo("python");
    JsonNode searched = json.get("searched");
    assertThat(searched).hasSize(3);
    assertThat(searched.get(0).get("source").asText()).isEqualTo("project");
    assertThat(searched.get(1).get("path").asText()).isEqualTo("/home/dev/.config/tasker-cli/plugins");
    assertThat(searched.get(2).get("exists").asBoolean()).isTrue();
  }

  @Test
  void nothingFoundPrintsTheSearchedPathsAndAHint() {
    CliHarness.Run run = cli.run("plugin", "list");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.err()).isEqualTo(String.join("\n",
        "no plugins found on the search paths:",
        "  /work/project/.tasker-cli/plugins  (project, missing)",
        "  /home/dev/.config/tasker-cli/plugins  (user, missing)",
        "  /usr/local/share/tasker-cli/plugins  (system, missing)",
        "hint: pass --plugin-path DIR, or put plugins in ./.tasker-cli/plugins/",
        ""));
  }

  @Test
  void theBuiltinPluginIsListedLast() {
    cli.withBuiltin();
    cli.plugin(cli.system.resolve("ruby/tasker-cli-plugin"), "tasker-contrib-ruby", "ruby");

    CliHarness.Run run = cli.run("plugin", "list");

    assertThat(run.out().lines().skip(1).map(line -> line.split("\\s+")[0]))
        .containsExactly("tasker-contrib-ruby", "tasker-cli-builtin");
    assertThat(run.out()).contains("builtin");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CliHarness.Run run = cli.run("plugin", "list", "--format", "yaml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: invalid value for --format: 'yaml' is not an output format");
    assertThat(run.out()).isEmpty();
  }

}
