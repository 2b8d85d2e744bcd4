package systems.tasker.cli.discovery.remote;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The cache of fetched remotes: {@code <root>/<name>/} per remote, where {@code <root>} is
 * {@code $XDG_CACHE_HOME/tasker-cli/remotes}. Each holds
 * <ul>
 *   <li>{@value #STATE_FILE}: the URL (without credentials) and ref it was fetched for, the commit,
 *       the fetch time, and which checkout is current;
 *   <li>{@code checkouts/<id>/}: checkouts, plain files (no {@code .git});
 *   <li>{@code work/<id>/}: a fetch in progress;
 *   <li>{@value #LOCK_FILE}: locked by whoever fetches.
 * </ul>
 *
 * <p>A fetch writes a new checkout directory and then switches to it by renaming a new state file
 * over the old one, so a reader sees the old checkout or the new one, never half of one; a failed
 * fetch leaves the old one current. Fetches of one remote take turns through the lock (between
 * processes, and between threads of one process); the previous checkout is kept, so a run that
 * read it a moment before a switch still finds its files. Reading needs no lock and no git.
 */
public final class RemoteCache {

  /** The cache's folder under {@code $XDG_CACHE_HOME}. */
  public static final String DIRECTORY = "tasker-cli/remotes";

  static final String STATE_FILE = "remote.properties";
  static final String LOCK_FILE = ".lock";
  static final String CHECKOUTS = "checkouts";
  static final String WORK = "work";

  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");
  private static final Pattern CHECKOUT_ID = Pattern.compile("[0-9a-z-]{1,64}");

  /** File locks belong to a process: threads of one process take turns here first. */
  private static final Map<String, ReentrantLock> PROCESS_LOCKS = new ConcurrentHashMap<>();

  private final Path root;
  private final Clock clock;

  public RemoteCache(Path root, Clock clock) {
    this.root = Objects.requireNonNull(root, "root");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** {@code <root>}: every remote's directory is in it. */
  public Path root() {
    return root;
  }

  /** The directory of the remote called {@code name}. */
  public Path directory(String name) {
    return root.resolve(name);
  }

  /** What the cache holds for a remote. */
  public enum Status {
    /** Nothing was ever fetched for it. */
    ABSENT,
    /** A checkout of this URL and ref. */
    PRESENT,
    /** A checkout of another URL or ref: never used for this one. */
    OTHER_SOURCE,
    /** The records are unreadable or the checkout is gone. */
    CORRUPT
  }

  /**
   * The cache's answer for one remote.
   *
   * @param status what is there
   * @param cached the checkout, only when {@link Status#PRESENT}
   * @param detail why it is not usable, for messages; empty when present or absent
   */
  public record Lookup(Status status, CachedRemote cached, String detail) {

    /** The checkout, when there is a usable one. */
    public Optional<CachedRemote> usable() {
      return Optional.ofNullable(cached);
    }
  }

  /** What the cache holds for {@code remote}, read without a lock and without git. */
  public Lookup lookup(RemoteSpec remote) {
    Path dir = directory(remote.name());
    Path stateFile = dir.resolve(STATE_FILE);
    if (!Files.exists(stateFile, LinkOption.NOFOLLOW_LINKS)) {
      // No record: nothing was ever fetched completely (a first fetch that failed leaves the
      // directory and its lock behind, and no record).
      return new Lookup(Status.ABSENT, null, "");
    }
    Properties state = new Properties();
    try (Reader in = Files.newBufferedReader(stateFile, StandardCharsets.UTF_8)) {
      state.load(in);
    } catch (IOException | IllegalArgumentException e) {
      return corrupt("its record " + STATE_FILE + " cannot be read");
    }
    String url = state.getProperty("url");
    String ref = state.getProperty("ref");
    String commit = state.getProperty("commit");
    String checkout = state.getProperty("checkout");
    Instant fetchedAt;
    try {
      fetchedAt = Instant.parse(Objects.requireNonNullElse(state.getProperty("fetched-at"), ""));
    } catch (DateTimeParseException e) {
      return corrupt("its record has no valid fetched-at");
    }
    if (url == null || ref == null || commit == null || !COMMIT.matcher(commit).matches()
        || checkout == null || !CHECKOUT_ID.matcher(checkout).matches()) {
      return corrupt("its record " + STATE_FILE + " is incomplete");
    }
    if (!url.equals(remote.displayUrl()) || !ref.equals(remote.ref())) {
      return new Lookup(Status.OTHER_SOURCE, null,
          "it was fetched from " + url + " at " + ref + ", not " + remote.displayUrl() + " at "
              + remote.ref());
    }
    Path checkoutDir = dir.resolve(CHECKOUTS).resolve(checkout);
    if (!Files.isDirectory(checkoutDir, LinkOption.NOFOLLOW_LINKS)) {
      return corrupt("its checkout " + checkoutDir + " is missing");
    }
    return new Lookup(Status.PRESENT, new CachedRemote(remote, commit, fetchedAt, checkoutDir), "");
  }

  private static Lookup corrupt(String detail) {
    return new Lookup(Status.CORRUPT, null, detail);
  }

  /**
   * Fetches {@code remote} into a new checkout and makes it current, holding the remote's lock.
   * Once the lock is held the cache is looked at again: when {@code stillNeeded} says the lookup
   * no longer calls for a fetch (another process just made one), that checkout is returned as is.
   *
   * @throws FetchException when the fetch fails; the previous checkout stays current
   */
  @SuppressWarnings("try") // the lock is held for the block, not used in it
  public Fetched update(RemoteSpec remote, RepositoryFetcher fetcher, CheckoutWriter.Limits limits,
      Predicate<Lookup> stillNeeded) {
    Path dir = directory(remote.name());
    try {
      Files.createDirectories(dir.resolve(CHECKOUTS));
      Files.createDirectories(dir.resolve(WORK));
    } catch (IOException e) {
      throw cacheFailure(dir, e);
    }
    try (Held held = lock(dir)) {
      Lookup before = lookup(remote);
      if (!stillNeeded.test(before)) {
        return new Fetched(before.cached(), null, false);
      }
      String id = newId();
      Path work = dir.resolve(WORK).resolve(id);
      Path checkout = dir.resolve(CHECKOUTS).resolve(id);
      CheckoutWriter.Summary summary;
      String commit;
      Instant fetchedAt = clock.instant();
      try {
        Files.createDirectory(work);
        CheckoutWriter writer = new CheckoutWriter(checkout, limits);
        commit = fetcher.fetch(remote, work, writer);
        summary = writer.finish();
        writeState(dir, remote, commit, fetchedAt, id);
      } catch (IOException e) {
        deleteTree(checkout);
        throw cacheFailure(dir, e);
      } catch (RuntimeException e) {
        deleteTree(checkout);
        throw e;
      } finally {
        deleteTree(work);
      }
      prune(dir, id, before.usable().map(cached -> cached.checkout().getFileName().toString()));
      return new Fetched(new CachedRemote(remote, commit, fetchedAt, checkout), summary, true);
    }
  }

  /**
   * The outcome of {@link #update}.
   *
   * @param cached the current checkout
   * @param summary what was written, or {@code null} when nothing was fetched
   * @param fetched whether this call fetched (false when another process just had)
   */
  public record Fetched(CachedRemote cached, CheckoutWriter.Summary summary, boolean fetched) {}

  /** Deletes a remote's whole directory, under its lock. Whether there was one. */
  @SuppressWarnings("try") // the lock is held for the block, not used in it
  public boolean remove(String name) {
    Path dir = directory(name);
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (Held held = lock(dir)) {
      // The record first: a reader then sees no cache rather than half of one.
      Files.deleteIfExists(dir.resolve(STATE_FILE));
      deleteTree(dir.resolve(CHECKOUTS));
      deleteTree(dir.resolve(WORK));
    } catch (IOException e) {
      throw cacheFailure(dir, e);
    }
    deleteTree(dir);
    return true;
  }

  private static void writeState(Path dir, RemoteSpec remote, String commit, Instant fetchedAt,
      String checkoutId) throws IOException {
    Properties state = new Properties();
    state.setProperty("url", remote.displayUrl());
    state.setProperty("ref", remote.ref());
    state.setProperty("commit", commit);
    state.setProperty("fetched-at", fetchedAt.toString());
    state.setProperty("checkout", checkoutId);
    Path temporary = dir.resolve(STATE_FILE + "." + checkoutId + ".tmp");
    try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
      state.store(out, "tasker-cli remote cache: what " + CHECKOUTS + "/" + checkoutId + " holds");
    }
    try {
      Files.move(temporary, dir.resolve(STATE_FILE), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, dir.resolve(STATE_FILE), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Removes every checkout but the current and the previous one, and every abandoned fetch. */
  private static void prune(Path dir, String current, Optional<String> previous) {
    for (Path checkout : children(dir.resolve(CHECKOUTS))) {
      String id = checkout.getFileName().toString();
      if (!id.equals(current) && !previous.filter(id::equals).isPresent()) {
        deleteTree(checkout);
      }
    }
    for (Path work : children(dir.resolve(WORK))) {
      deleteTree(work);
    }
  }

  private static List<Path> children(Path dir) {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(children::add);
    } catch (IOException e) {
      // Nothing to prune.
    }
    return children;
  }

  /** Time first, so checkouts list in the order they were made; random, so two never clash. */
  private String newId() {
    return Long.toString(clock.millis(), 36) + "-"
        + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
  }

  /** Deletes a tree without following links; what cannot be deleted stays. */
  public static void deleteTree(Path tree) {
    if (!Files.exists(tree, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(tree, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
            throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path directory, IOException e)
            throws IOException {
          Files.deleteIfExists(directory);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (NoSuchFileException e) {
      // Already gone.
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FetchException cacheFailure(Path dir, IOException e) {
    return new FetchException(FetchException.Reason.FAILED,
        "cannot use the cache directory " + dir + ": " + e, e);
  }

  /** Both locks of one remote directory, released together. */
  private interface Held extends AutoCloseable {
    @Override
    void close();
  }

  private static Held lock(Path dir) {
    ReentrantLock inProcess = PROCESS_LOCKS.computeIfAbsent(
        dir.toAbsolutePath().normalize().toUri().toString(), key -> new ReentrantLock());
    inProcess.lock();
    try {
      FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
      FileLock fileLock;
      try {
        fileLock = channel.lock();
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
      return () -> {
        try {
          fileLock.release();
          channel.close();
        } catch (IOException e) {
          // Closing the channel releases the lock anyway.
        } finally {
          inProcess.unlock();
        }
      };
    } catch (IOException e) {
      inProcess.unlock();
      throw cacheFailure(dir, e);
    }
  }
}
