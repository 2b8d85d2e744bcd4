package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Generators that know the project (issue 11): handlers wired in by patches, re-runs that change
 * nothing, refusals that write nothing, task definitions with their handlers, and the template
 * the project expects, from any subdirectory.
 */
class ProjectGenerationTest {

  private final CliHarness cli = new CliHarness().withBuiltin();
  private Path project;

  @BeforeEach
  void bundledPlugins() throws IOException {
    GeneratedTreesTest.copyTree(GeneratedTreesTest.CONTRIB, cli.system);
  }

  @AfterEach
  void close() throws Exception {
    cli.close();
  }

  private void init(String language) {
    CliHarness.Run init = cli.run("init", "shop", "--language", language);
    assertThat(init.exitCode()).as(init.toString()).isZero();
    project = cli.work.resolve("shop");
    cli.in(project);
  }

  private Map<String, String> tree() throws IOException {
    return CliHarness.files(project);
  }

  private String read(String path) throws IOException {
    return Files.readString(project.resolve(path));
  }

  private static List<String> actions(CliHarness.Run run) throws IOException {
    List<String> actions = new ArrayList<>();
    for (JsonNode file : new ObjectMapper().readTree(run.out()).get("files")) {
      actions.add(file.get("path").asText() + " " + file.get("action").asText());
    }
    return actions;
  }

  @Test
  void aTypeScriptHandlerIsRegisteredInTheIndexAndARerunChangesNothing() throws IOException {
    init("typescript");

    CliHarness.Run first = cli.run("generate", "handler", "send_receipt", "--type", "api",
        "--format", "json");

    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(actions(first)).containsExactly("src/handlers/send-receipt.ts create",
        "src/services/send-receipt.ts create", "tests/send-receipt.test.ts create",
        "src/handlers/index.ts modify");
    assertThat(read("src/handlers/index.ts"))
        .contains("import { SendReceiptHandler } from './send-receipt.js';\n// tasker-cli: handler imports")
        .contains("export { SendReceiptHandler };\n// tasker-cli: handler exports")
        .contains("  ConfirmOrderHandler,\n  SendReceiptHandler,\n  // tasker-cli: handlers");
    Map<String, String> after = tree();

    CliHarness.Run again = cli.run("generate", "handler", "send_receipt", "--type", "api");

    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.out().lines().filter(line -> !line.startsWith("unchanged")).toList())
        .containsExactly("4 files from step_handler_api (tasker-contrib-typescript) in " + project
            + ": 4 unchanged");
    assertThat(tree()).isEqualTo(after);
  }

  @Test
  void templateInfoListsTheEditsATemplateMakes() throws IOException {
    CliHarness.Run text = cli.run("template", "info", "step_handler", "--language", "rust");
    CliHarness.Run json = cli.run("template", "info", "step_handler", "--language", "rust",
        "--format", "json");

    assertThat(text.out()).contains("Edits of existing files:\n"
        + "  src/handlers.rs: before '// tasker-cli: handler modules'\n");
    JsonNode patch = new ObjectMapper().readTree(json.out()).get("patches").get(1);
    assertThat(patch.get("file").asText()).isEqualTo("src/handlers.rs");
    assertThat(patch.get("position").asText()).isEqualTo("before");
    assertThat(patch.get("insert").asText()).contains("registry.add(Arc::new(");
  }

  @Test
  void aRustHandlerIsDeclaredAndRegisteredWithDefaultForAnApiHandler() throws IOException {
    init("rust");

    assertThat(cli.run("generate", "handler", "fetch_customer", "--type", "api").exitCode())
        .isZero();
    assertThat(cli.run("generate", "handler", "refund").exitCode()).isZero();

    assertThat(read("src/handlers.rs"))
        .contains("pub mod fetch_customer;\npub mod refund;\n// tasker-cli: handler modules")
        .contains("registry.add(Arc::new(fetch_customer::FetchCustomerHandler::default()));\n"
            + "        registry.add(Arc::new(refund::RefundHandler));\n"
            + "        // tasker-cli: register handlers");
  }

  @Test
  void aFileTheUserChangedElsewhereIsStillPatchedAndOneWithoutItsAnchorIsRefusedWholly()
      throws IOException {
    init("typescript");
    Path index = project.resolve("src/handlers/index.ts");
    Files.writeString(index, "// my notes\n" + read("src/handlers/index.ts"));

    assertThat(cli.run("generate", "handler", "refund").exitCode()).isZero();
    assertThat(read("src/handlers/index.ts")).startsWith("// my notes\n").contains("  RefundHandler,\n");

    Files.writeString(index, read("src/handlers/index.ts").replace("// tasker-cli: handler exports", ""));
    Map<String, String> before = tree();
    CliHarness.Run refused = cli.run("generate", "handler", "notify");

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("error: 1 file conflicts with what exists, nothing was"
        + " written: src/handlers/index.ts (the text '// tasker-cli: handler exports' before which"
        + " it inserts is not in the file)");
    assertThat(tree()).isEqualTo(before);

    CliHarness.Run dryRun = cli.run("generate", "handler", "notify", "--dry-run");
    assertThat(dryRun.exitCode()).as("a dry run predicts the refusal").isEqualTo(1);
    assertThat(dryRun.out()).contains("conflict  src/handlers/index.ts");
    assertThat(dryRun.err()).contains("1 file conflicts with what exists");
    assertThat(tree()).isEqualTo(before);

    CliHarness.Run skipping = cli.run("generate", "handler", "notify", "--skip-existing");
    assertThat(skipping.exitCode()).as(skipping.toString()).isZero();
    assertThat(read("src/handlers/index.ts")).contains("import { NotifyHandler }")
        .doesNotContain("export { NotifyHandler }");
  }

  @Test
  void aDryRunShowsTheEditAsAUnifiedDiffAndWritesNothing() throws IOException {
    init("rust");
    Map<String, String> before = tree();

    CliHarness.Run run = cli.run("generate", "handler", "refund", "--dry-run");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("modify  src/handlers.rs")
        .contains("--- a/src/handlers.rs\n+++ b/src/handlers.rs\n")
        .contains("\n+pub mod refund;\n // tasker-cli: handler modules")
        .contains("\n+        registry.add(Arc::new(refund::RefundHandler));\n");
    assertThat(tree()).isEqualTo(before);
  }

  @Test
  void stepsMustBeGivenOnceEachAndBeNamesTheLanguageAccepts() throws IOException {
    init("python");
    Map<String, String> before = tree();

    CliHarness.Run none = cli.run("generate", "template", "t", "--steps", "");
    CliHarness.Run twice = cli.run("generate", "template", "t", "--steps", "a,a,b");
    CliHarness.Run keyword = cli.run("generate", "template", "t", "--steps", "check,class");

    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("--steps names no step");
    assertThat(twice.exitCode()).isEqualTo(2);
    assertThat(twice.err()).contains("--steps names the step 'a' twice");
    assertThat(keyword.exitCode()).isEqualTo(2);
    assertThat(keyword.err()).contains("'class' is a Python keyword");
    assertThat(tree()).isEqualTo(before);
  }

  @Test
  void withHandlersAddsAHandlerForEachStepThatHasNoneAndWithoutItTheOutputListsThem()
      throws IOException {
    init("typescript");

    CliHarness.Run listed = cli.run("generate", "template", "refunds", "--steps",
        "validate_order,check,refund");
    assertThat(listed.exitCode()).as(listed.toString()).isZero();
    assertThat(listed.out()).contains("The task needs handlers that do not exist yet: check,"
        + " refund.").contains("  tasker-cli generate handler check\n")
        .doesNotContain("generate handler validate_order");

    CliHarness.Run added = cli.run("generate", "template", "refunds", "--steps",
        "validate_order,check,refund", "--with-handlers");
    assertThat(added.exitCode()).as(added.toString()).isZero();
    assertThat(added.out()).containsPattern("create +src/handlers/check.ts")
        .containsPattern("create +src/handlers/refund.ts")
        .containsPattern("modify +src/handlers/index.ts")
        .doesNotContain("validate-order.ts").contains("Added a handler for check, refund");
    assertThat(read("src/handlers/index.ts")).contains("  CheckHandler,\n  RefundHandler,\n");
    assertThat(read("config/tasks/refunds.yaml"))
        .contains("callable: Shop.StepHandlers.CheckHandler");

    CliHarness.Run again = cli.run("generate", "template", "refunds", "--steps",
        "validate_order,check,refund", "--with-handlers", "--format", "json");
    assertThat(actions(again)).containsExactly("config/tasks/refunds.yaml unchanged");
  }

  @Test
  void theProjectsPluginBeatsAUserPluginOfTheSameLanguageAndPluginChoosesAnother()
      throws IOException {
    init("ruby");
    cli.plugin(cli.home.resolve(".config/tasker-cli/plugins/acme"), "acme-ruby", "ruby");

    CliHarness.Run own = cli.run("generate", "handler", "refund");
    CliHarness.Run chosen = cli.run("generate", "handler", "other", "--plugin", "acme-ruby");

    assertThat(own.exitCode()).as(own.toString()).isZero();
    assertThat(own.out()).contains("from step_handler (tasker-contrib-ruby)");
    assertThat(project.resolve("lib/shop/step_handlers/refund_handler.rb")).exists();
    assertThat(chosen.exitCode()).as(chosen.toString()).isZero();
    assertThat(chosen.out()).contains("from step_handler (acme-ruby)");

    CliHarness.Run info = cli.run("template", "info", "step_handler");
    assertThat(info.out()).startsWith("step_handler  (tasker-contrib-ruby ");
    assertThat(info.out()).contains("shop (configuration)");
    CliHarness.Run help = cli.run("generate", "handler", "x", "--help");
    assertThat(help.out()).contains("(default: shop, from the configuration)")
        .doesNotContain("pattern:").doesNotContain("[a-z]");
  }

  @Test
  void fromASubdirectoryTheProjectRootTakesTheFilesAndItsPluginsAreFound() throws IOException {
    init("ruby");
    cli.plugin(project.resolve(".tasker-cli/plugins/local"), "local-ruby", "ruby");
    Path deep = Files.createDirectories(project.resolve("lib/shop/services"));
    cli.in(deep);

    CliHarness.Run run = cli.run("generate", "handler", "refund", "--plugin", "local-ruby");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(project.resolve("handlers/refund_handler.txt")).exists();
    assertThat(deep.resolve("handlers")).doesNotExist();
  }

  @Test
  void outsideAProjectATemplateOfSeveralLanguagesNeedsOne() {
    CliHarness.Run generate = cli.run("template", "generate", "step_handler", "--name", "X");
    CliHarness.Run info = cli.run("template", "info", "step-handler");

    assertThat(generate.exitCode()).isEqualTo(2);
    assertThat(generate.err()).contains("template 'step_handler' exists for several languages:"
        + " python, ruby, rust, typescript");
    assertThat(info.exitCode()).isEqualTo(2);
    assertThat(cli.run("template", "info", "step-handler", "--language", "rust").exitCode())
        .isZero();
  }

  @Test
  void onATerminalTheLanguageIsChosenFromANumberedListOnce() {
    cli.onTerminal("7\n2\nProcessPayment\n\n");

    CliHarness.Run run = cli.run("template", "generate", "step_handler");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).startsWith("language - template 'step_handler' exists for several"
        + " languages; which one?\n  1) python\n  2) ruby\n  3) rust\n  4) typescript\n"
        + "language (1-4 or a name): "
        + "  answer with a number from 1 to 4 or one of: python, ruby, rust, typescript\n"
        + "language (1-4 or a name): name - ")
        .contains("package - The project's library folder under lib/ (snake_case); its PascalCase"
            + " is the top-level module [app]: ");
    assertThat(run.err().split("which one\\?", -1)).hasSize(2);
    assertThat(run.out()).contains("(tasker-contrib-ruby)");
    assertThat(cli.work.resolve("lib/app/step_handlers/process_payment_handler.rb")).exists();
  }

  @Test
  void aProjectWhosePluginIsNowAnotherVersionSaysSo() throws IOException {
    init("ruby");
    Files.writeString(project.resolve(".tasker-cli-answers.toml"),
        read(".tasker-cli-answers.toml").replace("plugin_version = \"0.1.0\"",
            "plugin_version = \"0.0.9\""));

    CliHarness.Run run = cli.run("generate", "handler", "refund");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).containsOnlyOnce("note: this project was made with tasker-contrib-ruby"
        + " 0.0.9; using version 0.1.0 (system, ");
  }

  @Test
  void anUnknownFrameworkIsAUsageErrorWithASuggestionAndListingFiltersOnIt() {
    cli.write(cli.system.resolve("rails/tasker-plugin.toml"), String.join("\n",
        "[plugin]", "name = \"acme-rails\"", "version = \"1.0.0\"", "description = \"d\"",
        "language = \"ruby\"", "framework = \"rails\"", "",
        "[[templates]]", "name = \"initializer\"", "path = \"t\"", ""));
    cli.write(cli.system.resolve("rails/t/template.toml"), String.join("\n",
        "name = \"initializer\"", "description = \"d\"", "[[outputs]]", "template = \"a.tera\"",
        "filename = \"a\"", ""));
    cli.write(cli.system.resolve("rails/t/a.tera"), "a\n");

    CliHarness.Run typo = cli.run("template", "list", "--framework", "rials");
    CliHarness.Run listed = cli.run("template", "list", "--framework", "rails");

    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.err()).contains("unknown framework 'rials' (did you mean 'rails'?)");
    assertThat(listed.exitCode()).isZero();
    assertThat(listed.out()).contains("initializer").doesNotContain("step_handler");
    assertThat(cli.run("init", "x", "--language", "ruby", "--framework", "rial").exitCode())
        .isEqualTo(2);
  }

  @Test
  void initDotMakesTheProjectHereAndADryRunRefusesWhatTheRunWould() throws IOException {
    Path here = Files.createDirectories(cli.work.resolve("billing"));
    cli.in(here);

    CliHarness.Run run = cli.run("init", ".", "--language", "python");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(here.resolve("billing/__init__.py")).exists();
    assertThat(here.resolve("pyproject.toml")).exists();

    CliHarness.Run dryRun = cli.run("init", ".", "--language", "python", "--dry-run");
    assertThat(dryRun.exitCode()).isEqualTo(1);
    assertThat(dryRun.err()).contains("exists and is not empty");

    Path empty = Files.createDirectories(cli.work.resolve("empty"));
    cli.in(empty);
    assertThat(cli.run("init", "orders", "--language", "ruby", "-o", ".").exitCode()).isZero();
    assertThat(empty.resolve("lib/orders.rb")).exists();
  }

  @Test
  void aNameThatIsAlmostRightGetsTheNameToUseAndNoRegularExpression() throws IOException {
    init("typescript");

    CliHarness.Run run = cli.run("generate", "handler", "send-receipt");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("hint: use `send_receipt`").doesNotContain("[A-Za-z]")
        .doesNotContain("^");
  }
}
