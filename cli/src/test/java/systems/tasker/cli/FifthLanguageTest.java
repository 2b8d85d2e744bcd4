package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A language tasker-cli has no code for: the test plugin {@code fifth-language/go} holds all
 * {@code init} needs (name rules, the templates rendered with the project, the next steps) in its
 * {@code template.toml}, and {@code init --language go} works from that alone.
 */
class FifthLanguageTest {

  static final Path GO_PLUGIN = Path.of("src/test/resources/fifth-language/go/tasker-cli-plugin")
      .toAbsolutePath();

  private final CliHarness cli = new CliHarness().withBuiltin();
  private Path goPlugin;

  @BeforeEach
  void plugins() throws IOException {
    GeneratedTreesTest.copyTree(GeneratedTreesTest.CONTRIB, cli.system);
    goPlugin = cli.fs.getPath("/opt/plugins/go");
    GeneratedTreesTest.copyTree(GO_PLUGIN, goPlugin);
  }

  @AfterEach
  void close() throws Exception {
    cli.close();
  }

  private CliHarness.Run init(String... args) {
    List<String> all = new ArrayList<>(List.of("--plugin-path", goPlugin.toString(),
        "init"));
    all.addAll(List.of(args));
    return cli.run(all.toArray(String[]::new));
  }

  private String read(String path) throws IOException {
    return Files.readString(cli.work.resolve(path), StandardCharsets.UTF_8);
  }

  private List<String> everyFile() throws IOException {
    try (Stream<Path> paths = Files.walk(cli.fs.getPath("/"))) {
      return paths.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
    }
  }

  @Test
  void initMakesTheProjectFromThePluginsDataAlone() throws IOException {
    CliHarness.Run run = init("ShopFloor", "--language", "go");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(read("shop-floor/go.mod")).isEqualTo("module example.com/shop-floor\n\ngo 1.22\n");
    assertThat(read("shop-floor/cmd/shop-floor/main.go"))
        .contains("fmt.Println(\"shop_floor worker: see README.md\")");
    assertThat(read("shop-floor/.tasker-cli.toml")).isEqualTo("default-language = \"go\"\n");
    assertThat(read("shop-floor/.tasker-cli-answers.toml"))
        .contains("plugin = \"tasker-test-go\"\n", "template = \"project\"\n",
            "language = \"go\"\n", "name = \"ShopFloor\"\n", "go_version = \"1.22\"\n");
  }

  @Test
  void theTemplatesItNamesAreRenderedIntoTheProjectWithItsValues() throws IOException {
    CliHarness.Run run = init("ShopFloor", "--language", "go");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);

    CliHarness.Run config = cli.run("template", "generate", "tasker_config", "--name",
        "ShopFloor", "-o", "alone");
    CliHarness.Run compose = cli.run("template", "generate", "docker_compose", "-o", "alone");
    assertThat(config.exitCode()).as(config.toString()).isEqualTo(0);
    assertThat(compose.exitCode()).as(compose.toString()).isEqualTo(0);
    for (String file : List.of("config/tasker/worker.toml", "config/tasker/orchestration.toml",
        "docker-compose.tasker.yml")) {
      assertThat(read("shop-floor/" + file)).as(file).isEqualTo(read("alone/" + file));
    }
    assertThat(read("shop-floor/config/tasker/worker.toml"))
        .contains("worker_id = \"${TASKER_WORKER_ID:-shop-floor-worker}\"");
  }

  @Test
  void theNextStepsAreThePluginsRenderedText() {
    CliHarness.Run run = init("ShopFloor", "--language", "go");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.out()).endsWith(String.join("\n",
        "Next steps:",
        "  cd shop-floor",
        "  go mod tidy",
        "  go test ./...                                        # package shop_floor",
        "  docker compose -f docker-compose.tasker.yml up -d   # Tasker infrastructure",
        ""));
  }

  @Test
  void theNameRulesAreThePluginsWithItsMessagesAndNothingIsWritten() throws IOException {
    List<String> before = everyFile();

    CliHarness.Run keyword = init("Func", "--language", "go");
    CliHarness.Run toolchain = init("main", "--language", "go");
    CliHarness.Run digit = init("9lives", "--language", "go");

    assertThat(keyword.exitCode()).isEqualTo(2);
    assertThat(keyword.err()).startsWith(
        "error: invalid project name: the Go package would be 'func', a Go keyword\n");
    assertThat(toolchain.err()).startsWith("error: invalid project name: the Go package would be"
        + " 'main', which the toolchain keeps for itself\n");
    assertThat(digit.err()).startsWith("error: invalid project name: '9lives' must start with a"
        + " letter: Go package names cannot start with a digit, '-' or '_'\n");
    assertThat(everyFile()).isEqualTo(before);
  }

  @Test
  void theSameRulesHoldWhenTheTemplateIsRenderedOnItsOwn() throws IOException {
    List<String> before = everyFile();

    CliHarness.Run run = cli.run("--plugin-path", goPlugin.toString(), "template", "generate",
        "project", "--language", "go", "--name", "select");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: parameter 'name' cannot be 'select': the Go package"
        + " would be 'select', a Go keyword\n");
    assertThat(everyFile()).isEqualTo(before);
  }

  @Test
  void theLanguageIsOfferedLikeTheOthers() {
    CliHarness.Run run = cli.run("--plugin-path", goPlugin.toString(), "init", "svc");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("error: init needs a language: go, python, ruby, rust, typescript\n");
  }

  @Test
  void withoutThePluginsItNamesTheProjectIsStillMadeWithoutTheirFiles() throws IOException {
    try (CliHarness bare = new CliHarness()) {
      Path plugin = bare.fs.getPath("/opt/plugins/go");
      GeneratedTreesTest.copyTree(GO_PLUGIN, plugin);

      CliHarness.Run run = bare.run("--plugin-path", plugin.toString(), "init", "shop",
          "--language", "go");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
      assertThat(bare.work.resolve("shop/go.mod")).exists();
      assertThat(bare.work.resolve("shop/config/tasker/worker.toml")).doesNotExist();
      assertThat(bare.work.resolve("shop/docker-compose.tasker.yml")).doesNotExist();
    }
  }

  @Test
  void templateInfoShowsTheNameRulesAndWhatInitDoesBesides() throws Exception {
    CliHarness.Run run = cli.run("--plugin-path", goPlugin.toString(), "template", "info",
        "project", "--language", "go", "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    JsonNode info = new ObjectMapper().readTree(run.out());
    JsonNode rules = info.get("parameters").get(0).get("rules");
    assertThat(rules).hasSize(3);
    assertThat(rules.get(1).get("case").asText()).isEqualTo("snake_case");
    assertThat(rules.get(1).get("reserved_words").get(0).asText()).isEqualTo("break");
    assertThat(rules.get(1).get("message").asText())
        .isEqualTo("the Go package would be '{{ value | snake_case }}', a Go keyword");
    assertThat(info.get("project").get("contributions").toString())
        .isEqualTo("[\"tasker_config\",\"docker_compose\"]");
    assertThat(info.get("project").get("next_steps").asText()).startsWith("  go mod tidy\n");
  }

  @Test
  void nextStepsThatDoNotRenderStopInitBeforeAnythingIsWritten() throws IOException {
    Path toml = goPlugin.resolve("templates/project/template.toml");
    Files.writeString(toml, Files.readString(toml).replace("# package {{ name | snake_case }}",
        "# package {{ nmae }}"));
    List<String> before = everyFile();

    CliHarness.Run run = init("shop", "--language", "go");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("error: could not render 'the next steps of template"
        + " 'project'' line 2: unknown variable 'nmae' (did you mean 'name'?)\n"
        + "hint: defined variables: name, go_version\n");
    assertThat(everyFile()).isEqualTo(before);
  }

  @Test
  void pluginValidateFindsNothingWrongWithIt() {
    CliHarness.Run run = cli.run("plugin", "validate", goPlugin.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.out()).endsWith("valid: tasker-test-go (0 errors, 1 warning)\n")
        .contains("language 'go' is not one of ruby, python, typescript, rust");
  }
}
