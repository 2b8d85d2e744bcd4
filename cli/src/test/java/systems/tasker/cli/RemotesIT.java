package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static systems.tasker.cli.GitFixtures.commit;
import static systems.tasker.cli.GitFixtures.git;
import static systems.tasker.cli.GitFixtures.plugin;
import static systems.tasker.cli.GitFixtures.repository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remotes fetched by the built jar from real git repositories: by path and file:// URL, over
 * git:// from {@code git daemon}, over smart HTTP with credentials; updates, tags, a stale cache
 * offline, a damaged cache, two runs at once, and hostile repositories.
 */
class RemotesIT {

  @TempDir Path dir;
  private CliProcess cli;
  private Path home;
  private Path work;

  @BeforeEach
  void setUp() throws IOException {
    cli = new CliProcess(dir);
    home = cli.home;
    work = cli.work;
  }

  private CliProcess.Result run(String... args) throws IOException, InterruptedException {
    return cli.run(args);
  }

  private Path config(String text) {
    Path file = home.resolve(".config/tasker-cli.toml");
    GitFixtures.write(file, text);
    return file;
  }

  private Path cacheOf(String name) {
    return home.resolve(".cache/tasker-cli/remotes").resolve(name);
  }

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  private void age(String name, long days) {
    GitFixtures.ageCache(cacheOf(name).resolve("remote.properties"), days);
  }

  @Test
  void aPlainPathAndAFileUrlAreFetchedAndCachedByUrl() throws Exception {
    Path repo = repository(dir.resolve("plugins"), plugin("acme", "acme-plugins", "path"));

    CliProcess.Result byPath = run("template", "list", "--url", repo.toString());
    CliProcess.Result byFileUrl = run("template", "generate", "hello", "--url", repo.toUri().toString(),
        "--name", "world", "-o", "out");

    assertThat(byPath.exitCode()).as(byPath.toString()).isZero();
    assertThat(byPath.out()).containsPattern("hello +python +acme-plugins +Says hello");
    assertThat(byFileUrl.exitCode()).as(byFileUrl.toString()).isZero();
    assertThat(work.resolve("out/world.txt")).hasContent("hello world from path");
    try (Stream<Path> cached = Files.list(home.resolve(".cache/tasker-cli/remotes"))) {
      assertThat(cached.map(p -> p.getFileName().toString()))
          .hasSize(2).allMatch(name -> name.matches("_url_[0-9a-f]{16}"));
    }
    assertThat(Files.readString(work.resolve("out/.tasker-cli-answers.toml")))
        .contains("url = \"" + repo.toUri() + "\"")
        .contains("commit = \"" + git(repo, "rev-parse", "HEAD") + "\"");
  }

  @Test
  void updateSwitchesToTheNewCommitAndATagStaysWhereItPoints() throws Exception {
    Path repo = repository(dir.resolve("plugins"), plugin("acme", "acme-plugins", "v1"));
    String first = git(repo, "rev-parse", "HEAD");
    git(repo, "tag", "-a", "v1", "-m", "release 1");
    config("[[remotes]]\nname = \"live\"\nurl = \"" + repo + "\"\n"
        + "[[remotes]]\nname = \"pinned\"\nurl = \"" + repo + "\"\nref = \"v1\"\n");
    assertThat(run("remote", "update").exitCode()).isZero();
    String second = commit(repo, plugin("acme", "acme-plugins", "v2"), "second");

    CliProcess.Result update = run("remote", "update", "live");
    CliProcess.Result list = run("remote", "list", "--format", "json");
    CliProcess.Result generate = run("template", "generate", "hello", "--remote", "pinned", "--name", "x");

    assertThat(update.exitCode()).as(update.toString()).isZero();
    assertThat(update.out()).contains("Updated remote 'live': commit " + first.substring(0, 12)
        + " -> " + second.substring(0, 12));
    JsonNode remotes = json(list.out()).get("remotes");
    assertThat(remotes).extracting(r -> r.get("name").asText() + " " + r.get("commit").asText())
        .containsExactly("live " + second, "pinned " + first);
    assertThat(generate.exitCode()).as(generate.toString()).isZero();
    assertThat(work.resolve("x.txt")).hasContent("hello x from v1");
  }

  @Test
  void overGitDaemonAStaleCacheWorksOfflineWithOneWarning() throws Exception {
    Path served = Files.createDirectories(dir.resolve("served"));
    Path repo = repository(dir.resolve("src"), plugin("acme", "acme-plugins", "daemon"));
    GitFixtures.bare(repo, served.resolve("acme.git"));
    String url;
    try (GitFixtures.Daemon daemon = new GitFixtures.Daemon(served)) {
      url = daemon.url("acme.git");
      config("cache-max-age-hours = 24\n[[remotes]]\nname = \"acme\"\nurl = \"" + url + "\"\n");
      CliProcess.Result online = run("plugin", "list");
      assertThat(online.exitCode()).as(online.toString()).isZero();
      assertThat(online.out()).containsPattern("acme-plugins +1\\.0\\.0 +python +remote:acme@");
    }
    age("acme", 3);

    CliProcess.Result offline = run("template", "generate", "hello", "--name", "offline");

    assertThat(offline.exitCode()).as(offline.toString()).isZero();
    assertThat(work.resolve("offline.txt")).hasContent("hello offline from daemon");
    assertThat(offline.err().lines().filter(line -> line.startsWith("warning:")))
        .singleElement().asString()
        .contains("remote:acme was fetched 3 days ago")
        .contains("cannot be refreshed from " + url)
        .contains("using the cached commit " + git(repo, "rev-parse", "HEAD").substring(0, 12));

    config("[[remotes]]\nname = \"never\"\nurl = \"" + url.replace("acme", "other") + "\"\n");
    CliProcess.Result noCache = run("plugin", "list");
    assertThat(noCache.exitCode()).as(noCache.toString()).isEqualTo(1);
    assertThat(noCache.err()).startsWith("error: cannot fetch remote:never from "
        + url.replace("acme", "other") + " at main: ").contains("there is no cached copy")
        .doesNotContain("\tat ");
  }

  @Test
  void overSmartHttpCredentialsAreUsedAndNeverShown() throws Exception {
    Path served = Files.createDirectories(dir.resolve("served"));
    Path repo = repository(dir.resolve("src"), plugin("acme", "acme-plugins", "http"));
    GitFixtures.bare(repo, served.resolve("acme.git"));
    try (GitFixtures.HttpGit http = new GitFixtures.HttpGit(served, "ada", "s3cret-pass")) {
      String url = http.url("ada:s3cret-pass", "acme.git");
      config("[[remotes]]\nname = \"acme\"\nurl = \"" + url + "\"\n");

      CliProcess.Result generate = run("template", "generate", "hello", "--remote", "acme", "--name", "h");
      CliProcess.Result list = run("remote", "list");
      CliProcess.Result wrong = run("template", "list", "--url", http.url("ada:wrong-pass", "acme.git"));

      assertThat(generate.exitCode()).as(generate.toString()).isZero();
      assertThat(work.resolve("h.txt")).hasContent("hello h from http");
      assertThat(wrong.exitCode()).as(wrong.toString()).isEqualTo(1);
      for (CliProcess.Result result : List.of(generate, list, wrong)) {
        assertThat(result.out() + result.err()).doesNotContain("s3cret-pass")
            .doesNotContain("wrong-pass");
      }
      assertThat(list.out()).contains(http.url(null, "acme.git"));
      assertThat(Files.readString(work.resolve(".tasker-cli-answers.toml")))
          .contains("url = \"" + http.url(null, "acme.git") + "\"").doesNotContain("s3cret");
      assertThat(Files.readString(cacheOf("acme").resolve("remote.properties")))
          .doesNotContain("s3cret");
    }
  }

  @Test
  void overSshTheUsersKeyAndKnownHostsAreUsedAndFailuresSaySo() throws Exception {
    Path served = Files.createDirectories(dir.resolve("served"));
    Path repo = repository(dir.resolve("src"), plugin("acme", "acme-plugins", "ssh"));
    GitFixtures.bare(repo, served.resolve("acme.git"));
    Path ssh = Files.createDirectories(home.resolve(".ssh"));
    GitFixtures.command(dir, "ssh-keygen", "-q", "-t", "ecdsa", "-b", "256", "-N", "", "-C", "test",
        "-f", ssh.resolve("id_ecdsa").toString());
    Path authorized = dir.resolve("authorized_keys");
    Files.copy(ssh.resolve("id_ecdsa.pub"), authorized);
    // JGit's ssh client finds ~/.ssh through the JVM's user.home.
    cli.jvmOptions.add("-Duser.home=" + home);
    try (SshGitServer server = new SshGitServer(served, authorized, dir.resolve("host.key"))) {
      String url = server.url("acme.git");

      CliProcess.Result unknownHost = run("template", "list", "--url", url);
      Files.writeString(ssh.resolve("known_hosts"), server.knownHostsLine() + "\n");
      CliProcess.Result fetched = run("template", "generate", "hello", "--url", url, "--name", "s");
      Files.writeString(authorized, "");
      CliProcess.Result refusedKey = run("template", "list", "--url", url.replace("acme", "other"));

      assertThat(unknownHost.exitCode()).as(unknownHost.toString()).isEqualTo(1);
      assertThat(unknownHost.err()).startsWith("error: cannot fetch " + url + " at main: ")
          .contains("hint: for ssh, tasker-cli uses the keys in ~/.ssh");
      assertThat(fetched.exitCode()).as(fetched.toString()).isZero();
      assertThat(work.resolve("s.txt")).hasContent("hello s from ssh");
      assertThat(refusedKey.exitCode()).as(refusedKey.toString()).isEqualTo(1);
      assertThat(refusedKey.err()).contains("hint: for ssh, tasker-cli uses the keys in ~/.ssh")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void aDamagedCacheIsFetchedAgain() throws Exception {
    Path repo = repository(dir.resolve("plugins"), plugin("acme", "acme-plugins", "ok"));
    config("[[remotes]]\nname = \"acme\"\nurl = \"" + repo + "\"\n");
    assertThat(run("remote", "update").exitCode()).isZero();
    Files.writeString(cacheOf("acme").resolve("remote.properties"), "\u0000garbage=\\u12");

    CliProcess.Result afterGarbage = run("template", "generate", "hello", "--name", "a");
    try (Stream<Path> checkouts = Files.list(cacheOf("acme").resolve("checkouts"))) {
      for (Path checkout : checkouts.toList()) {
        deleteTree(checkout);
      }
    }
    CliProcess.Result afterLostCheckout = run("template", "generate", "hello", "--name", "b");

    assertThat(afterGarbage.exitCode()).as(afterGarbage.toString()).isZero();
    assertThat(afterGarbage.err()).contains("the cached copy is not used");
    assertThat(afterLostCheckout.exitCode()).as(afterLostCheckout.toString()).isZero();
    assertThat(work.resolve("b.txt")).hasContent("hello b from ok");
  }

  @Test
  void twoRunsAtOnceLeaveOneConsistentCache() throws Exception {
    Path repo = repository(dir.resolve("plugins"), plugin("acme", "acme-plugins", "both"));
    config("[[remotes]]\nname = \"acme\"\nurl = \"" + repo + "\"\n");

    CliProcess.Running first = cli.start("remote", "update");
    CliProcess.Running second = cli.start("template", "generate", "hello", "--name", "racer");
    CliProcess.Result one = first.await();
    CliProcess.Result two = second.await();

    assertThat(one.exitCode()).as(one.toString()).isZero();
    assertThat(two.exitCode()).as(two.toString()).isZero();
    assertThat(work.resolve("racer.txt")).hasContent("hello racer from both");
    Properties state = new Properties();
    try (var in = Files.newBufferedReader(cacheOf("acme").resolve("remote.properties"))) {
      state.load(in);
    }
    assertThat(state.getProperty("commit")).isEqualTo(git(repo, "rev-parse", "HEAD"));
    assertThat(cacheOf("acme").resolve("checkouts").resolve(state.getProperty("checkout"))
        .resolve("acme/tasker-plugin.toml")).isRegularFile();
    try (Stream<Path> workDirs = Files.list(cacheOf("acme").resolve("work"))) {
      assertThat(workDirs).isEmpty();
    }
  }

  private static void deleteTree(Path tree) throws IOException {
    try (Stream<Path> paths = Files.walk(tree)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

}
