package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The completion cache every run refreshes, as a run in-process leaves it on Jimfs. */
class CompletionCacheTest {

  private final CliHarness cli = new CliHarness();

  @AfterEach
  void close() throws Exception {
    cli.close();
  }

  private Path cache() {
    return cli.home.resolve(".cache/tasker-cli/complete");
  }

  private List<String> cacheLines() throws Exception {
    return Files.readAllLines(cache(), StandardCharsets.UTF_8);
  }

  @Test
  void aRunThatFindsThePluginsWritesCommandsOptionsTemplatesParametersPluginsAndLanguages()
      throws Exception {
    cli.plugin(cli.system.resolve("python/tasker-cli-plugin"), "tasker-contrib-python", "python");
    cli.plugin(cli.system.resolve("ruby/tasker-cli-plugin"), "tasker-contrib-ruby", "ruby");

    CliHarness.Run run = cli.runAsMain("template", "list");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    List<String> lines = cacheLines();
    assertThat(lines.get(0)).startsWith("tasker-cli-complete\t1\t|\t");
    assertThat(lines).contains(
        "command\ttasker-cli\ttemplate\tList, describe and generate templates.",
        "command\ttasker-cli template\tgenerate\tRender a template into files. Each template"
            + " parameter is also an option: run 'tasker-cli template generate NAME --help' to"
            + " see them.",
        "option\ttasker-cli template list\t--language\tOnly templates for language L.",
        "option\ttasker-cli\t--plugin-path\tSearch DIR for plugins first (repeatable).",
        "template\tstep_handler\tA python step handler",
        "param\tstep_handler\t--name\tHandler name (e.g., ProcessPayment)",
        "param\tstep_handler\t--module-name\tModule namespace",
        "param\tstep_handler\t--module_name\tModule namespace",
        "plugin\ttasker-contrib-python\tTemplates of tasker-contrib-python",
        "plugin\ttasker-contrib-ruby\tTemplates of tasker-contrib-ruby",
        "language\tpython",
        "language\truby");
    assertThat(lines).noneMatch(line -> line.contains("__complete") || line.contains("__train"));
    assertThat(lines).filteredOn(line -> line.startsWith("template\tstep_handler\t")).hasSize(1);
  }

  @Test
  void itGoesUnderXdgCacheHomeWhenThatIsAnAbsolutePath() {
    cli.variables.put("XDG_CACHE_HOME", "/var/cache/dev");

    cli.runAsMain("plugin", "list");

    assertThat(cli.fs.getPath("/var/cache/dev/tasker-cli/complete")).exists();
    assertThat(cache()).doesNotExist();
  }

  @Test
  void itIsRewrittenOnlyWhenWhatItHoldsChanged() throws Exception {
    Path plugin =
        cli.plugin(cli.system.resolve("python/tasker-cli-plugin"), "tasker-contrib-python", "python");
    cli.runAsMain("plugin", "list");
    Files.writeString(cache(), Files.readString(cache()) + "language\tkept\n");

    cli.runAsMain("template", "list");
    assertThat(cacheLines()).as("unchanged plugins: the file was not rewritten")
        .contains("language\tkept");

    Path template = plugin.resolve("templates/step_handler/template.toml");
    Files.writeString(template, Files.readString(template).replace("Module namespace", "Where"));
    Files.setLastModifiedTime(template, FileTime.fromMillis(1_000_000));
    cli.runAsMain("template", "list");
    assertThat(cacheLines()).doesNotContain("language\tkept")
        .contains("param\tstep_handler\t--module-name\tWhere");
  }

  @Test
  void aRunPointedAtOtherPluginsOrConfigurationLeavesItAlone() {
    cli.plugin(cli.fs.getPath("/opt/extra/acme"), "acme-ruby", "ruby");
    cli.write(cli.fs.getPath("/opt/other.toml"), "default-language = \"ruby\"\n");

    assertThat(cli.runAsMain("--plugin-path", "/opt/extra", "template", "list").exitCode()).isEqualTo(0);
    assertThat(cli.runAsMain("--config", "/opt/other.toml", "template", "list").exitCode()).isEqualTo(0);
    assertThat(cache()).doesNotExist();
  }

  @Test
  void aRunThatFailsWritesNothing() {
    CliHarness.Run run = cli.runAsMain("template", "info", "no_such_template");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(cache()).doesNotExist();
  }

  @Test
  void aRunThatNeedsNoPluginsWritesNothing() {
    assertThat(cli.runAsMain("completion", "bash").exitCode()).isEqualTo(0);
    assertThat(cli.runAsMain("--help").exitCode()).isEqualTo(0);

    assertThat(cache()).doesNotExist();
  }

  @Test
  void theContextNamesTheProjectConfigurationAndPluginDirectoryOfTheWorkingDirectory()
      throws Exception {
    cli.write(".tasker-cli.toml", "default-language = \"ruby\"\n");
    Files.createDirectories(cli.work.resolve(".tasker-cli/plugins"));

    cli.runAsMain("plugin", "list");

    assertThat(cacheLines().get(0)).startsWith("tasker-cli-complete\t1\t"
        + cli.work.resolve(".tasker-cli.toml") + "|" + cli.work.resolve(".tasker-cli/plugins") + "\t");
  }

  @Test
  void pluginTextBecomesOnePlainLineAndNamesThatAreNotPlainWordsNeverGetIn() throws Exception {
    cli.write(cli.system.resolve("evil/tasker-plugin.toml"), String.join("\n",
        "[plugin]",
        "name = \"evil\"",
        "version = \"1.0.0\"",
        "description = \"red\\u001b[31m\\tand\\nbroken\\u202eline\"",
        "language = \"python\"",
        ""));

    CliHarness.Run run = cli.runAsMain("plugin", "list");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(cacheLines()).contains("plugin\tevil\tred [31m and broken line")
        .allSatisfy(line -> assertThat(line.chars()
            .filter(c -> c < 0x20 && c != '\t' || c == 0x7f || c == 0x202e)).isEmpty());
  }

  @Test
  void aCacheThatCannotBeWrittenNeverFailsTheRun() throws Exception {
    cli.plugin(cli.system.resolve("python/tasker-cli-plugin"), "tasker-contrib-python", "python");
    cli.write(cli.home.resolve(".cache"), "a file where the cache directory would be\n");

    CliHarness.Run run = cli.runAsMain("template", "list");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("step_handler");
  }

  @Test
  void completeParamsListsTheOptionsOfTheNamedTemplate() {
    cli.plugin(cli.system.resolve("python/tasker-cli-plugin"), "tasker-contrib-python", "python");

    CliHarness.Run run = cli.runAsMain("__complete", "params", "Step-Handler");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.out()).isEqualTo("--name\n--module-name\n--module_name\n");
    assertThat(cli.runAsMain("__complete", "params", "no_such").out()).isEmpty();
  }
}
