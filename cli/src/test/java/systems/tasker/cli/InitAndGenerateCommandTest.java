package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code init} and {@code generate handler|template}: success paths and every usage error. */
class InitAndGenerateCommandTest {

  private final CliHarness cli = new CliHarness().withBuiltin();

  @BeforeEach
  void bundledPlugins() throws IOException {
    GeneratedTreesTest.copyTree(GeneratedTreesTest.CONTRIB, cli.system);
  }

  @AfterEach
  void close() throws Exception {
    cli.close();
  }

  private List<String> everyFile() throws IOException {
    try (Stream<Path> paths = Files.walk(cli.fs.getPath("/"))) {
      return paths.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
    }
  }

  @Test
  void initWritesTheProjectIntoItsKebabCaseDirectoryAndEndsWithNextSteps() throws IOException {
    CliHarness.Run run = cli.run("init", "MyShop", "--language", "python", "-o", "src");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    Path project = cli.work.resolve("src/my-shop");
    assertThat(project.resolve("my_shop/services")).isDirectory();
    assertThat(Files.readString(project.resolve(".tasker-cli.toml"), StandardCharsets.UTF_8))
        .contains("default-language = \"python\"").contains("package = \"my_shop\"");
    assertThat(Files.readString(project.resolve(".tasker-cli-answers.toml"), StandardCharsets.UTF_8))
        .contains("plugin = \"tasker-contrib-python\"").contains("template = \"project\"")
        .contains("name = \"MyShop\"").contains("namespace = \"default\"");
    assertThat(project.resolve("config/tasker/common.toml")).doesNotExist();
    assertThat(project.resolve("config/tasker/worker.toml")).exists();
    assertThat(project.resolve("config/tasker/orchestration.toml")).exists();
    assertThat(project.resolve("docker-compose.tasker.yml")).exists();
    assertThat(run.out()).contains("Next steps:\n  cd src/my-shop\n").contains("pytest");
  }

  @Test
  void initTakesTheLanguageFromTheConfiguration() {
    cli.write(".tasker-cli.toml", "default-language = \"rust\"\n");

    CliHarness.Run run = cli.run("init", "svc");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(cli.work.resolve("svc/Cargo.toml")).exists();
  }

  @Test
  void initWithoutALanguageIsAUsageErrorListingTheLanguages() throws IOException {
    List<String> before = everyFile();

    CliHarness.Run run = cli.run("init", "svc");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: init needs a language: python, ruby, rust, typescript\n");
    assertThat(everyFile()).isEqualTo(before);
  }

  @Test
  void initForALanguageWithoutAProjectTemplateListsThoseThatHaveOne() throws IOException {
    List<String> before = everyFile();

    CliHarness.Run run = cli.run("init", "svc", "--language", "cobol");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: no project template for language 'cobol'; "
        + "languages with one: python, ruby, rust, typescript\n");
    assertThat(everyFile()).isEqualTo(before);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "python | class   | a Python keyword",
      "python | tests   | shadow the tests folder",
      "rust   | self    | a reserved word",
      "ruby   | string  | reopen a core or SDK constant",
      "ruby   | 9lives  | must start with a letter",
      "typescript | my.app | may hold only ASCII letters",
      "rust   | _x      | must start with a letter",
  })
  void initRefusesANameThatCannotBecomeValidCodeAndSaysWhy(String language, String name, String why)
      throws IOException {
    List<String> before = everyFile();

    CliHarness.Run run = cli.run("init", name, "--language", language);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: invalid project name: ").contains(why);
    assertThat(everyFile()).isEqualTo(before);
  }

  @Test
  void initRefusesANonEmptyDirectoryUnlessForced() throws IOException {
    cli.write("svc/notes.txt", "keep me\n");
    List<String> before = everyFile();

    CliHarness.Run refused = cli.run("init", "svc", "--language", "ruby");

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).startsWith("error: the project directory /work/project/svc exists and is not empty; nothing was written\n")
        .contains("--force");
    assertThat(everyFile()).isEqualTo(before);

    CliHarness.Run forced = cli.run("init", "svc", "--language", "ruby", "--force");
    assertThat(forced.exitCode()).isEqualTo(0);
    assertThat(cli.work.resolve("svc/Gemfile")).exists();
    assertThat(Files.readString(cli.work.resolve("svc/notes.txt"))).isEqualTo("keep me\n");
  }

  @Test
  void initDryRunWritesNothingAndJsonListsThePlan() throws Exception {
    List<String> before = everyFile();

    CliHarness.Run run = cli.run("init", "svc", "--language", "typescript", "--dry-run", "--format", "json");

    assertThat(run.exitCode()).isEqualTo(0);
    JsonNode plan = new ObjectMapper().readTree(run.out());
    assertThat(plan.get("template").asText()).isEqualTo("project");
    assertThat(plan.get("plugin").asText()).isEqualTo("tasker-contrib-typescript");
    assertThat(plan.get("output_dir").asText()).isEqualTo("/work/project/svc");
    assertThat(plan.get("dry_run").asBoolean()).isTrue();
    assertThat(plan.get("files").findValuesAsText("path")).contains("package.json", ".tasker-cli-answers.toml",
        "config/tasker/worker.toml");
    assertThat(everyFile()).isEqualTo(before);
  }

  @Test
  void initTakesTheProjectTemplatesOwnParametersAsOptions() throws IOException {
    CliHarness.Run run = cli.run("init", "svc", "--language", "ruby", "--namespace", "payments");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(Files.readString(cli.work.resolve("svc/config/tasks/process_order.yaml")))
        .contains("namespace_name: \"payments\"");
  }

  @Test
  void initWithAnInvalidTemplateParameterIsAUsageError() throws IOException {
    List<String> before = everyFile();

    CliHarness.Run run = cli.run("init", "svc", "--language", "ruby", "--namespace", "Not Valid");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("namespace").contains("Not Valid");
    assertThat(everyFile()).isEqualTo(before);
  }

  @Test
  void initWithoutANameIsAUsageError() {
    CliHarness.Run run = cli.run("init", "--language", "ruby");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: init needs NAME\n");
  }

  @Test
  void generateInsideAProjectNeedsNeitherLanguageNorOutput() throws IOException {
    assertThat(cli.run("init", "shop", "--language", "ruby").exitCode()).isEqualTo(0);
    Path project = cli.work.resolve("shop");

    CliHarness.Run run = cli.run("--config", project.resolve(".tasker-cli.toml").toString(),
        "generate", "handler", "RefundPayment", "--type", "decision");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(project.resolve("lib/shop/step_handlers/refund_payment_handler.rb")).exists();
    assertThat(project.resolve("spec/step_handlers/refund_payment_handler_spec.rb")).exists();
  }

  @Test
  void generateOutsideAProjectWithoutLanguageIsAUsageError() throws IOException {
    List<String> before = everyFile();

    CliHarness.Run handler = cli.run("generate", "handler", "refund");
    CliHarness.Run template = cli.run("generate", "template", "refunds", "--steps", "a,b");

    assertThat(handler.exitCode()).isEqualTo(2);
    assertThat(handler.err()).startsWith("error: generate handler needs a language");
    assertThat(template.exitCode()).isEqualTo(2);
    assertThat(template.err()).startsWith("error: generate template needs a language");
    assertThat(everyFile()).isEqualTo(before);
  }

  @Test
  void anUnknownHandlerTypeIsAUsageErrorListingTheTypes() {
    CliHarness.Run run = cli.run("generate", "handler", "refund", "--language", "ruby", "--type", "graphql");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("graphql").contains("base, api, decision, batchable");
  }

  @Test
  void anInvalidHandlerNameIsRefusedBeforeAnythingRenders() throws IOException {
    List<String> before = everyFile();

    CliHarness.Run run = cli.run("generate", "handler", "refund-payment!", "--language", "python");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("name").contains("refund-payment!");
    assertThat(everyFile()).isEqualTo(before);
  }

  @Test
  void generateTemplateNeedsSteps() {
    CliHarness.Run run = cli.run("generate", "template", "refunds", "--language", "python");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: generate template needs --steps A,B,C\n");
  }

  @Test
  void generateTemplateWritesOneStepPerNameEachDependingOnTheOneBefore() throws IOException {
    CliHarness.Run run = cli.run("generate", "template", "refunds", "--steps", "check,refund,notify",
        "--namespace", "payments", "--language", "python");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    String yaml = Files.readString(cli.work.resolve("config/tasks/refunds.yaml"));
    assertThat(yaml).containsPattern("namespace_name: \"?payments\"?\n").containsSubsequence(
        "dependencies: []", "name: check", "- check", "name: refund", "- refund", "name: notify");
  }

  @Test
  void aStepNameThatIsNotValidIsRefused() throws IOException {
    List<String> before = everyFile();

    CliHarness.Run run = cli.run("generate", "template", "refunds", "--steps", "check,Bad Step",
        "--language", "rust");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("steps").contains("Bad Step");
    assertThat(everyFile()).isEqualTo(before);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "class   | parameter 'name' cannot be 'class': 'class' is a Python keyword, so it cannot name the handler module",
      "Yield__ | parameter 'name' cannot be 'Yield__': 'yield' is a Python keyword, so it cannot name the handler module",
  })
  void aPythonKeywordIsRefusedAsAHandlerNameWithoutALookahead(String name, String message)
      throws IOException {
    List<String> before = everyFile();

    CliHarness.Run run = cli.run("generate", "handler", name, "--language", "python");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: " + message + "\n");
    assertThat(everyFile()).isEqualTo(before);
  }
}
