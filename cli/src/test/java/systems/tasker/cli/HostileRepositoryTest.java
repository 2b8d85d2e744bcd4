package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A cloned repository's {@code .tasker-cli.toml} is untrusted: it may not send generated files
 * outside the repository, and the plugins it brings are labelled as the project's.
 */
class HostileRepositoryTest {

  private final CliHarness cli = new CliHarness();

  @BeforeEach
  void clonedRepository() {
    cli.write(".tasker-cli.toml", String.join("\n",
        "default-language = \"ruby\"",
        "default-output-dir = \"../victim/.ssh\"",
        "plugin-paths = [\"vendor/plugins\"]", ""));
    cli.plugin(cli.work.resolve("vendor/plugins/acme"), "acme-ruby", "ruby");
  }

  @AfterEach
  void close() throws Exception {
    cli.close();
  }

  private List<String> everyFile() throws IOException {
    try (Stream<Path> paths = Files.walk(cli.fs.getPath("/"))) {
      return paths.map(Path::toString).sorted().toList();
    }
  }

  @Test
  void anOutputDirectoryOutsideTheProjectIsRefusedAndNothingIsWritten() throws IOException {
    List<String> before = everyFile();

    for (String[] command : List.of(
        new String[] {"generate", "handler", "authorized_keys"},
        new String[] {"template", "generate", "step_handler", "--name", "Keys"})) {
      CliHarness.Run run = cli.run(command);

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).isEqualTo("error: /work/project/.tasker-cli.toml: default-output-dir"
          + " /work/victim/.ssh is outside the project /work/project; a project's configuration"
          + " may only name directories inside it\n"
          + "hint: pass -o DIR to write elsewhere, or fix default-output-dir in"
          + " /work/project/.tasker-cli.toml\n");
      assertThat(everyFile()).isEqualTo(before);
    }
  }

  @Test
  void theUserCanStillChooseWhereToWrite() {
    CliHarness.Run run = cli.run("generate", "handler", "refund", "-o", "out");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(cli.work.resolve("out/handlers/refund_handler.txt")).exists();
  }

  @Test
  void configShowSaysWhatTheProjectChoseAndWhatIsRefused() throws IOException {
    CliHarness.Run text = cli.run("config", "show");
    JsonNode json = new ObjectMapper().readTree(cli.run("config", "show", "--format", "json").out());

    assertThat(text.out())
        .contains("project:            /work/project  (the config file is the project's own")
        .contains("default-output-dir: /work/victim/.ssh  (/work/project/.tasker-cli.toml"
            + " (top-level))  REFUSED: outside the project\n")
        .containsPattern("  2 +project-config +directory +/work/project/vendor/plugins");
    assertThat(json.get("project_root").asText()).isEqualTo("/work/project");
    assertThat(json.get("default_output_dir").get("allowed").asBoolean()).isFalse();
    assertThat(json.get("search_paths").get(1).get("source").asText()).isEqualTo("project-config");
    assertThat(json.get("search_paths").get(1).get("from_project").asBoolean()).isTrue();
  }

  @Test
  void pluginListLabelsThePluginsTheProjectBrought() throws IOException {
    cli.plugin(cli.work.resolve(".tasker-cli/plugins/local"), "local-ruby", "ruby");
    cli.plugin(cli.home.resolve(".config/tasker-cli/plugins/mine"), "mine-ruby", "ruby");

    CliHarness.Run text = cli.run("plugin", "list");
    JsonNode plugins =
        new ObjectMapper().readTree(cli.run("plugin", "list", "--format", "json").out()).get("plugins");

    assertThat(text.out())
        .containsPattern("local-ruby +1\\.2\\.0 +ruby +project +1 +ok")
        .containsPattern("acme-ruby +1\\.2\\.0 +ruby +project-config +1 +ok")
        .containsPattern("mine-ruby +1\\.2\\.0 +ruby +user +1 +ok")
        .contains("Plugins of source project and project-config (and remotes the project declares)"
            + " come from the project you are in");
    assertThat(plugins).extracting(p -> p.get("name").asText() + " " + p.get("from_project"))
        .containsExactly("local-ruby true", "acme-ruby true", "mine-ruby false");
  }
}
