package systems.tasker.cli.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import systems.tasker.cli.discovery.remote.RemoteCache;

/**
 * A copy of every plugin version the CLI has rendered a project from, in
 * {@code $XDG_CACHE_HOME/tasker-cli/versions/<plugin>/<version>/}: the base {@code update}
 * renders again when the plugin installed now is a newer version. A plugin is untrusted data, so
 * only its regular files inside its real directory are copied (links, devices and FIFOs are left
 * out, as is version-control metadata), within {@link #MAX_BYTES} and {@link #MAX_FILES}; a copy
 * is written into a temporary sibling and renamed into place, so it is whole or absent; at most
 * {@link #MAX_VERSIONS} versions of a plugin are kept, the least recently written going first.
 */
public final class VersionCache {

  /** The cache, under {@code $XDG_CACHE_HOME}. */
  public static final String DIRECTORY = "tasker-cli/versions";
  /** The most bytes one copy holds. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;
  /** The most files one copy holds. */
  public static final int MAX_FILES = 20_000;
  /** The most versions kept of one plugin. */
  public static final int MAX_VERSIONS = 10;

  /** Names and versions that are one plain path segment. */
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,127}");

  private final Path root;

  public VersionCache(Path root) {
    this.root = Objects.requireNonNull(root, "root");
  }

  /** The cache of the user running {@code env}. */
  public static VersionCache of(Environment env) {
    return new VersionCache(env.xdgCacheHome().resolve(DIRECTORY));
  }

  /** The directory of the cached copy of {@code plugin} at {@code version}, when there is one. */
  public Optional<Path> find(String plugin, String version) {
    if (!usable(plugin, version)) {
      return Optional.empty();
    }
    Path copy = root.resolve(plugin).resolve(version);
    return Files.isDirectory(copy, LinkOption.NOFOLLOW_LINKS) ? Optional.of(copy)
        : Optional.empty();
  }

  /**
   * Copies {@code plugin}'s directory as its version, unless that version is cached already.
   *
   * @return whether the cache now holds it
   * @throws IOException when the copy cannot be written; nothing of it is left then
   */
  public boolean store(DiscoveredPlugin plugin) throws IOException {
    String name = plugin.name();
    String version = plugin.manifest() == null ? null : plugin.manifest().version();
    if (!usable(name, version)) {
      return false;
    }
    if (find(name, version).isPresent()) {
      return true;
    }
    Path versions = root.resolve(name);
    Files.createDirectories(versions);
    Path temporary = versions.resolve(".tmp-" + UUID.randomUUID());
    try {
      copy(plugin.directory().toRealPath(), temporary);
      Files.move(temporary, versions.resolve(version), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException failed) {
      deleteTree(temporary);
      if (find(name, version).isPresent()) {
        return true; // another run stored it first
      }
      throw failed;
    }
    prune(versions);
    return true;
  }

  private static boolean usable(String plugin, String version) {
    return plugin != null && version != null && SEGMENT.matcher(plugin).matches()
        && SEGMENT.matcher(version).matches();
  }

  /** Copies the regular files under {@code source}, never following a link. */
  private static void copy(Path source, Path target) throws IOException {
    Files.createDirectories(target);
    long[] totals = new long[2];
    Files.walkFileTree(source, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
          throws IOException {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        if (!dir.equals(source) && (name.equals(".git") || name.equals(".hg")
            || name.equals(".svn"))) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        Files.createDirectories(target.resolve(source.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
          throws IOException {
        if (!attributes.isRegularFile()) {
          return FileVisitResult.CONTINUE; // links, devices, FIFOs: not plugin data
        }
        totals[0] += attributes.size();
        totals[1]++;
        if (totals[0] > MAX_BYTES || totals[1] > MAX_FILES) {
          throw new IOException("the plugin is larger than the cache takes (" + MAX_FILES
              + " files, " + MAX_BYTES / (1024 * 1024) + " MiB)");
        }
        Files.copy(file, target.resolve(source.relativize(file).toString()),
            LinkOption.NOFOLLOW_LINKS);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Keeps the {@link #MAX_VERSIONS} most recently written versions. */
  private static void prune(Path versions) throws IOException {
    List<Path> copies = new ArrayList<>();
    try (Stream<Path> entries = Files.list(versions)) {
      entries.filter(path -> !path.getFileName().toString().startsWith(".tmp-"))
          .filter(path -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
          .forEach(copies::add);
    }
    copies.sort(Comparator.comparing(VersionCache::written).reversed());
    for (Path old : copies.subList(Math.min(MAX_VERSIONS, copies.size()), copies.size())) {
      deleteTree(old);
    }
  }

  private static FileTime written(Path path) {
    try {
      return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException gone) {
      return FileTime.fromMillis(0);
    }
  }

  /** Deletes a copy or a temporary one; what cannot be deleted stays, for the next prune. */
  private static void deleteTree(Path root) {
    try {
      RemoteCache.deleteTree(root);
    } catch (UncheckedIOException leftOver) {
      // a temporary name is never read as a version; the next prune may remove it
    }
  }
}
