package systems.tasker.cli.remote.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import systems.tasker.cli.discovery.remote.CheckoutWriter;
import systems.tasker.cli.discovery.remote.FetchException;
import systems.tasker.cli.discovery.remote.RemoteSpec;

/** JGitFetcher against repositories JGit makes here: refs, shallow fetches, failures. */
class JGitFetcherTest {

  @TempDir Path dir;
  private Path origin;
  private RevCommit first;
  private RevCommit second;

  @BeforeEach
  void repository() throws Exception {
    origin = dir.resolve("origin");
    try (Git git = Git.init().setDirectory(origin.toFile()).setInitialBranch("main").call()) {
      Files.writeString(origin.resolve("plugin.toml"), "version 1\n");
      Files.writeString(origin.resolve("run.sh"), "#!/bin/sh\n");
      origin.resolve("run.sh").toFile().setExecutable(true);
      git.add().addFilepattern(".").call();
      first = git.commit().setMessage("first").setAuthor("t", "t@example.com").call();
      git.tag().setName("v1").setAnnotated(true).setMessage("release 1").call();
      Files.writeString(origin.resolve("plugin.toml"), "version 2\n");
      git.add().addFilepattern(".").call();
      second = git.commit().setMessage("second").setAuthor("t", "t@example.com").call();
    }
  }

  private String fetch(String ref, Path checkout) throws IOException {
    Path work = Files.createDirectories(dir.resolve("work-" + checkout.getFileName()));
    CheckoutWriter writer = new CheckoutWriter(checkout, CheckoutWriter.Limits.ofMegabytes(1));
    String commit = new JGitFetcher().fetch(
        new RemoteSpec("acme", origin.toString(), ref, "", "test", false), work, writer);
    writer.finish();
    return commit;
  }

  @Test
  void aBranchIsFetchedShallowAndItsTreeWrittenAsPlainFiles() throws IOException {
    Path checkout = dir.resolve("main");

    String commit = fetch("main", checkout);

    assertThat(commit).isEqualTo(second.name());
    assertThat(checkout.resolve("plugin.toml")).hasContent("version 2");
    assertThat(Files.getPosixFilePermissions(checkout.resolve("run.sh")))
        .contains(PosixFilePermission.OWNER_EXECUTE);
    assertThat(checkout.resolve(".git")).doesNotExist();
    // Depth 1: the fetched repository records the commit as shallow (its parent never came).
    assertThat(dir.resolve("work-main/repository.git/shallow")).hasContent(second.name());
  }

  @Test
  void anAnnotatedTagGivesTheCommitItPointsTo() throws IOException {
    Path checkout = dir.resolve("tag");

    assertThat(fetch("v1", checkout)).isEqualTo(first.name());
    assertThat(checkout.resolve("plugin.toml")).hasContent("version 1");
  }

  @Test
  void aCommitIdThatIsNoTipIsFetchedToo() throws IOException {
    Path checkout = dir.resolve("commit");

    assertThat(fetch(first.name(), checkout)).isEqualTo(first.name());
    assertThat(checkout.resolve("plugin.toml")).hasContent("version 1");
  }

  @Test
  void anUnknownRefIsNotFoundAndTheMessageListsWhatThereIs() {
    assertThatThrownBy(() -> fetch("release", dir.resolve("unknown")))
        .isInstanceOf(FetchException.class)
        .hasMessage("no branch or tag named release (branches: main; tags: v1)")
        .extracting(e -> ((FetchException) e).reason()).isEqualTo(FetchException.Reason.NOT_FOUND);
  }

  @Test
  void aMissingRepositoryIsNotFound() throws IOException {
    origin = dir.resolve("nowhere");

    assertThatThrownBy(() -> fetch("main", dir.resolve("missing")))
        .isInstanceOf(FetchException.class)
        .extracting(e -> ((FetchException) e).reason()).isEqualTo(FetchException.Reason.NOT_FOUND);
  }

  @Test
  void anUnsupportedSchemeIsSaidSo() throws IOException {
    Path work = Files.createDirectories(dir.resolve("w"));
    CheckoutWriter writer = new CheckoutWriter(dir.resolve("ftp"), CheckoutWriter.Limits.ofMegabytes(1));

    assertThatThrownBy(() -> new JGitFetcher().fetch(
        new RemoteSpec("x", "ftp://example.com/repo", "main", "", "test", false), work, writer))
        .isInstanceOf(FetchException.class)
        .extracting(e -> ((FetchException) e).reason()).isEqualTo(FetchException.Reason.UNSUPPORTED);
  }
}
