package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The option spellings of tasker-ctl's plugin and template commands (tasker-core
 * {@code crates/tasker-ctl/src/main.rs}: {@code PluginCommands}, {@code TemplateCommands}, the
 * global {@code --format table|json}) run as tasker-cli commands, and the CI-friendly
 * {@code --quiet}. {@code --remote} and {@code --url} need git repositories: {@code
 * TaskerCtlScriptsIT} runs them.
 */
class TaskerCtlSpellingsTest {

  private final CliHarness cli = new CliHarness();
  private Path rails;

  @BeforeEach
  void plugins() {
    cli.plugin(cli.work.resolve("plugins/python"), "acme-python", "python");
    rails = cli.plugin(cli.work.resolve("plugins/rails"), "acme-rails", "ruby");
    cli.write(rails.resolve("tasker-plugin.toml"), String.join("\n",
        "[plugin]",
        "name = \"acme-rails\"",
        "version = \"1.2.0\"",
        "description = \"Rails templates\"",
        "language = \"ruby\"",
        "framework = \"rails\"",
        "",
        "[[templates]]",
        "name = \"step_handler\"",
        "path = \"templates/step_handler\"",
        "description = \"A rails step handler\"",
        ""));
    cli.write(".tasker-ctl.toml", "plugin-paths = [\"plugins\"]\n");
  }

  @AfterEach
  void close() throws IOException {
    cli.close();
  }

  private CliHarness.Run ok(String... args) {
    CliHarness.Run run = cli.run(args);
    assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run).isZero();
    return run;
  }

  @Test
  void templateGenerateWithEveryOptionOfTaskerCtl() {
    ok("template", "generate", "step_handler", "--plugin", "acme-rails", "--language", "ruby",
        "--framework", "rails", "--param", "name=ChargeCard", "--param", "module_name=billing",
        "--output", "out/long");
    ok("template", "generate", "step_handler", "-l", "ruby", "-f", "rails", "-p",
        "name=ChargeCard", "-o", "out/short");

    for (String out : List.of("out/long/billing", "out/short/handlers")) {
      assertThat(cli.work.resolve(out).resolve("charge_card_handler.txt")).content()
          .startsWith("# " + out.substring(out.lastIndexOf('/') + 1) + "::ChargeCard\n");
    }
  }

  @Test
  void templateListFiltersByLanguageFrameworkAndPlugin() {
    CliHarness.Run all = ok("template", "list");
    CliHarness.Run rails = ok("template", "list", "--language", "ruby", "--framework", "rails",
        "--plugin", "acme-rails");
    CliHarness.Run shortForms = ok("template", "list", "-l", "python");

    assertThat(all.out()).contains("acme-rails").contains("acme-python");
    assertThat(rails.out()).contains("acme-rails").doesNotContain("acme-python");
    assertThat(shortForms.out()).contains("acme-python").doesNotContain("acme-rails");
  }

  @Test
  void templateInfoOfAPlugin() {
    CliHarness.Run info = ok("template", "info", "step_handler", "--plugin", "acme-python");

    assertThat(info.out()).startsWith("step_handler  (acme-python 1.2.0, project-config)\n")
        .contains("module_name");
  }

  @Test
  void pluginListAndPluginValidate() {
    CliHarness.Run list = ok("plugin", "list");
    CliHarness.Run validate = ok("plugin", "validate", rails.toString());

    assertThat(list.out())
        .containsPattern("acme-rails +1\\.2\\.0 +ruby \\(rails\\) +project-config")
        .contains("the plugin-paths and remotes of its .tasker-ctl.toml)");
    assertThat(validate.out()).isEqualTo("valid: acme-rails (0 errors, 0 warnings)\n");
  }

  @Test
  void formatTableIsTextWhereverFormatIsTakenAndBeforeTheCommandToo() {
    List<List<String>> commands = List.of(
        List.of("plugin", "list"),
        List.of("plugin", "validate", rails.toString()),
        List.of("template", "list"),
        List.of("template", "info", "step_handler", "--plugin", "acme-rails"),
        List.of("config", "show"));
    for (List<String> command : commands) {
      String text = ok(with(command, "--format", "text")).out();

      assertThat(ok(with(command, "--format", "table")).out()).as("%s", command).isEqualTo(text);
      assertThat(ok(with(command, "--format", "TABLE")).out()).as("%s", command).isEqualTo(text);
      assertThat(ok(before(command, "--format", "table")).out()).as("%s", command)
          .isEqualTo(text);
    }
  }

  @Test
  void formatJsonBeforeTheCommandIsTheCommandsFormatUnlessItHasItsOwn() throws IOException {
    JsonNode plugins = new ObjectMapper().readTree(ok("--format", "json", "plugin", "list").out());
    CliHarness.Run own = ok("--format", "json", "plugin", "list", "--format", "table");
    CliHarness.Run generated = ok("--format", "json", "template", "generate", "step_handler",
        "--plugin", "acme-python", "--param", "name=Refund", "--output", "out", "--dry-run");

    assertThat(plugins.get("plugins")).extracting(p -> p.get("name").asText())
        .contains("acme-rails", "acme-python");
    assertThat(own.out()).startsWith("NAME");
    assertThat(new ObjectMapper().readTree(generated.out()).get("dry_run").asBoolean()).isTrue();
  }

  @Test
  void anUnknownFormatIsAUsageErrorThatNamesTheChoices() {
    for (String[] args : List.of(new String[] {"plugin", "list", "--format", "yaml"},
        new String[] {"--format", "yaml", "plugin", "list"})) {
      CliHarness.Run run = cli.run(args);

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).startsWith("error: ").contains("'yaml' is not an output format")
          .contains("text or json").contains("table");
    }
  }

  @Test
  void quietGenerateAndValidatePrintNothingButErrors() {
    cli.write("broken/tasker-plugin.toml", "[plugin]\nname = \"broken\"\n");
    Path warned = cli.plugin(cli.work.resolve("warned"), "warned", "cobol");

    CliHarness.Run generate = cli.run("template", "generate", "step_handler", "--plugin",
        "acme-python", "--param", "name=Refund", "--output", "out", "--quiet");
    CliHarness.Run valid = cli.run("plugin", "validate", rails.toString(), warned.toString(),
        "-q");
    CliHarness.Run invalid = cli.run("-q", "plugin", "validate", "broken", warned.toString());
    CliHarness.Run strict = cli.run("-q", "plugin", "validate", "--strict", warned.toString());
    cli.write("out/handlers/refund_handler.txt", "changed by hand\n");
    CliHarness.Run failed = cli.run("template", "generate", "step_handler", "--plugin",
        "acme-python", "--param", "name=Refund", "--output", "out", "--quiet");

    assertThat(generate.exitCode()).isZero();
    assertThat(generate.out() + generate.err()).isEmpty();
    assertThat(cli.work.resolve("out/handlers/refund_handler.txt")).exists();
    assertThat(valid.exitCode()).isZero();
    assertThat(valid.out() + valid.err()).isEmpty();
    assertThat(invalid.exitCode()).isEqualTo(1);
    assertThat(invalid.out()).contains("error: ").doesNotContain("warning: ")
        .contains("invalid: broken").doesNotContain("warned");
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out()).contains("warning: ").endsWith("invalid: warned (0 errors, 1 warning,"
        + " --strict)\n");
    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(failed.out()).isEmpty();
    assertThat(failed.err()).startsWith("error: ").contains("refund_handler.txt");
  }

  @Test
  void withoutATerminalAMissingParameterIsAUsageErrorNotAPrompt() {
    CliHarness.Run run = cli.run("template", "generate", "step_handler", "--plugin",
        "acme-python", "--output", "out");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: ").contains("name");
    assertThat(cli.work.resolve("out")).doesNotExist();
  }

  private static String[] with(List<String> command, String... more) {
    return Stream.concat(command.stream(), Stream.of(more)).toArray(String[]::new);
  }

  private static String[] before(List<String> command, String... first) {
    return Stream.concat(Stream.of(first), command.stream()).toArray(String[]::new);
  }
}
