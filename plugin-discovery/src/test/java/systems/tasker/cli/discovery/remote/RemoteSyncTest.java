package systems.tasker.cli.discovery.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import systems.tasker.cli.plugin.TaskerException;

/** The cache's rules and when a remote is fetched, with a fetcher that serves trees from memory. */
class RemoteSyncTest {

  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path root = fs.getPath("/home/ada/.cache/tasker-cli/remotes");
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
  private final FakeFetcher fetcher = new FakeFetcher();
  private final List<String> warnings = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private int fetchersCreated;
  private final RemoteSpec remote = new RemoteSpec("contrib",
      "https://ada:t0ken-secret@example.com/contrib.git", "main", "", "test", false);

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private RemoteSync sync() {
    return new RemoteSync(new RemoteCache(root, clock), () -> {
      fetchersCreated++;
      return fetcher;
    }, clock, 24, CheckoutWriter.Limits.ofMegabytes(1), warnings::add, notes::add);
  }

  @Test
  void theFirstUseFetchesAndRecordsCommitTimeAndUrlWithoutCredentials() throws IOException {
    CachedRemote cached = sync().ensure(remote);

    assertThat(cached.commit()).isEqualTo(FakeFetcher.commit(1));
    assertThat(Files.readString(cached.checkout().resolve("python/tasker-plugin.toml")))
        .isEqualTo("version 1");
    String record = Files.readString(root.resolve("contrib/remote.properties"));
    assertThat(record).contains("commit=" + FakeFetcher.commit(1))
        .contains("fetched-at=2026-12-01T10\\:00\\:00Z")
        .contains("url=https\\://example.com/contrib.git")
        .doesNotContain("t0ken-secret");
    assertThat(notes).singleElement().asString().contains("fetched remote:contrib")
        .doesNotContain("t0ken-secret");
  }

  @Test
  void aFreshCacheIsReadWithoutCreatingTheGitLibrary() {
    sync().ensure(remote);
    fetchersCreated = 0;
    clock.advance(Duration.ofHours(23));

    CachedRemote cached = sync().ensure(remote);

    assertThat(fetchersCreated).isZero();
    assertThat(cached.commit()).isEqualTo(FakeFetcher.commit(1));
    assertThat(warnings).isEmpty();
  }

  @Test
  void aStaleCacheIsRefreshedToTheNewCommit() {
    sync().ensure(remote);
    fetcher.version = 2;
    clock.advance(Duration.ofHours(25));

    CachedRemote cached = sync().ensure(remote);

    assertThat(cached.commit()).isEqualTo(FakeFetcher.commit(2));
    assertThat(warnings).isEmpty();
  }

  @Test
  void aStaleCacheThatCannotBeRefreshedIsUsedWithOneWarningPerRun() {
    sync().ensure(remote);
    fetcher.failure = new FetchException(FetchException.Reason.UNREACHABLE, "connection refused");
    clock.advance(Duration.ofDays(3));
    RemoteSync run = sync();

    CachedRemote first = run.ensure(remote);
    CachedRemote second = run.ensure(remote);

    assertThat(first.commit()).isEqualTo(FakeFetcher.commit(1));
    assertThat(second).isEqualTo(first);
    assertThat(warnings).singleElement().asString()
        .contains("remote:contrib was fetched 3 days ago")
        .contains("cache-max-age-hours (24)")
        .contains("https://example.com/contrib.git")
        .contains("connection refused")
        .doesNotContain("t0ken-secret");
  }

  @Test
  void withNoCacheAndNoNetworkTheErrorNamesTheRemoteAndItsUrl() {
    fetcher.failure = new FetchException(FetchException.Reason.UNREACHABLE, "connection refused");

    assertThatThrownBy(() -> sync().ensure(remote))
        .isInstanceOf(RemoteException.class)
        .hasMessage("cannot fetch remote:contrib from https://example.com/contrib.git at main:"
            + " connection refused; there is no cached copy")
        .satisfies(e -> assertThat(((TaskerException) e).kind())
            .isEqualTo(TaskerException.Kind.FAILURE))
        .satisfies(e -> assertThat(((TaskerException) e).hint()).contains("network"));
    assertThat(Files.exists(root.resolve("contrib/remote.properties"))).isFalse();
  }

  @Test
  void aRunTriesTheNetworkOncePerRemote() {
    fetcher.failure = new FetchException(FetchException.Reason.UNREACHABLE, "timed out");
    RemoteSync run = sync();

    assertThatThrownBy(() -> run.ensure(remote)).isInstanceOf(RemoteException.class);
    assertThatThrownBy(() -> run.ensure(remote)).isInstanceOf(RemoteException.class);

    assertThat(fetcher.calls).isEqualTo(1);
  }

  @Test
  void aCacheOfAnotherUrlIsNeverUsed() {
    sync().ensure(remote);
    RemoteSpec moved = new RemoteSpec("contrib", "https://example.com/elsewhere.git", "main", "",
        "test", false);
    fetcher.failure = new FetchException(FetchException.Reason.UNREACHABLE, "offline");

    assertThatThrownBy(() -> sync().ensure(moved))
        .isInstanceOf(RemoteException.class)
        .hasMessageContaining("the cached copy is not usable (it was fetched from "
            + "https://example.com/contrib.git at main, not https://example.com/elsewhere.git at main)");
    assertThat(sync().cached(moved)).isEmpty();
  }

  @Test
  void aDamagedRecordIsFetchedAgain() throws IOException {
    sync().ensure(remote);
    Files.writeString(root.resolve("contrib/remote.properties"), "garbage\u0000\n");
    fetcher.version = 2;

    CachedRemote cached = sync().ensure(remote);

    assertThat(cached.commit()).isEqualTo(FakeFetcher.commit(2));
    assertThat(notes).anySatisfy(note -> assertThat(note)
        .contains("remote:contrib: the cached copy is not used (its record has no valid fetched-at)"));
  }

  @Test
  void aMissingCheckoutIsFetchedAgain() throws IOException {
    CachedRemote first = sync().ensure(remote);
    RemoteCache.deleteTree(first.checkout());

    assertThat(new RemoteCache(root, clock).lookup(remote).status())
        .isEqualTo(RemoteCache.Status.CORRUPT);
    assertThat(sync().ensure(remote).checkout()).isDirectory();
  }

  @Test
  void aFailedUpdateKeepsTheOldCheckoutCurrent() throws IOException {
    CachedRemote before = sync().ensure(remote);
    fetcher.version = 2;
    fetcher.failAfterWriting = true;

    assertThatThrownBy(() -> sync().update(remote))
        .isInstanceOf(RemoteException.class)
        .hasMessageContaining("the cached commit " + before.shortCommit() + " stays in use");

    CachedRemote after = sync().cached(remote).orElseThrow();
    assertThat(after.checkout()).isEqualTo(before.checkout());
    assertThat(Files.readString(after.checkout().resolve("python/tasker-plugin.toml")))
        .isEqualTo("version 1");
    try (var checkouts = Files.list(root.resolve("contrib/checkouts"))) {
      assertThat(checkouts).containsExactly(before.checkout());
    }
    try (var work = Files.list(root.resolve("contrib/work"))) {
      assertThat(work).isEmpty();
    }
  }

  @Test
  void updatesKeepTheCurrentAndThePreviousCheckoutOnly() throws IOException {
    RemoteSync sync = sync();
    CachedRemote first = sync.update(remote);
    fetcher.version = 2;
    CachedRemote second = sync.update(remote);
    fetcher.version = 3;
    CachedRemote third = sync.update(remote);

    try (var checkouts = Files.list(root.resolve("contrib/checkouts"))) {
      assertThat(checkouts).containsExactlyInAnyOrder(second.checkout(), third.checkout());
    }
    assertThat(first.checkout()).doesNotExist();
  }

  /** Serves one tree per version; can fail before or after writing. */
  static final class FakeFetcher implements RepositoryFetcher {
    int version = 1;
    int calls;
    FetchException failure;
    boolean failAfterWriting;

    static String commit(int version) {
      return String.format("%040x", version);
    }

    @Override
    public String fetch(RemoteSpec remote, Path workDir, CheckoutWriter checkout) {
      calls++;
      if (failure != null) {
        throw failure;
      }
      Map<String, String> files = new LinkedHashMap<>();
      files.put("python/tasker-plugin.toml", "version " + version);
      files.forEach((path, text) -> {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        checkout.file(path, false, bytes.length, () -> new ByteArrayInputStream(bytes));
      });
      if (failAfterWriting) {
        throw new FetchException(FetchException.Reason.FAILED, "connection reset");
      }
      return commit(version);
    }
  }

  /** A clock the test moves. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
