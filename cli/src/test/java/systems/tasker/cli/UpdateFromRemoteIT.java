package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code update} of a project made from a git remote's plugin: the base is the commit {@code init}
 * recorded, fetched again, even when the plugin's version did not change and the cache of
 * versions is gone; and {@code --to} a commit of that remote.
 */
class UpdateFromRemoteIT {

  private static final Path PLUGINS = Path.of("src", "test", "resources", "update-plugin")
      .toAbsolutePath();

  @TempDir
  Path dir;

  @Test
  void theBaseIsTheRecordedCommitOfTheRemote() throws Exception {
    CliProcess cli = new CliProcess(dir);
    Path repo = Files.createDirectories(dir.resolve("plugins"));
    GeneratedTreesTest.copyTree(PLUGINS.resolve("v1"), repo.resolve("demo"));
    GitFixtures.repository(repo, java.util.Map.of());
    String first = GitFixtures.git(repo, "rev-parse", "HEAD");
    GitFixtures.write(cli.home.resolve(".config/tasker-cli.toml"),
        "[[remotes]]\nname = \"demo\"\nurl = \"" + repo + "\"\n");
    CliProcess.Result init = cli.run("init", ".", "--language", "python");
    assertThat(init.exitCode()).as(init.toString()).isZero();
    Path app = cli.work.resolve("app.py");
    Files.writeString(app, Files.readString(app).replace("return \"bye\"", "return \"goodbye\""));

    CliHarness.deleteTree(repo.resolve("demo"));
    GeneratedTreesTest.copyTree(PLUGINS.resolve("v2"), repo.resolve("demo"));
    GitFixtures.commit(repo, java.util.Map.of(), "version 2");
    assertThat(cli.run("remote", "update", "demo").exitCode()).isZero();
    CliHarness.deleteTree(cli.home.resolve(".cache/tasker-cli/versions"));

    CliProcess.Result update = cli.run("update", "--conflicts=markers", "--format", "json");

    assertThat(update.exitCode()).as(update.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(update.out());
    assertThat(json.get("base").asText())
        .isEqualTo("commit " + first.substring(0, 12) + " of " + repo);
    List<String> outcomes = new ArrayList<>();
    json.get("files").forEach(f -> outcomes.add(f.get("path").asText() + ": "
        + f.get("outcome").asText()));
    assertThat(outcomes).contains("app.py: merged", "README.md: updated",
        "obsolete.txt: removed upstream", "service.toml: added");
    assertThat(Files.readString(app)).contains("return \"goodbye\"")
        .contains("return \"hello from work\"");

    CliProcess.Result back = cli.run("update", "--to", first, "--dry-run", "--format", "json");

    assertThat(back.exitCode()).as(back.toString()).isZero();
    JsonNode backJson = new ObjectMapper().readTree(back.out());
    assertThat(backJson.get("to_version").asText()).isEqualTo("1.0.0 (" + first + ")");
    assertThat(backJson.get("base").asText()).startsWith("commit ")
        .doesNotContain(first.substring(0, 12));
    List<String> backOutcomes = new ArrayList<>();
    backJson.get("files").forEach(f -> backOutcomes.add(f.get("path").asText() + ": "
        + f.get("outcome").asText()));
    assertThat(backOutcomes).contains("obsolete.txt: added", "service.toml: removed upstream");
  }
}
