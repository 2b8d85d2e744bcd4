package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code remote list|add|remove}, {@code --remote} and what a cached remote looks like in the
 * other commands, in-process on Jimfs. The cache is laid out by hand here, as a fetch would leave
 * it; fetching itself is covered by {@code RemotesIT} with real repositories.
 */
class RemoteCommandsTest {

  private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
  private static final String SECRET_URL = "https://ada:t0ken-xyz@example.com/acme.git";

  private final CliHarness cli = new CliHarness();
  private final Path userConfig = cli.home.resolve(".config/tasker-cli.toml");
  private final Path cache = cli.home.resolve(".cache/tasker-cli/remotes");

  @AfterEach
  void close() throws IOException {
    cli.close();
  }

  /** The cache as a fetch of {@code url} at main leaves it, {@code age} ago. */
  private Path cached(String name, String url, ChronoUnit unit, long age) {
    Path checkout = cache.resolve(name).resolve("checkouts/c1");
    cli.plugin(checkout.resolve("acme/tasker-cli-plugin"), "acme-python", "python");
    cli.write(cache.resolve(name).resolve("remote.properties"), String.join("\n",
        "url=" + url.replace(":", "\\:"),
        "ref=main",
        "commit=" + COMMIT,
        "fetched-at=" + Instant.now().minus(age, unit).toString().replace(":", "\\:"),
        "checkout=c1", ""));
    return checkout;
  }

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void addAppendsATableToTheProjectsFileKeepingItsComments() throws IOException {
    String original = "# our project\ndefault-language = \"python\"  # keep me\n\n[params]\n"
        + "package = \"app\"\n";
    Path project = cli.write(".tasker-cli.toml", original);

    CliHarness.Run run = cli.run("remote", "add", "acme", SECRET_URL, "--ref", "v2",
        "--plugin-path", "plugins");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(Files.readString(project)).isEqualTo(original + "\n[[remotes]]\nname = \"acme\"\n"
        + "url = \"" + SECRET_URL + "\"\nref = \"v2\"\nplugin-path = \"plugins\"\n");
    assertThat(run.out()).contains("Added remote 'acme' (https://example.com/acme.git at v2) to "
        + project).doesNotContain("t0ken");
    assertThat(Files.exists(userConfig)).isFalse();
  }

  @Test
  void addWritesTheUserFileOutsideAProjectOrWithUserAndTheNamedFileWithConfig() throws IOException {
    assertThat(cli.run("remote", "add", "a", "https://example.com/a").exitCode()).isEqualTo(0);
    cli.write(".tasker-cli.toml", "");
    assertThat(cli.run("remote", "add", "b", "https://example.com/b", "--user").exitCode())
        .isEqualTo(0);
    assertThat(cli.run("--config", "other.toml", "remote", "add", "c", "/srv/c.git").exitCode())
        .isEqualTo(0);

    assertThat(Files.readString(userConfig)).contains("name = \"a\"").contains("name = \"b\"");
    assertThat(Files.readString(cli.work.resolve(".tasker-cli.toml"))).isEmpty();
    assertThat(Files.readString(cli.work.resolve("other.toml"))).contains("name = \"c\"");
  }

  @Test
  void badAddsAreUsageErrorsThatChangeNothing() throws IOException {
    cli.write(userConfig, "[[remotes]]\nname = \"a\"\nurl = \"https://example.com/a\"\n");
    String before = Files.readString(userConfig);

    CliHarness.Run duplicate = cli.run("remote", "add", "a", "https://example.com/other");
    CliHarness.Run badName = cli.run("remote", "add", "../x", "https://example.com/x");
    CliHarness.Run badUrl = cli.run("remote", "add", "x", "ftp://example.com/x");
    CliHarness.Run badPath = cli.run("remote", "add", "x", "/srv/x", "--plugin-path", "../up");

    assertThat(duplicate.exitCode()).isEqualTo(2);
    assertThat(duplicate.err()).contains("a remote named 'a' is already declared in " + userConfig);
    assertThat(badName.exitCode()).isEqualTo(2);
    assertThat(badName.err()).contains("invalid remote name '../x'");
    assertThat(badUrl.exitCode()).isEqualTo(2);
    assertThat(badPath.exitCode()).isEqualTo(2);
    assertThat(Files.readString(userConfig)).isEqualTo(before);
  }

  @Test
  void removeTakesTheTableAndTheCacheAway() throws IOException {
    cli.write(userConfig, "# mine\ncache-max-age-hours = 5\n\n[[remotes]]\nname = \"acme\"\n"
        + "url = \"https://example.com/acme.git\"\n");
    cached("acme", "https://example.com/acme.git", ChronoUnit.MINUTES, 1);

    CliHarness.Run run = cli.run("remote", "remove", "acme");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(Files.readString(userConfig)).isEqualTo("# mine\ncache-max-age-hours = 5\n");
    assertThat(Files.exists(cache.resolve("acme"))).isFalse();
    assertThat(cli.run("remote", "remove", "acme").exitCode()).isEqualTo(2);
  }

  @Test
  void listShowsEachRemoteWithItsCacheWithoutCredentials() throws IOException {
    cli.write(userConfig, "cache-max-age-hours = 24\n"
        + "[[remotes]]\nname = \"fresh\"\nurl = \"" + SECRET_URL + "\"\n"
        + "[[remotes]]\nname = \"old\"\nurl = \"https://example.com/old.git\"\n"
        + "[[remotes]]\nname = \"never\"\nurl = \"https://example.com/never.git\"\n");
    cached("fresh", "https://example.com/acme.git", ChronoUnit.MINUTES, 5);
    cached("old", "https://example.com/old.git", ChronoUnit.DAYS, 3);

    CliHarness.Run text = cli.run("remote", "list");
    CliHarness.Run json = cli.run("remote", "list", "--format", "json");

    assertThat(text.exitCode()).as(text.toString()).isEqualTo(0);
    assertThat(text.out())
        .containsPattern("fresh +https://example.com/acme.git +main +0123456789ab +5 minutes ago"
            + " +fresh")
        .containsPattern("old +https://example.com/old.git +main +0123456789ab +3 days ago +stale")
        .containsPattern("never +https://example.com/never.git +main +- +- +not fetched")
        .doesNotContain("t0ken");
    JsonNode remotes = json(json.out()).get("remotes");
    assertThat(remotes).extracting(r -> r.get("status").asText())
        .containsExactly("fresh", "stale", "not fetched");
    assertThat(remotes.get(0).get("commit").asText()).isEqualTo(COMMIT);
    assertThat(json.out()).doesNotContain("t0ken");
  }

  @Test
  void aCachedRemotesPluginsAreListedWithTheirCommitAndUsedByRemote() throws IOException {
    cli.write(userConfig, "[[remotes]]\nname = \"acme\"\nurl = \"" + SECRET_URL + "\"\n");
    cached("acme", "https://example.com/acme.git", ChronoUnit.MINUTES, 1);

    CliHarness.Run list = cli.run("plugin", "list");
    CliHarness.Run listJson = cli.run("plugin", "list", "--format", "json");
    CliHarness.Run generate = cli.run("template", "generate", "step_handler", "--remote", "acme",
        "--name", "Charge", "-o", "out");

    assertThat(list.out()).containsPattern("acme-python +1\\.2\\.0 +python +remote:acme@0123456789ab");
    JsonNode plugin = json(listJson.out()).get("plugins").get(0);
    assertThat(plugin.get("source").asText()).isEqualTo("remote:acme");
    assertThat(plugin.get("remote").get("commit").asText()).isEqualTo(COMMIT);
    assertThat(plugin.get("remote").get("url").asText()).isEqualTo("https://example.com/acme.git");
    assertThat(generate.exitCode()).as(generate.toString()).isEqualTo(0);
    String answers = Files.readString(cli.work.resolve("out/.tasker-cli-answers.toml"));
    assertThat(answers).contains("[[generated]]\ntemplate = \"step_handler\"\n")
        .contains("[generated.source]\nkind = \"remote\"\nremote = \"acme\"\n"
            + "url = \"https://example.com/acme.git\"\nref = \"main\"\ncommit = \"" + COMMIT + "\"")
        .contains("name = \"Charge\"")
        .doesNotContain("t0ken");
    assertThat(cli.work.resolve("out/handlers/charge_handler.txt")).exists();
  }

  @Test
  void completionListsWhatIsCachedAndNeverFetches() {
    cli.write(userConfig, "[[remotes]]\nname = \"acme\"\nurl = \"https://example.com/acme\"\n"
        + "[[remotes]]\nname = \"never\"\nurl = \"https://example.com/never\"\n");
    cached("acme", "https://example.com/acme", ChronoUnit.DAYS, 30);

    CliHarness.Run run = cli.run("__complete", "templates");

    // Fetching "never" (or refreshing the month-old "acme") would fail here: there is no network.
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
    assertThat(run.out()).isEqualTo("step_handler\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void remoteOptionsAreCheckedBeforeAnythingIsFetched() {
    CliHarness.Run unknown = cli.run("template", "list", "--remote", "nope");
    CliHarness.Run refAlone = cli.run("template", "list", "--ref", "v1");
    CliHarness.Run both = cli.run("template", "list", "--remote", "a", "--url", "/srv/a.git");

    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("error: unknown remote 'nope'");
    assertThat(refAlone.exitCode()).isEqualTo(2);
    assertThat(refAlone.err()).contains("--ref only goes with --url");
    assertThat(both.exitCode()).isEqualTo(2);
  }

  @Test
  void configShowListsTheRemotesAndTheirSettings() throws IOException {
    cli.write(userConfig, "cache-max-age-hours = 6\nuse-published-plugins = true\n"
        + "[[remotes]]\nname = \"acme\"\nurl = \"" + SECRET_URL + "\"\nref = \"v1\"\n");

    CliHarness.Run run = cli.run("config", "show");
    JsonNode json = json(cli.run("config", "show", "--format", "json").out());

    assertThat(run.out()).contains("cache-max-age-hours: 6  (" + userConfig + " (top-level))")
        .contains("acme  https://example.com/acme.git at v1")
        .contains("tasker-contrib  https://github.com/tasker-systems/tasker-contrib at main")
        .containsPattern("remote:acme +not fetched +" + cache.resolve("acme"))
        .doesNotContain("t0ken");
    assertThat(json.get("remotes")).extracting(r -> r.get("name").asText())
        .containsExactly("acme", "tasker-contrib");
    assertThat(json.get("cache_max_age_hours").get("value").asText()).isEqualTo("6");
  }
}
