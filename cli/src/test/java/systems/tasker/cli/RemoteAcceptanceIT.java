package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static systems.tasker.cli.GitFixtures.git;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's acceptance, as a new user would try it: a bare repository holding a copy of the
 * bundled Python plugin, served by {@code git daemon}; {@code remote add}; {@code init demo
 * --language python} from the fetched cache; {@code plugin list} shows {@code remote:<name>}; then,
 * with the daemon stopped and the cache older than {@code cache-max-age-hours}, it still works and
 * warns once. The bundled plugins are not on any search path: Python comes from the remote only.
 */
class RemoteAcceptanceIT {

  @TempDir Path dir;

  @Test
  void aNewUserAddsARemoteAndInitsAProjectFromItOnlineThenOffline() throws Exception {
    CliProcess cli = new CliProcess(dir);
    Path source = dir.resolve("source");
    GitFixtures.copyTree(JarRunner.CONTRIB.resolve("python"), source.resolve("python"));
    GitFixtures.repository(source, Map.of("README.md", "Our Tasker plugins\n"));
    Path served = Files.createDirectories(dir.resolve("served"));
    GitFixtures.bare(source, served.resolve("tasker-plugins.git"));
    String commit = git(source, "rev-parse", "HEAD");

    CliProcess.Result add;
    CliProcess.Result init;
    CliProcess.Result list;
    String url;
    try (GitFixtures.Daemon daemon = new GitFixtures.Daemon(served)) {
      url = daemon.url("tasker-plugins.git");
      add = cli.run("remote", "add", "ours", url);
      init = cli.run("init", "demo", "--language", "python");
      list = cli.run("plugin", "list");
    }

    assertThat(add.exitCode()).as(add.toString()).isZero();
    assertThat(add.out()).contains("Added remote 'ours' (" + url + " at main) to "
        + cli.home.resolve(".config/tasker-cli.toml"));
    assertThat(init.exitCode()).as(init.toString()).isZero();
    assertThat(init.err()).contains("fetched remote:ours (" + url + " at main): commit "
        + commit.substring(0, 12));
    Path demo = cli.work.resolve("demo");
    assertThat(demo.resolve("pyproject.toml")).isRegularFile();
    assertThat(demo.resolve("config/tasker/worker.toml")).isRegularFile();
    assertThat(Files.readString(demo.resolve(".tasker-cli-answers.toml")))
        .contains("plugin = \"tasker-contrib-python\"")
        .contains("[source]\nkind = \"remote\"\nremote = \"ours\"\nurl = \"" + url + "\"\n"
            + "ref = \"main\"\ncommit = \"" + commit + "\"");
    assertThat(list.exitCode()).as(list.toString()).isZero();
    assertThat(list.out()).containsPattern("tasker-contrib-python +0\\.1\\.0 +python +remote:ours@"
        + commit.substring(0, 12));

    GitFixtures.ageCache(cli.home.resolve(".cache/tasker-cli/remotes/ours/remote.properties"), 2);
    CliProcess.Result offline = cli.run("init", "demo-offline", "--language", "python");
    CliProcess.Result listOffline = cli.run("plugin", "list");

    assertThat(offline.exitCode()).as(offline.toString()).isZero();
    assertThat(cli.work.resolve("demo-offline/pyproject.toml")).isRegularFile();
    assertThat(offline.err().lines().filter(line -> line.startsWith("warning:")))
        .singleElement().asString()
        .contains("remote:ours was fetched 2 days ago, more than cache-max-age-hours (24) ago")
        .contains("using the cached commit " + commit.substring(0, 12));
    assertThat(listOffline.exitCode()).as(listOffline.toString()).isZero();
    assertThat(listOffline.out()).contains("remote:ours@" + commit.substring(0, 12));

    // Ad hoc, as tasker-ctl's --url: the same repository by its path, no configuration needed.
    CliProcess.Result info = cli.run("template", "info", "project", "--url", source.toString());
    CliProcess.Result byUrl = cli.run("init", "by-url", "--language", "python", "--url",
        source.toString());
    assertThat(info.exitCode()).as(info.toString()).isZero();
    assertThat(info.out()).contains("tasker-contrib-python");
    assertThat(byUrl.exitCode()).as(byUrl.toString()).isZero();
    assertThat(Files.readString(cli.work.resolve("by-url/.tasker-cli-answers.toml")))
        .contains("[source]\nkind = \"remote\"\nurl = \"" + source + "\"\nref = \"main\"\n"
            + "commit = \"" + commit + "\"");
  }
}
