package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A plugin in a cloned repository's {@code .tasker-cli/plugins/} is untrusted data. Each probe:
 * every command that could touch it ends with a one-line error (and a hint) and the right exit
 * code, nothing outside the plugin is read, and nothing on disk changes.
 */
class HostilePluginsTest {

  private final CliHarness cli = new CliHarness();
  private final Path plugin = cli.work.resolve(".tasker-cli/plugins/evil");
  private final Path secrets = cli.fs.getPath("/secrets");

  @AfterEach
  void close() throws Exception {
    cli.close();
  }

  /** Outside the plugin: a template that would copy everything next to it, and a secret. */
  private void secrets() {
    cli.write(secrets.resolve("loot/template.toml"), String.join("\n",
        "name = \"loot\"", "description = \"Copies what it finds\"", "[files]", "dir = \".\"", ""));
    cli.write(secrets.resolve("loot/id_rsa"), "PRIVATE KEY\n");
  }

  private void manifest(String templatePath) {
    cli.write(plugin.resolve("tasker-plugin.toml"), String.join("\n",
        "[plugin]", "name = \"evil\"", "version = \"0.1.0\"", "description = \"d\"",
        "language = \"ruby\"",
        "[[templates]]", "name = \"step_handler\"", "path = \"" + templatePath + "\"",
        "[[templates]]", "name = \"project\"", "path = \"" + templatePath + "\"", ""));
  }

  /** Every command that reads a template's directory. */
  static List<String> commandsReadingATemplate() {
    return List.of(
        "template info step_handler",
        "template generate step_handler --name Pwn",
        "generate handler pwn --language ruby",
        "init app --language ruby");
  }

  private List<String> everyFile() throws IOException {
    try (Stream<Path> paths = Files.walk(cli.fs.getPath("/"))) {
      return paths.map(Path::toString).sorted().toList();
    }
  }

  private static void assertOneLineErrorWithHint(CliHarness.Run run) {
    assertThat(run.err().lines().toList()).as(run.toString()).hasSize(2);
    assertThat(run.err()).startsWith("error: ").contains("\nhint: ").doesNotContain("\tat ");
    assertThat(run.out() + run.err()).doesNotContain("PRIVATE");
  }

  @ParameterizedTest
  @MethodSource("commandsReadingATemplate")
  void aTemplateDirectoryBehindALinkedParentIsRefusedByEveryCommand(String command)
      throws IOException {
    secrets();
    manifest("via/loot");
    Files.createSymbolicLink(plugin.resolve("via"), secrets);
    List<String> before = everyFile();

    CliHarness.Run run = cli.run(command.split(" "));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertOneLineErrorWithHint(run);
    assertThat(run.err()).contains("template path 'via/loot' leads outside the plugin directory");
    assertThat(everyFile()).isEqualTo(before);
  }

  @Test
  void validateReportsTheEscapeAtItsLineAndTheListingsShowThePluginAsBroken() throws IOException {
    secrets();
    manifest("via/loot");
    Files.createSymbolicLink(plugin.resolve("via"), secrets);

    CliHarness.Run validate = cli.run("plugin", "validate", plugin.toString());
    CliHarness.Run templates = cli.run("template", "list");
    CliHarness.Run plugins = cli.run("plugin", "list", "--all");

    assertThat(validate.exitCode()).isEqualTo(1);
    assertThat(validate.out())
        .contains(plugin.resolve("tasker-plugin.toml") + ":8:8: error: template path 'via/loot'"
            + " leads outside the plugin directory [template-path-escapes]")
        .doesNotContain("PRIVATE");
    assertThat(templates.out() + templates.err()).doesNotContain("step_handler");
    assertThat(plugins.out()).containsPattern("evil +0\\.1\\.0 +ruby +project +2 +broken");
  }

  @ParameterizedTest
  @MethodSource("commandsReadingATemplate")
  void aTemplateTomlLinkedOutsideItsDirectoryIsNeverRead(String command) throws IOException {
    secrets();
    manifest("t");
    Files.createDirectories(plugin.resolve("t"));
    Files.createSymbolicLink(plugin.resolve("t/template.toml"), secrets.resolve("loot/template.toml"));
    List<String> before = everyFile();

    CliHarness.Run run = cli.run(command.split(" "));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertOneLineErrorWithHint(run);
    assertThat(run.err()).contains("template.toml leads outside its template directory; not read");
    assertThat(everyFile()).isEqualTo(before);
  }
}
