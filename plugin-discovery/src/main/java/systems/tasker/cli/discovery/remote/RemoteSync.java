package systems.tasker.cli.discovery.remote;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import systems.tasker.cli.plugin.TaskerException;

/**
 * When to fetch a remote, and what to say about it. A command that uses plugins gets a checkout
 * for every remote ({@link #ensure}): a fresh cache is used as it is; a missing one (or one of
 * another URL or ref, or a damaged one) is fetched, and failing that the command fails, naming the
 * remote and its URL; a stale one (older than {@code cache-max-age-hours}) is refreshed, and
 * failing that — offline, say — it is used with one warning per remote and run. {@code remote
 * update} fetches in any case ({@link #update}). The git library is only created when a fetch is
 * needed.
 */
public final class RemoteSync {

  private final RemoteCache cache;
  private final Supplier<RepositoryFetcher> fetchers;
  private final Clock clock;
  private final long maxAgeHours;
  private final CheckoutWriter.Limits limits;
  private final Consumer<String> warnings;
  private final Consumer<String> notes;
  private final Set<String> warned = new HashSet<>();
  /** What {@link #ensure} gave or threw for each remote in this run: the network is tried once. */
  private final Map<String, CachedRemote> ensured = new HashMap<>();
  private final Map<String, RemoteException> unavailable = new HashMap<>();
  private RepositoryFetcher fetcher;

  /**
   * @param fetchers creates the git fetcher, at most once, when a fetch is needed
   * @param warnings takes a warning line (without a {@code warning:} prefix)
   * @param notes takes an informational line, such as what was fetched
   */
  public RemoteSync(RemoteCache cache, Supplier<RepositoryFetcher> fetchers, Clock clock,
      long maxAgeHours, CheckoutWriter.Limits limits, Consumer<String> warnings,
      Consumer<String> notes) {
    this.cache = Objects.requireNonNull(cache, "cache");
    this.fetchers = Objects.requireNonNull(fetchers, "fetchers");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.maxAgeHours = maxAgeHours;
    this.limits = Objects.requireNonNull(limits, "limits");
    this.warnings = Objects.requireNonNull(warnings, "warnings");
    this.notes = Objects.requireNonNull(notes, "notes");
  }

  public RemoteCache cache() {
    return cache;
  }

  /** What the cache holds for {@code remote}, with no fetch. */
  public Optional<CachedRemote> cached(RemoteSpec remote) {
    return cache.lookup(remote).usable();
  }

  /**
   * A checkout of {@code remote} to read plugins from, fetched or refreshed as the cache requires.
   *
   * @throws RemoteException when there is no usable checkout and none can be fetched
   */
  public CachedRemote ensure(RemoteSpec remote) {
    if (unavailable.containsKey(remote.name())) {
      throw unavailable.get(remote.name());
    }
    try {
      return ensured.computeIfAbsent(remote.name(), name -> available(remote));
    } catch (RemoteException failed) {
      unavailable.put(remote.name(), failed);
      throw failed;
    }
  }

  private CachedRemote available(RemoteSpec remote) {
    RemoteCache.Lookup lookup = cache.lookup(remote);
    Optional<CachedRemote> usable = lookup.usable();
    if (usable.isPresent() && !isStale(usable.get())) {
      return usable.get();
    }
    if (usable.isPresent()) {
      try {
        return fetch(remote, look -> look.usable().map(this::isStale).orElse(true));
      } catch (FetchException failed) {
        warnOnce(remote, staleWarning(usable.get(), failed));
        return usable.get();
      }
    }
    if (lookup.status() != RemoteCache.Status.ABSENT) {
      notes.accept(remote.label() + ": the cached copy is not used (" + lookup.detail()
          + "); fetching it again");
    }
    try {
      return fetch(remote, look -> look.usable().isEmpty());
    } catch (FetchException failed) {
      throw unavailable(remote, failed, lookup);
    }
  }

  /**
   * Fetches {@code remote} whatever the cache holds.
   *
   * @throws RemoteException when the fetch fails (the previous checkout, if any, stays current)
   */
  public CachedRemote update(RemoteSpec remote) {
    RemoteCache.Lookup lookup = cache.lookup(remote);
    try {
      return fetch(remote, look -> true);
    } catch (FetchException failed) {
      RemoteException error = unavailable(remote, failed, lookup);
      if (lookup.usable().isEmpty()) {
        throw error;
      }
      throw new RemoteException(TaskerException.Kind.FAILURE,
          error.getMessage() + "; the cached commit " + lookup.usable().get().shortCommit()
              + " stays in use", error.hint(), failed);
    }
  }

  private CachedRemote fetch(RemoteSpec remote,
      java.util.function.Predicate<RemoteCache.Lookup> stillNeeded) {
    if (fetcher == null) {
      fetcher = fetchers.get();
    }
    RemoteCache.Fetched result = cache.update(remote, fetcher, limits, stillNeeded);
    if (result.fetched()) {
      notes.accept("fetched " + (remote.isAdHoc() ? remote.displayUrl() + " at " + remote.ref()
          : remote.label() + " (" + remote.displayUrl() + " at " + remote.ref() + ")")
          + ": commit " + result.cached().shortCommit() + ", "
          + result.summary().files() + " files");
      for (String submodule : result.summary().skippedSubmodules()) {
        notes.accept(remote.label() + ": submodule " + submodule
            + " not fetched (tasker-cli never fetches submodules)");
      }
    }
    return result.cached();
  }

  private boolean isStale(CachedRemote cached) {
    return cached.isStale(clock.instant(), maxAgeHours);
  }

  private void warnOnce(RemoteSpec remote, String warning) {
    if (warned.add(remote.name())) {
      warnings.accept(warning);
    }
  }

  private String staleWarning(CachedRemote cached, FetchException failed) {
    return cached.remote().label() + " was fetched " + ago(cached.age(clock.instant()))
        + ", more than cache-max-age-hours (" + maxAgeHours + ") ago, and cannot be refreshed from "
        + cached.remote().displayUrl() + ": " + failed.getMessage()
        + "; using the cached commit " + cached.shortCommit();
  }

  /** {@code 5 minutes ago}, {@code 3 hours ago}, {@code 2 days ago}. */
  public static String ago(Duration age) {
    long minutes = age.toMinutes();
    if (minutes < 1) {
      return "just now";
    }
    if (minutes < 120) {
      return minutes + " minute" + (minutes == 1 ? "" : "s") + " ago";
    }
    long hours = age.toHours();
    return hours < 48 ? hours + " hours ago" : age.toDays() + " days ago";
  }

  private static RemoteException unavailable(RemoteSpec remote, FetchException failed,
      RemoteCache.Lookup lookup) {
    String cacheState = switch (lookup.status()) {
      case ABSENT -> "there is no cached copy";
      case PRESENT -> "";
      case OTHER_SOURCE, CORRUPT -> "the cached copy is not usable (" + lookup.detail() + ")";
    };
    return new RemoteException(TaskerException.Kind.FAILURE,
        "cannot fetch " + (remote.isAdHoc() ? "" : remote.label() + " from ")
            + remote.displayUrl() + " at " + remote.ref()
            + ": " + failed.getMessage() + (cacheState.isEmpty() ? "" : "; " + cacheState),
        hint(remote, failed.reason()), failed);
  }

  private static String hint(RemoteSpec remote, FetchException.Reason reason) {
    String update = remote.isAdHoc() ? "run the command again"
        : "run 'tasker-cli remote update " + remote.name() + "'";
    return switch (reason) {
      case UNREACHABLE -> "check the URL and the network, then " + update;
      case NOT_FOUND -> "check the URL and the ref ('tasker-cli remote list' shows them)";
      case AUTH -> "for ssh, tasker-cli uses the keys in ~/.ssh (without a passphrase, no agent)"
          + " and hosts already in ~/.ssh/known_hosts; for https, credentials in the URL";
      case REFUSED -> "the repository holds what tasker-cli does not check out; fix the"
          + " repository, or raise remote-max-size-mb if it is only large";
      case UNSUPPORTED -> "use an https://, ssh://, git:// or file:// URL, or a local path";
      case FAILED -> "check the URL, the network and the cache directory, then " + update;
    };
  }
}
