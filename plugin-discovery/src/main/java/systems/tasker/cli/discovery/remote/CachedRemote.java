package systems.tasker.cli.discovery.remote;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A remote's checkout in the cache: plain files, read like any plugin directory.
 *
 * @param remote the remote it was fetched for
 * @param commit the commit checked out, 40 hex digits
 * @param fetchedAt when it was fetched
 * @param checkout the checkout directory (the repository's root)
 */
public record CachedRemote(RemoteSpec remote, String commit, Instant fetchedAt, Path checkout) {

  public CachedRemote {
    Objects.requireNonNull(remote, "remote");
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Objects.requireNonNull(checkout, "checkout");
  }

  /** Where the remote's plugins are searched: its {@code plugin-path} inside the checkout. */
  public Path pluginRoot() {
    return remote.pluginPath().isEmpty()
        ? checkout
        : checkout.resolve(remote.pluginPath()).normalize();
  }

  /** The commit's first 12 hex digits, for listings. */
  public String shortCommit() {
    return commit.substring(0, Math.min(12, commit.length()));
  }

  /** How long ago it was fetched (zero for a time in the future). */
  public Duration age(Instant now) {
    Duration age = Duration.between(fetchedAt, now);
    return age.isNegative() ? Duration.ZERO : age;
  }

  /** Whether it is older than {@code maxAgeHours}. */
  public boolean isStale(Instant now, long maxAgeHours) {
    return age(now).compareTo(Duration.ofHours(maxAgeHours)) > 0;
  }
}
