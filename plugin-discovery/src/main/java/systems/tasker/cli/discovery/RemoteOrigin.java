package systems.tasker.cli.discovery;

import java.time.Instant;
import java.util.Objects;
import systems.tasker.cli.discovery.remote.CachedRemote;
import systems.tasker.cli.discovery.remote.RemoteSpec;

/**
 * The remote a search path (and the plugins on it) came from, as listings show it.
 *
 * @param remote the remote
 * @param commit the commit checked out, or {@code null} when nothing is cached yet
 * @param fetchedAt when it was fetched, or {@code null} when nothing is cached yet
 */
public record RemoteOrigin(RemoteSpec remote, String commit, Instant fetchedAt) {

  public RemoteOrigin {
    Objects.requireNonNull(remote, "remote");
  }

  public static RemoteOrigin of(CachedRemote cached) {
    return new RemoteOrigin(cached.remote(), cached.commit(), cached.fetchedAt());
  }

  /** {@code remote:<name>}. */
  public String label() {
    return remote.label();
  }

  public boolean fromProject() {
    return remote.fromProject();
  }
}
