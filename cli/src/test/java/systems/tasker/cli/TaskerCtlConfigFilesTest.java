package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * tasker-ctl's configuration files seen through the commands: the plugins they name are used,
 * {@code config show} names the file of each value and what is not used, {@code --verbose} says
 * which file won, a cloned repository's tasker-ctl file is held to our project rules, and
 * {@code remote add} edits the file in use.
 */
class TaskerCtlConfigFilesTest {

  private final CliHarness cli = new CliHarness();
  private final Path theirs = cli.work.resolve(".tasker-ctl.toml");
  private final Path unified = cli.work.resolve(".config/tasker.toml");

  @AfterEach
  void close() throws IOException {
    cli.close();
  }

  /** A repository of plugins laid out as tasker-contrib is, and a bundled plugin of that name. */
  private Path contribRepository() {
    Path repo = cli.fs.getPath("/src/contrib");
    cli.plugin(repo.resolve("python/tasker-cli-plugin"), "tasker-contrib-python", "python");
    cli.plugin(cli.system.resolve("python/tasker-cli-plugin"), "tasker-contrib-python", "python");
    cli.write(cli.system.resolve("python/tasker-cli-plugin/templates/step_handler/handler.tera"),
        "the bundled one\n");
    return repo;
  }

  @Test
  void thePluginPathsOfTaskerCtlsFileAreSearchedBeforeTheSystemPlugins() {
    Path repo = contribRepository();
    cli.write(theirs, "plugin-paths = [\"" + repo + "\"]\n");

    CliHarness.Run run = cli.run("template", "generate", "step_handler", "--plugin",
        "tasker-contrib-python", "--param", "name=TestProcessor", "--output", "/out/a");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(cli.fs.getPath("/out/a/handlers/test_processor_handler.txt")).content()
        .startsWith("# handlers::TestProcessor\n");
    assertThat(cli.run("plugin", "list", "--all").out())
        .containsPattern("tasker-contrib-python +1\\.2\\.0 +python +project-config +1 +ok")
        .containsPattern("tasker-contrib-python +1\\.2\\.0 +python +system +1 +shadowed");
  }

  @Test
  void withoutTaskerCtlsFileTheBundledPluginIsTakenWhichIsWhyTheScriptsFailedBefore() {
    contribRepository();

    CliHarness.Run run = cli.run("template", "generate", "step_handler", "--plugin",
        "tasker-contrib-python", "--param", "name=TestProcessor", "--output", "/out/a");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(cli.fs.getPath("/out/a/handlers/test_processor_handler.txt"))
        .hasContent("the bundled one\n");
  }

  @Test
  void configShowNamesTheFileOfEachValueAndWhatTaskerCliDoesNotUse() throws IOException {
    cli.write(theirs, String.join("\n",
        "plugin-paths = [\"plugins\"]",
        "default-language = \"ruby\"",
        "cache-max-age-hours = 12",
        "editor = \"vim\"",
        "[params]",
        "package = \"not_used\"",
        "[[remotes]]",
        "name = \"tasker-contrib\"",
        "url = \"https://github.com/tasker-systems/tasker-contrib.git\"",
        "config-path = \"config/tasker/\"",
        ""));

    CliHarness.Run text = cli.run("config", "show");
    JsonNode json = new ObjectMapper().readTree(cli.run("config", "show", "--format", "json").out());

    assertThat(text.exitCode()).as(text.toString()).isZero();
    assertThat(text.out())
        .contains("config file:        /work/project/.tasker-ctl.toml  (tasker-ctl's file: only"
            + " the keys both CLIs share are read)\n")
        .contains("default-language:   ruby  (/work/project/.tasker-ctl.toml (top-level))\n")
        .contains("cache-max-age-hours: 12  (/work/project/.tasker-ctl.toml (top-level))\n")
        .contains("  tasker-contrib  https://github.com/tasker-systems/tasker-contrib.git at main"
            + "  (/work/project/.tasker-ctl.toml (top-level))\n")
        .contains("not used by tasker-cli (/work/project/.tasker-ctl.toml):\n  editor\n  params\n"
            + "  remotes[0].config-path\n")
        .containsPattern("  2 +project-config +missing +/work/project/plugins")
        .doesNotContain("package");
    assertThat(text.err()).isEmpty();
    assertThat(json.get("config_dialect").asText()).isEqualTo("tasker-ctl");
    assertThat(json.get("default_language").get("source").asText())
        .isEqualTo("/work/project/.tasker-ctl.toml (top-level)");
    assertThat(json.get("not_used")).extracting(JsonNode::asText)
        .containsExactly("editor", "params", "remotes[0].config-path");
    assertThat(json.get("diagnostics")).isEmpty();
  }

  @Test
  void aRemoteOfTaskerCtlsFileIsNotFetchedUnlessRemoteNamesItAsWithTaskerCtl() {
    cli.plugin(cli.work.resolve("rails/tasker-cli-plugin"), "acme-rails", "ruby");
    cli.write(theirs, "plugin-paths = [\".\"]\n\n[[remotes]]\nname = \"tasker-contrib\"\n"
        + "url = \"https://github.invalid/tasker-systems/tasker-contrib.git\"\n");

    CliHarness.Run list = cli.run("template", "list");
    CliHarness.Run show = cli.run("config", "show");

    assertThat(list.exitCode()).as(list.toString()).isZero();
    assertThat(list.out()).contains("acme-rails");
    assertThat(list.err()).isEmpty();
    assertThat(cli.home.resolve(".cache")).doesNotExist();
    assertThat(show.out())
        .contains("remotes (tasker-ctl's: used only when --remote names one):\n  tasker-contrib ")
        .doesNotContain("remote:tasker-contrib");
  }

  @Test
  void theUnifiedFilesValuesComeFromItsCliSectionAndItsSecretsAreNeverShown() throws IOException {
    cli.write(unified, String.join("\n",
        "[profile.prod]",
        "transport = \"grpc\"",
        "[profile.prod.orchestration]",
        "base_url = \"https://tasker.example.com\"",
        "auth_token = \"s3cret-token\"",
        "[cli]",
        "default-language = \"python\"",
        ""));

    CliHarness.Run text = cli.run("config", "show", "--profile", "prod");
    String json = cli.run("config", "show", "--profile", "prod", "--format", "json").out();

    assertThat(text.exitCode()).as(text.toString()).isZero();
    assertThat(text.out())
        .contains("config file:        /work/project/.config/tasker.toml  (tasker-ctl's unified"
            + " file: only the keys both CLIs share are read)\n")
        .contains("profile:            prod  (command line)\n")
        .contains("default-language:   python  (/work/project/.config/tasker.toml ([cli]))\n")
        .contains("  profile.prod.transport\n  profile.prod.orchestration\n");
    assertThat(text.out() + text.err() + json).doesNotContain("s3cret").doesNotContain("example.com");
    assertThat(new ObjectMapper().readTree(json).get("config_dialect").asText())
        .isEqualTo("tasker-ctl-unified");
  }

  @Test
  void aKeyOfTheRepositorysTaskerCtlFileCannotDriveTheTerminal() throws IOException {
    cli.write(theirs, "\"\\u001b]0;pwned\\u0007\" = 1\n");

    CliHarness.Run text = cli.run("config", "show");
    String json = cli.run("config", "show", "--format", "json").out();

    assertThat(text.out()).contains("  \\u001b]0;pwned\\u0007\n").doesNotContain("\u001b");
    assertThat(json).doesNotContain("\u001b");
    assertThat(new ObjectMapper().readTree(json).get("not_used").get(0).asText())
        .isEqualTo("\u001b]0;pwned\u0007");
  }

  @Test
  void oursWinsAtTheSameLevelAndVerboseSaysSo() {
    cli.write(".tasker-cli.toml", "default-language = \"rust\"\n");
    cli.write(theirs, "default-language = \"ruby\"\n");
    cli.write(cli.home.resolve(".config/tasker-ctl.toml"), "default-language = \"python\"\n");

    CliHarness.Run quiet = cli.run("config", "show");
    CliHarness.Run verbose = cli.run("config", "show", "--verbose");

    assertThat(quiet.out())
        .contains("default-language:   rust  (/work/project/.tasker-cli.toml (top-level))\n")
        .contains("not read:           /work/project/.tasker-ctl.toml  (/work/project/"
            + ".tasker-cli.toml, tasker-cli's own file at the project level, comes first)\n")
        .contains("not read:           /home/dev/.config/tasker-ctl.toml  (the project's"
            + " /work/project/.tasker-cli.toml comes first)\n");
    assertThat(quiet.err()).isEmpty();
    assertThat(verbose.err()).isEqualTo(
        "note: not reading tasker-ctl's /work/project/.tasker-ctl.toml: /work/project/"
            + ".tasker-cli.toml, tasker-cli's own file at the project level, comes first\n"
            + "note: not reading tasker-ctl's /home/dev/.config/tasker-ctl.toml: the project's"
            + " /work/project/.tasker-cli.toml comes first\n");
  }

  @Test
  void verboseSaysWhenTheFileReadIsTaskerCtls() {
    cli.write(cli.home.resolve(".config/tasker-ctl.toml"), "default-language = \"python\"\n");

    CliHarness.Run run = cli.run("-v", "template", "list");

    assertThat(run.err()).startsWith("note: reading tasker-ctl's file"
        + " /home/dev/.config/tasker-ctl.toml: only the keys both CLIs share\n");
  }

  @Test
  void aClonedRepositorysTaskerCtlFileMayNotSendFilesOutOfTheProject() throws IOException {
    cli.plugin(cli.work.resolve("vendor/acme"), "acme-ruby", "ruby");
    for (Path file : List.of(theirs, unified)) {
      String section = file.equals(unified) ? "[cli]\n" : "";
      cli.write(file, section + "default-output-dir = \"../victim/.ssh\"\n"
          + "plugin-paths = [\"vendor\"]\n");
      List<String> before = cli.everyFile();

      CliHarness.Run run = cli.run("template", "generate", "step_handler", "--name", "Keys");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).startsWith("error: " + file + ": default-output-dir /work/victim/.ssh"
          + " is outside the project /work/project; a project's configuration may only name"
          + " directories inside it\n");
      assertThat(cli.everyFile()).isEqualTo(before);
      assertThat(cli.run("plugin", "list").out())
          .containsPattern("acme-ruby +1\\.2\\.0 +ruby +project-config +1 +ok");
      Files.delete(file);
    }
  }

  @Test
  void remoteAddAndRemoveEditTaskerCtlsFileWhenItIsTheOneInUse() throws IOException {
    cli.write(theirs, "plugin-paths = [\".\"]\n");

    CliHarness.Run add = cli.run("remote", "add", "acme", "https://example.com/acme.git",
        "--git-ref", "v2");
    String added = Files.readString(theirs);
    CliHarness.Run remove = cli.run("remote", "remove", "acme");

    assertThat(add.exitCode()).as(add.toString()).isZero();
    assertThat(add.out()).endsWith("As in tasker-ctl, its templates are used with --remote acme;"
        + " 'tasker-cli remote update acme' fetches it now.\n");
    assertThat(added).isEqualTo("plugin-paths = [\".\"]\n\n[[remotes]]\nname = \"acme\"\n"
        + "url = \"https://example.com/acme.git\"\ngit-ref = \"v2\"\n");
    assertThat(remove.exitCode()).as(remove.toString()).isZero();
    assertThat(theirs).hasContent("plugin-paths = [\".\"]\n");
    assertThat(cli.home.resolve(".config/tasker-cli.toml")).doesNotExist();
  }

  @Test
  void remoteAddLeavesTheUnifiedFileToItsOwner() throws IOException {
    String text = "[cli]\nplugin-paths = [\"plugins\"]\n";
    cli.write(unified, text);

    CliHarness.Run run = cli.run("remote", "add", "acme", "https://example.com/acme.git");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: the configuration in use is tasker-ctl's unified file"
        + " /work/project/.config/tasker.toml, which tasker-cli does not edit\n"
        + "hint: add a [[cli.remotes]] table to it by hand, or pass --user or --config FILE\n");
    assertThat(unified).hasContent(text);
  }
}
