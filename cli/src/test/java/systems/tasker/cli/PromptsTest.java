package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Questions on a terminal (the harness's stand-in for one): the language of {@code init} and a
 * choice parameter as numbered menus, optional parameters offered with their default once
 * something is asked, and never a question with {@code --no-input} or off a terminal.
 */
class PromptsTest {

  private final CliHarness cli = new CliHarness().withBuiltin().withContrib();

  @AfterEach
  void close() throws Exception {
    cli.close();
  }

  private static final String LANGUAGE_MENU = "language - the project's language:\n"
      + "  1) python\n  2) ruby\n  3) rust\n  4) typescript\n"
      + "language (1-4 or a name): ";

  @Test
  void initWithoutALanguageAsksForItByNumber() {
    CliHarness.Run run = cli.onTerminal("2\n").run("init", "shop");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEqualTo(LANGUAGE_MENU);
    assertThat(cli.work.resolve("shop/Gemfile")).exists();
  }

  @Test
  void initTakesALanguageByNameInAnyCaseAndExplainsAWrongAnswer() {
    CliHarness.Run run = cli.onTerminal("9\nRust\n").run("init", "svc");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEqualTo(LANGUAGE_MENU
        + "  answer with a number from 1 to 4 or one of: python, ruby, rust, typescript\n"
        + "language (1-4 or a name): ");
    assertThat(cli.work.resolve("svc/Cargo.toml")).exists();
  }

  @Test
  void noInputOrNoTerminalNeverAsks() throws IOException {
    List<String> before = cli.everyFile();

    CliHarness.Run piped = cli.run("init", "shop");
    CliHarness.Run noInput = cli.onTerminal("2\n").run("init", "shop", "--no-input");

    for (CliHarness.Run run : List.of(piped, noInput)) {
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).isEqualTo("error: init needs a language: python, ruby, rust, typescript\n"
          + "hint: pass --language, e.g. 'tasker-cli init shop --language ruby'\n");
    }
    assertThat(cli.everyFile()).isEqualTo(before);
  }

  /** A plugin whose template has a required choice and an optional parameter with a default. */
  private void choicePlugin() {
    Path plugin = cli.system.resolve("kinds");
    cli.write(plugin.resolve("tasker-plugin.toml"), String.join("\n",
        "[plugin]", "name = \"kinds\"", "version = \"1.0.0\"", "language = \"ruby\"", "",
        "[[templates]]", "name = \"kinded\"", "path = \"templates/kinded\"", ""));
    cli.write(plugin.resolve("templates/kinded/template.toml"), String.join("\n",
        "name = \"kinded\"", "",
        "[[parameters]]", "name = \"kind\"", "description = \"What it is\"", "type = \"choice\"",
        "choices = [\"api\", \"batch\", \"decision\"]", "required = true", "",
        "[[parameters]]", "name = \"folder\"", "description = \"Where it goes\"",
        "default = \"lib\"", "",
        "[[outputs]]", "template = \"out.tera\"", "filename = \"{{ kind }}.txt\"",
        "subdir = \"{{ folder }}\"", ""));
    cli.write(plugin.resolve("templates/kinded/out.tera"), "kind={{ kind }}\n");
  }

  @Test
  void aChoiceIsAskedAsANumberedMenuAndTheOptionalOnesWithTheirDefault() throws IOException {
    choicePlugin();

    CliHarness.Run run = cli.onTerminal("3\n\n").run("template", "generate", "kinded");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEqualTo("kind - What it is:\n  1) api\n  2) batch\n  3) decision\n"
        + "kind (1-3 or a name): folder - Where it goes [lib]: ");
    assertThat(Files.readString(cli.work.resolve("lib/decision.txt"), StandardCharsets.UTF_8))
        .isEqualTo("kind=decision\n");
  }

  @Test
  void aChoiceTakesItsNameInAnyCaseAndAnOfferedDefaultCanBeReplaced() throws IOException {
    choicePlugin();

    CliHarness.Run run = cli.onTerminal("BATCH\nsrc\n").run("template", "generate", "kinded");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(Files.readString(cli.work.resolve("src/batch.txt"), StandardCharsets.UTF_8))
        .isEqualTo("kind=batch\n");
  }

  @Test
  void aRunGivenEveryRequiredValueAsksNothing() throws IOException {
    choicePlugin();

    CliHarness.Run run = cli.onTerminal("").run("template", "generate", "kinded", "--kind", "Api");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(cli.work.resolve("lib/api.txt"), StandardCharsets.UTF_8))
        .isEqualTo("kind=api\n");
  }
}
