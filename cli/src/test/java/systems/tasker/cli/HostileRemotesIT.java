package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static systems.tasker.cli.GitFixtures.git;
import static systems.tasker.cli.GitFixtures.plugin;
import static systems.tasker.cli.GitFixtures.repository;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repositories built to attack whoever fetches them. A remote is plugin data: nothing in it runs,
 * nothing is written outside the cache, and what is refused leaves the previous cache in use.
 */
class HostileRemotesIT {

  @TempDir Path dir;
  private CliProcess cli;
  private Path cache;

  @BeforeEach
  void setUp() throws IOException {
    cli = new CliProcess(dir);
    cache = cli.home.resolve(".cache/tasker-cli/remotes");
  }

  private Path repo(String name, Map<String, String> extra) {
    Map<String, String> files = new LinkedHashMap<>(plugin("acme", "acme-plugins", name));
    files.putAll(extra);
    return repository(dir.resolve(name), files);
  }

  private void remote(Path repo, String settings) {
    GitFixtures.write(cli.home.resolve(".config/tasker-cli.toml"),
        settings + "[[remotes]]\nname = \"acme\"\nurl = \"" + repo + "\"\n");
  }

  @Test
  void aLinkLeadingOutOfTheRepositoryRefusesTheWholeCheckout() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "private key");
    Path repo = repo("links", Map.of());
    Files.createSymbolicLink(repo.resolve("acme/templates/hello/leak.txt"), secret);
    Files.createSymbolicLink(repo.resolve("up"), Path.of("../.."));
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "links out");
    remote(repo, "");

    CliProcess.Result result = cli.run("plugin", "list");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err()).startsWith("error: cannot fetch remote:acme from " + repo)
        .contains("leads outside the repository").doesNotContain("\tat ");
    assertThat(cache.resolve("acme/remote.properties")).doesNotExist();
    try (Stream<Path> checkouts = Files.list(cache.resolve("acme/checkouts"))) {
      assertThat(checkouts).isEmpty();
    }
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedAndTheOldCheckoutStays() throws Exception {
    Path repo = repo("huge", Map.of());
    remote(repo, "remote-max-size-mb = 1\n");
    assertThat(cli.run("remote", "update").exitCode()).isZero();
    try (OutputStream out = Files.newOutputStream(repo.resolve("acme/zeros.bin"))) {
      out.write(new byte[3 << 20]);
    }
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "3 MiB of zeros (a few KiB packed)");

    CliProcess.Result update = cli.run("remote", "update", "acme");
    CliProcess.Result generate = cli.run("template", "generate", "hello", "--name", "still");

    assertThat(update.exitCode()).as(update.toString()).isEqualTo(1);
    assertThat(update.err()).contains("size limit of 1 MiB (remote-max-size-mb)")
        .contains("acme/zeros.bin is 3145728 bytes").contains("stays in use");
    assertThat(generate.exitCode()).as(generate.toString()).isZero();
    assertThat(cli.work.resolve("still.txt")).hasContent("hello still from huge");
  }

  @Test
  void aSubmoduleIsNeverFetched() throws Exception {
    Path inner = repository(dir.resolve("inner"), Map.of("payload.txt", "from the submodule"));
    Path repo = repo("outer", Map.of());
    git(repo, "submodule", "add", "-q", inner.toString(), "vendor/inner");
    git(repo, "commit", "-q", "-m", "a submodule");
    remote(repo, "");

    CliProcess.Result result = cli.run("template", "generate", "hello", "--name", "sub");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).contains("submodule vendor/inner not fetched");
    try (Stream<Path> all = Files.walk(cache)) {
      assertThat(all.filter(path -> path.getFileName().toString().equals("payload.txt")))
          .isEmpty();
    }
  }

  @Test
  void noFilterSmudgeDriverOrLfsRunsEvenWhenTheUsersGitConfigDefinesOne() throws Exception {
    Path marker = dir.resolve("smudge-ran");
    String evil = "[filter \"evil\"]\n\tsmudge = touch " + marker + " && cat\n"
        + "\trequired = true\n[filter \"lfs\"]\n\tsmudge = touch " + marker + " && cat\n";
    // The CLI's HOME, the JVM's user.home and XDG_CONFIG_HOME's git config all hold the driver.
    GitFixtures.write(cli.home.resolve(".gitconfig"), evil);
    GitFixtures.write(cli.home.resolve(".config/git/config"), evil);
    cli.jvmOptions.add("-Duser.home=" + cli.home);
    String pointer = "version https://git-lfs.github.com/spec/v1\noid sha256:"
        + "0".repeat(64) + "\nsize 12\n";
    Path repo = repo("filters", Map.of(
        ".gitattributes", "*.tera filter=evil\n*.bin filter=lfs diff=lfs merge=lfs -text\n",
        "acme/big.bin", pointer));
    remote(repo, "");

    CliProcess.Result result = cli.run("template", "generate", "hello", "--name", "raw");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(marker).doesNotExist();
    assertThat(cli.work.resolve("raw.txt")).hasContent("hello raw from filters");
    try (Stream<Path> all = Files.walk(cache)) {
      Path big = all.filter(path -> path.getFileName().toString().equals("big.bin"))
          .findFirst().orElseThrow();
      assertThat(big).hasContent(pointer.strip());
    }
  }
}
