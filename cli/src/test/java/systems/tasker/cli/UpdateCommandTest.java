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
import org.approvaltests.Approvals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code update} (issue 14) with two versions of a small plugin whose files meet every outcome:
 * a file only the user edited, both edited on different lines, both on the same line, one the
 * user deleted, one the template removed after the user edited it, one it removed untouched, a
 * new file and a new parameter.
 */
class UpdateCommandTest {

  private static final Path PLUGINS = Path.of("src", "test", "resources", "update-plugin")
      .toAbsolutePath();

  private final CliHarness cli = new CliHarness();
  private Path installed;
  private Path project;

  @BeforeEach
  void initWithVersion1AndEdit() throws IOException {
    installed = cli.home.resolve(".config/tasker-cli/plugins/demo");
    install("v1");
    CliHarness.Run init = cli.run("init", "shop", "--language", "python");
    assertThat(init.exitCode()).as(init.toString()).isZero();
    project = cli.work.resolve("shop");
    cli.in(project);
    edit("notes.md", "here.\n", "here.\nThe shop opens at nine.\n");
    edit("app.py", "return \"bye\"", "return \"goodbye\"");
    edit("settings.toml", "timeout = 30", "timeout = 45");
    Files.delete(project.resolve("scratch.txt"));
    edit("legacy.txt", "Legacy settings.\n", "Legacy settings, still used by the shop.\n");
  }

  @AfterEach
  void close() throws IOException {
    cli.close();
  }

  private void install(String version) throws IOException {
    CliHarness.deleteTree(installed);
    GeneratedTreesTest.copyTree(PLUGINS.resolve(version), installed);
  }

  private void edit(String path, String before, String after) throws IOException {
    Path file = project.resolve(path);
    String text = Files.readString(file);
    assertThat(text).contains(before);
    Files.writeString(file, text.replace(before, after));
  }

  private String read(String path) throws IOException {
    return Files.readString(project.resolve(path));
  }

  private Map<String, String> tree() throws IOException {
    return CliHarness.files(project);
  }

  private static List<String> outcomes(CliHarness.Run run) throws IOException {
    List<String> outcomes = new ArrayList<>();
    for (JsonNode file : new ObjectMapper().readTree(run.out()).get("files")) {
      outcomes.add(file.get("path").asText() + ": " + file.get("outcome").asText());
    }
    return outcomes;
  }

  /** The new parameter of version 2, required and without a default. */
  private void requirePortWithoutDefault() throws IOException {
    Path toml = installed.resolve("templates/project/template.toml");
    Files.writeString(toml, Files.readString(toml).replace("default = 8080\n", "")
        .replace("required = false\n", "required = true\n"));
  }

  @Test
  void aDryRunShowsEveryOutcomeWithItsDiffAndRefusesTheConflictWritingNothing()
      throws IOException {
    install("v2");
    Map<String, String> before = tree();

    CliHarness.Run dryRun = cli.run("update", "--dry-run");

    assertThat(dryRun.exitCode()).isEqualTo(1);
    assertThat(dryRun.err()).isEqualTo("error: 1 file conflicts with your changes, nothing was"
        + " written: settings.toml\nhint: pass --conflicts=markers to write them with conflict"
        + " markers and resolve them in your editor\n");
    assertThat(tree()).isEqualTo(before);
    Approvals.verify(dryRun.out());
  }

  @Test
  void aConflictWritesNothingAndListsItWithItsDiff() throws IOException {
    install("v2");
    Map<String, String> before = tree();

    CliHarness.Run update = cli.run("update");

    assertThat(update.exitCode()).as(update.toString()).isEqualTo(1);
    assertThat(update.out()).contains("conflict          settings.toml: you and the template"
        + " changed the same lines (1 place)\n")
        .contains("--- a/settings.toml\n+++ b/settings.toml\n@@ -1,4 +1,8 @@\n [service]\n"
            + " name = \"shop\"\n+<<<<<<< yours\n timeout = 45\n+=======\n+timeout = 60\n"
            + "+>>>>>>> template 2.0.0\n retries = 3\n")
        .doesNotContain("--- a/README.md")
        .endsWith("Nothing written: 9 files: 2 unchanged, 1 updated, 1 merged, 1 conflict,"
            + " 1 added, 2 removed upstream, 1 deleted by user\n");
    assertThat(tree()).isEqualTo(before);
  }

  @Test
  void theJsonPlanOfAnUpdateWithConflictMarkers() throws IOException {
    install("v2");

    CliHarness.Run json = cli.run("update", "--dry-run", "--conflicts=markers", "--format",
        "json");

    assertThat(json.exitCode()).as(json.toString()).isZero();
    Approvals.verify(json.out());
  }

  @Test
  void withMarkersEveryOutcomeIsAppliedAndTheAnswersFileRecordsTheNewVersion()
      throws IOException {
    install("v2");

    CliHarness.Run update = cli.run("update", "--conflicts=markers");

    assertThat(update.exitCode()).as(update.toString()).isZero();
    assertThat(update.err()).isEqualTo("warning: conflict markers were written; resolve them,"
        + " then commit the project\n");
    Approvals.verify(update.out());
    assertThat(read("notes.md")).endsWith("here.\nThe shop opens at nine.\n");
    assertThat(read("app.py")).contains("return \"hello from shop\"")
        .contains("return \"goodbye\"");
    assertThat(read("settings.toml")).isEqualTo("[service]\nname = \"shop\"\n<<<<<<< yours\n"
        + "timeout = 45\n=======\ntimeout = 60\n>>>>>>> template 2.0.0\nretries = 3\n");
    assertThat(read("README.md")).contains("Made from tasker-update-demo 2.0.0.");
    assertThat(read("service.toml")).isEqualTo("[service]\nport = 8080\n");
    assertThat(project.resolve("scratch.txt")).doesNotExist();
    assertThat(project.resolve("obsolete.txt")).doesNotExist();
    assertThat(read("legacy.txt")).isEqualTo("Legacy settings, still used by the shop.\n");
    assertThat(read(".tasker-cli-answers.toml")).contains("plugin_version = \"2.0.0\"")
        .contains("port = 8080").contains("\"service.toml\" = \"sha256:")
        .doesNotContain("obsolete.txt");
    assertThat(Files.list(project).map(p -> p.getFileName().toString()))
        .noneMatch(name -> name.endsWith(".rej") || name.endsWith(".orig")
            || name.endsWith(".tmp") || name.endsWith(".bak"));
  }

  @Test
  void aSecondUpdateToTheSameVersionIsUnchangedEverywhere() throws IOException {
    install("v2");
    assertThat(cli.run("update", "--conflicts=markers").exitCode()).isZero();
    Map<String, String> after = tree();

    CliHarness.Run again = cli.run("update", "--format", "json");

    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(outcomes(again)).allMatch(outcome -> outcome.endsWith(": unchanged"))
        .contains(".tasker-cli-answers.toml: unchanged", "settings.toml: unchanged");
    assertThat(tree()).isEqualTo(after);
  }

  @Test
  void templatesGeneratedFromARemoteLaterStayRecordedInTheAnswersFile() throws IOException {
    install("v2");
    String generated = "[[generated]]\ntemplate = \"hello\"\nplugin = \"acme\"\n"
        + "[generated.parameters]\nname = \"x\"\n";
    Files.writeString(project.resolve(".tasker-cli-answers.toml"),
        read(".tasker-cli-answers.toml") + "\n" + generated);

    assertThat(cli.run("update", "--conflicts=markers").exitCode()).isZero();

    assertThat(read(".tasker-cli-answers.toml")).contains("plugin_version = \"2.0.0\"")
        .endsWith("\n\n" + generated);
  }

  @Test
  void anInterruptedUpdateLeavesTheProjectAsItWas() throws IOException {
    install("v2");
    Map<String, String> before = tree();

    CliHarness.Run interrupted = cli.runInterrupted(3, "update", "--conflicts=markers");

    // in-process the run fails (1); a real signal's exit code (130, 143) is SignalGuard's, see
    // UpdatePythonProjectIT
    assertThat(interrupted.exitCode()).as(interrupted.toString()).isEqualTo(1);
    assertThat(interrupted.err()).startsWith("error: interrupted while writing into "
        + project + " (after 3 of 6 files); every change was rolled back\n");
    assertThat(tree()).isEqualTo(before);
    assertThat(read(".tasker-cli-answers.toml")).contains("plugin_version = \"1.0.0\"");
  }

  @Test
  void withoutACachedBaseTheRecordedHashesUpdateUntouchedFilesAndAskForReviewOfTheRest()
      throws IOException {
    install("v2");
    CliHarness.deleteTree(cli.home.resolve(".cache/tasker-cli/versions"));

    CliHarness.Run update = cli.run("update", "--format", "json");

    assertThat(update.exitCode()).as(update.toString()).isZero();
    assertThat(outcomes(update)).containsExactly(
        "README.md: updated", "app.py: review", "notes.md: unchanged", "same.txt: unchanged",
        "scratch.txt: deleted by user", "service.toml: added", "settings.toml: review",
        "legacy.txt: removed upstream", "obsolete.txt: removed upstream",
        ".tasker-cli-answers.toml: updated");
    JsonNode review = new ObjectMapper().readTree(update.out()).get("files").get(1);
    assertThat(review.get("note").asText()).startsWith("changed by you, template changed too");
    assertThat(review.get("diff").asText()).contains("-    return \"hello\"\n"
        + "+    return \"hello from shop\"\n");
    assertThat(read("app.py")).contains("return \"goodbye\"").contains("return \"hello\"");
    assertThat(read("README.md")).contains("2.0.0");
    assertThat(project.resolve("obsolete.txt")).doesNotExist();
  }

  @Test
  void anAnswersFileWithoutHashesStillUpdates() throws IOException {
    install("v2");
    CliHarness.deleteTree(cli.home.resolve(".cache/tasker-cli/versions"));
    String answers = read(".tasker-cli-answers.toml");
    Files.writeString(project.resolve(".tasker-cli-answers.toml"),
        answers.substring(0, answers.indexOf("\n# The hash of each file")) + "\n");

    CliHarness.Run update = cli.run("update", "--format", "json");

    assertThat(update.exitCode()).as(update.toString()).isZero();
    assertThat(outcomes(update)).contains("README.md: review", "same.txt: unchanged",
        "scratch.txt: added", "service.toml: added");
    assertThat(read("README.md")).contains("1.0.0");
  }

  @Test
  void aNewRequiredParameterWithoutADefaultIsAnErrorNamingItWithNoInput() throws IOException {
    install("v2");
    requirePortWithoutDefault();
    Map<String, String> before = tree();

    CliHarness.Run update = cli.run("--no-input", "update");

    assertThat(update.exitCode()).isEqualTo(2);
    assertThat(update.err()).startsWith("error: missing required parameter 'port'");
    assertThat(tree()).isEqualTo(before);
  }

  @Test
  void aNewRequiredParameterIsAskedForOnATerminal() throws IOException {
    install("v2");
    requirePortWithoutDefault();
    cli.onTerminal("9090\n");

    CliHarness.Run update = cli.run("update", "--conflicts=markers");

    assertThat(update.exitCode()).as(update.toString()).isZero();
    assertThat(update.err()).contains("port");
    assertThat(read("service.toml")).isEqualTo("[service]\nport = 9090\n");
    assertThat(read(".tasker-cli-answers.toml")).contains("port = 9090");
  }

  @Test
  void toAnOlderCachedVersionAndToOneNeitherInstalledNorCached() throws IOException {
    install("v2");
    assertThat(cli.run("update", "--conflicts=markers").exitCode()).isZero();

    CliHarness.Run back = cli.run("update", "--to", "1.0.0", "--dry-run", "--conflicts=markers",
        "--format", "json");
    CliHarness.Run unknown = cli.run("update", "--to", "3.0.0");

    assertThat(back.exitCode()).as(back.toString()).isZero();
    assertThat(outcomes(back)).contains("obsolete.txt: added", "service.toml: removed upstream",
        "README.md: updated", "legacy.txt: conflict");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("error: version 3.0.0 of tasker-update-demo is neither"
        + " installed nor in the cache of versions\nhint: the installed version is 2.0.0;"
        + " install the version you want, then run update without --to\n");
  }

  @Test
  void outsideAProjectAndWithABrokenAnswersFileItIsAUsageError() throws IOException {
    CliHarness.Run outside = cli.in(cli.work).run("update");
    Files.writeString(project.resolve(".tasker-cli-answers.toml"), "[generator]\nplugin = \n");
    CliHarness.Run broken = cli.in(project).run("update");

    assertThat(outside.exitCode()).isEqualTo(2);
    assertThat(outside.err()).isEqualTo("error: no .tasker-cli-answers.toml in /work/project or"
        + " above: update works in a project made by 'tasker-cli init'\n"
        + "hint: run it in the project's directory\n");
    assertThat(broken.exitCode()).isEqualTo(2);
    assertThat(broken.err()).startsWith("error: cannot read /work/project/shop/"
        + ".tasker-cli-answers.toml:2:");
  }

  @Test
  void anAnswersFileNamingAPathOutsideTheProjectIsRefused() throws IOException {
    install("v2");
    Files.writeString(project.resolve(".tasker-cli-answers.toml"),
        read(".tasker-cli-answers.toml") + "\"../../etc/passwd\" = \"sha256:00\"\n");

    CliHarness.Run update = cli.run("update");

    assertThat(update.exitCode()).isEqualTo(2);
    assertThat(update.err()).startsWith("error: /work/project/shop/.tasker-cli-answers.toml:"
        + " [files] names an unsafe path '../../etc/passwd'");
  }

  @Test
  void aBadConflictsModeIsAUsageError() throws IOException {
    CliHarness.Run update = cli.run("update", "--conflicts=theirs");

    assertThat(update.exitCode()).isEqualTo(2);
    assertThat(update.err()).isEqualTo("error: invalid value for --conflicts: 'theirs'\n"
        + "hint: use --conflicts=refuse (the default) or --conflicts=markers\n");
  }
}
