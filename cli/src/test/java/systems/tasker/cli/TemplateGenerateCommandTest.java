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

class TemplateGenerateCommandTest {

  private final CliHarness cli = new CliHarness();

  @BeforeEach
  void plugin() {
    cli.plugin(cli.system.resolve("ruby/tasker-cli-plugin"), "tasker-contrib-ruby", "ruby");
    Path typed = cli.work.resolve(".tasker-cli/plugins/typed");
    cli.write(typed.resolve("tasker-plugin.toml"), String.join("\n",
        "[plugin]", "name = \"typed\"", "version = \"0.1.0\"", "description = \"Typed parameters\"",
        "languages = [\"ruby\"]", "", "[templates]",
        "settings = { path = \"settings\", description = \"A settings file\" }", ""));
    cli.write(typed.resolve("settings/template.toml"), String.join("\n",
        "[template]", "name = \"settings\"", "description = \"Settings\"", "",
        "[parameters]",
        "handler_type = { type = \"choice\", enum = [\"base\", \"api\"], default = \"base\", description = \"Kind\" }",
        "retries = { type = \"integer\", default = 3, description = \"Retries\" }",
        "enabled = { type = \"boolean\", default = false, description = \"Enabled\" }",
        "steps = { type = \"list\", required = true, description = \"Steps\", pattern = \"^[a-z]+$\" }",
        "", "[outputs]",
        "main = { template = \"settings.tera\", path = \"settings-{{ handler_type }}.txt\" }", ""));
    cli.write(typed.resolve("settings/settings.tera"), String.join("\n",
        "type={{ handler_type }} retries={{ retries + 1 }}",
        "{% if enabled %}",
        "enabled",
        "{% endif %}",
        "{% for step in steps %}- {{ step }}",
        "{% endfor %}"));
  }

  @AfterEach
  void close() throws Exception {
    cli.close();
  }

  private String read(String path) throws IOException {
    return Files.readString(cli.work.resolve(path), StandardCharsets.UTF_8);
  }

  /** Every file on the whole (in-memory) file system, to show that a failed run wrote nothing. */
  private List<String> everyFile() throws IOException {
    return filesUnder(cli.fs.getPath("/"));
  }

  private List<String> filesUnder(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void writesTheFilesTheTemplateDescribesNamedAndFilledFromTheParameters() throws IOException {
    CliHarness.Run run = cli.run("template", "generate", "step-handler", "--language", "ruby",
        "--name", "ProcessPayment");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.out()).isEqualTo(String.join("\n",
        "create  handlers/process_payment_handler.txt  (35 bytes)",
        "1 file from step_handler (tasker-contrib-ruby) in /work/project: 1 created",
        ""));
    assertThat(read("handlers/process_payment_handler.txt")).isEqualTo("# handlers::ProcessPayment\n\nplain\n\n");
  }

  @Test
  void typedParametersReachTheTemplateAsTypedValues() throws IOException {
    CliHarness.Run run = cli.run("template", "generate", "settings", "--handler-type", "api",
        "--retries", "4", "--enabled", "--steps", "fetch,store", "-o", "out");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(read("out/settings-api.txt")).isEqualTo("type=api retries=5\n\nenabled\n\n- fetch\n- store\n");
  }

  @Test
  void paramKeyValueWorksLikeTheOptionsAndSnakeCaseOptionNamesToo() throws IOException {
    CliHarness.Run run = cli.run("template", "generate", "settings", "--param", "handler_type=api",
        "--param", "steps=one", "--enabled=no");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(read("settings-api.txt")).isEqualTo("type=api retries=4\n\n- one\n");
  }

  @Test
  void helpListsTheTemplateParametersAsOptions() {
    CliHarness.Run run = cli.run("template", "generate", "settings", "--help");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("Template parameters")
        .contains("--handler-type=base|api")
        .contains("--retries=N")
        .contains("--enabled[=true|false]")
        .contains("--steps=A,B,...");
  }

  @Test
  void aWrongChoiceIsAUsageErrorNamingTheParameterAndTheChoices() throws IOException {
    List<String> before = everyFile();
    CliHarness.Run run = cli.run("template", "generate", "settings", "--handler-type", "grpc", "--steps", "a");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("handler_type").contains("base").contains("api").contains("grpc");
    assertThat(everyFile()).isEqualTo(before);
  }

  @Test
  void aWrongTypeIsAUsageError() throws IOException {
    List<String> before = everyFile();
    CliHarness.Run integer = cli.run("template", "generate", "settings", "--retries", "many", "--steps", "a");
    CliHarness.Run bool = cli.run("template", "generate", "settings", "--enabled=perhaps", "--steps", "a");

    assertThat(integer.exitCode()).isEqualTo(2);
    assertThat(integer.err()).contains("retries").contains("many");
    assertThat(bool.exitCode()).isEqualTo(2);
    assertThat(bool.err()).contains("enabled").contains("perhaps");
    assertThat(everyFile()).isEqualTo(before);
  }

  @Test
  void aValueNotMatchingThePatternIsAUsageErrorNamingTheFormToUseNotThePattern()
      throws IOException {
    List<String> before = everyFile();
    CliHarness.Run run = cli.run("template", "generate", "settings", "--steps", "ok,Not-OK");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("item 'Not-OK' of parameter 'steps' is refused: it does not"
        + " have the form the template expects").doesNotContain("^[a-z]+$");
    assertThat(everyFile()).isEqualTo(before);
  }

  @Test
  void aMissingRequiredParameterIsAUsageErrorWithoutATerminal() throws IOException {
    List<String> before = everyFile();
    CliHarness.Run run = cli.run("template", "generate", "step_handler", "--language", "ruby");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: missing required parameter 'name'")
        .contains("hint: pass it as --name VALUE or --param name=VALUE");
    assertThat(everyFile()).isEqualTo(before);
  }

  @Test
  void anUnknownParamIsAUsageErrorListingTheKnownOnes() {
    CliHarness.Run run = cli.run("template", "generate", "step_handler", "--language", "ruby",
        "--name", "X", "--param", "modul_name=x");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("modul_name").contains("did you mean 'module_name'?").contains("name, module_name");
  }

  @Test
  void anUnknownOptionGetsASuggestionFromTheTemplateParameters() {
    CliHarness.Run run = cli.run("template", "generate", "step_handler", "--language", "ruby",
        "--name", "X", "--module-nme", "x");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: unknown option '--module-nme', did you mean '--module-name'?\n");
  }

  @Test
  void aNameThatWouldEscapeTheOutputDirectoryWritesNothing() throws IOException {
    cli.write(cli.system.resolve("ruby/tasker-cli-plugin/templates/step_handler/template.toml"), String.join("\n",
        "name = \"step_handler\"", "description = \"Unsafe: no pattern\"", "",
        "[[parameters]]", "name = \"name\"", "description = \"Name\"", "required = true", "",
        "[[parameters]]", "name = \"module_name\"", "description = \"Module\"", "default = \"handlers\"", "",
        "[[outputs]]", "template = \"handler.tera\"", "filename = \"{{ name }}.txt\"", ""));
    Files.createDirectories(cli.fs.getPath("/etc"));
    List<String> before = everyFile();

    CliHarness.Run run = cli.run("template", "generate", "step_handler", "--language", "ruby",
        "--name", "../../../etc/passwd");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("../../../etc/passwd.txt");
    assertThat(everyFile()).isEqualTo(before);
  }

  @Test
  void aTemplateDirectoryLinkedOutOfItsPluginIsNeverRead() throws IOException {
    Path outside = cli.fs.getPath("/secrets/tpl");
    cli.write(outside.resolve("template.toml"), String.join("\n",
        "name = \"step_handler\"", "description = \"Copies what it finds\"", "",
        "[files]", "dir = \".\"", ""));
    cli.write(outside.resolve("id_rsa"), "PRIVATE\n");
    Path template = cli.system.resolve("ruby/tasker-cli-plugin/templates/step_handler");
    try (Stream<Path> files = Files.walk(template)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
    Files.createSymbolicLink(template, outside);
    List<String> before = everyFile();

    CliHarness.Run run = cli.run("template", "generate", "step_handler", "--language", "ruby");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: template 'step_handler' is offered only by plugin "
        + "'tasker-contrib-ruby' in /usr/local/share/tasker-cli/plugins/ruby/tasker-cli-plugin, "
        + "which is broken: template path 'templates/step_handler' leads outside the plugin"
        + " directory\n");
    assertThat(everyFile()).isEqualTo(before);
  }

  @Test
  void conflictsAreRefusedAndListedThenForceAndSkipExistingDecide() throws IOException {
    cli.write("handlers/process_payment_handler.txt", "mine\n");

    CliHarness.Run refused = cli.run("template", "generate", "step_handler", "--language", "ruby", "--name", "ProcessPayment");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("handlers/process_payment_handler.txt").contains("--force");
    assertThat(read("handlers/process_payment_handler.txt")).isEqualTo("mine\n");

    CliHarness.Run kept = cli.run("template", "generate", "step_handler", "--language", "ruby", "--name", "ProcessPayment", "--skip-existing");
    assertThat(kept.exitCode()).isEqualTo(0);
    assertThat(kept.out()).startsWith("skip  handlers/process_payment_handler.txt");
    assertThat(read("handlers/process_payment_handler.txt")).isEqualTo("mine\n");

    CliHarness.Run forced = cli.run("template", "generate", "step_handler", "--language", "ruby", "--name", "ProcessPayment", "--force");
    assertThat(forced.exitCode()).isEqualTo(0);
    assertThat(forced.out()).startsWith("overwrite  handlers/process_payment_handler.txt");
    assertThat(read("handlers/process_payment_handler.txt")).startsWith("# handlers::ProcessPayment");
  }

  @Test
  void forceAndSkipExistingTogetherIsAUsageError() {
    CliHarness.Run run = cli.run("template", "generate", "step_handler", "--language", "ruby", "--name", "X",
        "--force", "--skip-existing");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--force").contains("--skip-existing");
  }

  @Test
  void dryRunPrintsThePlanAndWritesNothing() throws Exception {
    List<String> before = everyFile();
    CliHarness.Run text = cli.run("template", "generate", "step_handler", "--language", "ruby", "--name", "Pay", "--dry-run");
    CliHarness.Run json = cli.run("template", "generate", "step_handler", "--language", "ruby", "--name", "Pay",
        "--dry-run", "--format", "json");

    assertThat(text.exitCode()).isEqualTo(0);
    assertThat(text.out()).isEqualTo(String.join("\n",
        "create  handlers/pay_handler.txt  (24 bytes)",
        "Dry run, nothing written: 1 file from step_handler (tasker-contrib-ruby) in /work/project: 1 to create",
        ""));
    JsonNode plan = new ObjectMapper().readTree(json.out());
    assertThat(plan.get("template").asText()).isEqualTo("step_handler");
    assertThat(plan.get("plugin").asText()).isEqualTo("tasker-contrib-ruby");
    assertThat(plan.get("output_dir").asText()).isEqualTo("/work/project");
    assertThat(plan.get("dry_run").asBoolean()).isTrue();
    assertThat(plan.get("files").get(0).get("path").asText()).isEqualTo("handlers/pay_handler.txt");
    assertThat(plan.get("files").get(0).get("action").asText()).isEqualTo("create");
    assertThat(plan.get("files").get(0).get("bytes").asInt()).isEqualTo(24);
    assertThat(everyFile()).isEqualTo(before);
  }

  @Test
  void aMissingRequiredParameterIsAskedForOnATerminalAndABadAnswerAskedAgain() throws IOException {
    cli.onTerminal("Bad Name\nGoodName\n\n");

    CliHarness.Run run = cli.run("template", "generate", "step_handler", "--language", "ruby");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.err()).contains("name - Handler name (e.g., ProcessPayment): ")
        .contains("module_name - Module namespace [handlers]: ")
        .contains("cannot be 'Bad Name'").doesNotContain("^[A-Za-z][A-Za-z0-9_]*$");
    assertThat(read("handlers/good_name_handler.txt")).startsWith("# handlers::GoodName");
  }

  @Test
  void endOfInputAtAPromptAbortsWithNothingWritten() throws IOException {
    cli.onTerminal("");
    List<String> before = everyFile();

    CliHarness.Run run = cli.run("template", "generate", "step_handler", "--language", "ruby");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("aborted: no value given for parameter 'name'; nothing was written");
    assertThat(everyFile()).isEqualTo(before);
  }

  @Test
  void noInputNeverPromptsEvenOnATerminal() {
    cli.onTerminal("GoodName\n");

    CliHarness.Run run = cli.run("template", "generate", "step_handler", "--language", "ruby", "--no-input");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: missing required parameter 'name'");
  }

  @Test
  void aBrokenTemplateIsAFailureNamingFileLineAndPluginWithNothingWritten() throws IOException {
    cli.write(cli.system.resolve("ruby/tasker-cli-plugin/templates/step_handler/handler.tera"),
        "{% if name %}\n{{ name | snake_case }\n");
    List<String> before = everyFile();

    CliHarness.Run run = cli.run("template", "generate", "step_handler", "--language", "ruby", "--name", "Pay");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo(String.join("\n",
        "error: could not render 'handler.tera' line 2: unexpected \"}\" "
            + "(template 'step_handler' of plugin tasker-contrib-ruby)",
        "hint: the plugin's template is broken; 'tasker-cli plugin validate "
            + "/usr/local/share/tasker-cli/plugins/ruby/tasker-cli-plugin' lists every problem",
        ""));
    assertThat(everyFile()).isEqualTo(before);
  }

  @Test
  void anUnknownTemplateIsAUsageError() {
    CliHarness.Run run = cli.run("template", "generate", "stepp-handler", "--name", "X");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown template 'stepp-handler'").contains("did you mean 'step_handler'");
  }

  private void writeRunawayTemplate() {
    Path runaway = cli.work.resolve(".tasker-cli/plugins/runaway");
    cli.write(runaway.resolve("tasker-plugin.toml"), String.join("\n",
        "[plugin]", "name = \"runaway\"", "version = \"0.1.0\"", "description = \"Hangs\"",
        "languages = [\"ruby\"]", "", "[templates]", "spin = { path = \"spin\" }", ""));
    cli.write(runaway.resolve("spin/template.toml"), String.join("\n",
        "[template]", "name = \"spin\"", "", "[outputs]",
        "main = { template = \"spin.tera\", path = \"spin.txt\" }", ""));
    cli.write(runaway.resolve("spin/spin.tera"),
        "{% for i in range(0, 999999) %}{{ range(0, 999999) | length }}{% endfor %}");
  }

  @Test
  void aRunawayTemplateStopsAtTheTimeBudgetTheEnvironmentSets() throws IOException {
    writeRunawayTemplate();
    cli.variables.put("TASKER_CLI_RENDER_TIMEOUT", "0.3");
    List<String> before = everyFile();

    CliHarness.Run run = cli.run("template", "generate", "spin");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).isEqualTo(String.join("\n",
        "error: could not render 'spin.tera' line 1: stopped after 300 ms, the time budget of one"
            + " generation (template 'spin' of plugin runaway)",
        "hint: the plugin's template is broken; 'tasker-cli plugin validate "
            + cli.work.resolve(".tasker-cli/plugins/runaway") + "' lists every problem", ""));
    assertThat(everyFile()).isEqualTo(before);
  }

  @Test
  void aRenderTimeoutThatIsNotANumberIsAUsageError() {
    writeRunawayTemplate();
    cli.variables.put("TASKER_CLI_RENDER_TIMEOUT", "soon");

    CliHarness.Run run = cli.run("template", "generate", "spin");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(String.join("\n",
        "error: TASKER_CLI_RENDER_TIMEOUT must be a number of seconds between 0 and 86400, got"
            + " 'soon'",
        "hint: unset it for the default of 10 s", ""));
  }
}
