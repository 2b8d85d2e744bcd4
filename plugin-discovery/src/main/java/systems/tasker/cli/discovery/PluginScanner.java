package systems.tasker.cli.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import systems.tasker.cli.plugin.Diagnostic;
import systems.tasker.cli.plugin.DiagnosticCodes;
import systems.tasker.cli.plugin.ManifestReader;
import systems.tasker.cli.plugin.PluginManifest;
import systems.tasker.cli.plugin.ReadResult;
import systems.tasker.cli.plugin.TemplateRef;

/**
 * Finds the plugins on the search paths and reads their manifests (only the manifests: scanning
 * runs on every command, deep validation only on {@code plugin validate}).
 *
 * <p>In each search path a plugin is the path itself if it holds {@code tasker-plugin.toml}; else
 * each immediate subdirectory holding one; else {@code <subdirectory>/tasker-cli-plugin/} holding
 * one. Subdirectories are visited in name order so the result never depends on the order the file
 * system lists them in.
 */
public final class PluginScanner {

  /**
   * What a scan found.
   *
   * @param plugins every plugin, in priority order, each real directory once; status OK or BROKEN
   * @param diagnostics problems with the search paths themselves (a directory that cannot be
   *     listed)
   */
  public record Result(List<DiscoveredPlugin> plugins, List<Diagnostic> diagnostics) {
    public Result {
      plugins = List.copyOf(plugins);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private final ManifestReader reader = new ManifestReader();

  /**
   * Scans {@code searchPaths} in order, then the built-in plugin directory. Missing search paths
   * are skipped quietly; one that is not a directory, or cannot be listed, is a warning. A
   * subdirectory that cannot be looked into is a broken plugin, so it is never left out unseen.
   *
   * @param builtinPluginDir the plugin compiled into the CLI, on any file system, or {@code null}
   */
  public Result scan(List<SearchPath> searchPaths, Path builtinPluginDir) {
    List<DiscoveredPlugin> plugins = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (SearchPath searchPath : searchPaths) {
      if (searchPath.kind() == SearchPath.Kind.NOT_A_DIRECTORY) {
        diagnostics.add(Diagnostic.warning(DiagnosticCodes.SEARCH_PATH_NOT_A_DIRECTORY,
            searchPath.path(), null,
            "plugin search path (" + searchPath.source().label() + ") is not a directory; skipped",
            "name the directory that holds plugins, not a file"));
        continue;
      }
      if (searchPath.kind() == SearchPath.Kind.NOT_FETCHED) {
        // A remote's cache directory holds no checkout yet: nothing of it is a plugin.
        continue;
      }
      for (Candidate candidate : pluginDirectories(searchPath.path(), diagnostics)) {
        if (seen.add(realPath(candidate.dir()))) {
          plugins.add(candidate.readable()
              ? read(candidate.dir(), searchPath.source(), searchPath.remote())
              : unreadable(candidate.dir(), searchPath.source(), searchPath.remote()));
        }
      }
    }
    if (builtinPluginDir != null && seen.add(realPath(builtinPluginDir))) {
      plugins.add(read(builtinPluginDir, PluginSource.BUILTIN));
    }
    return new Result(plugins, diagnostics);
  }

  /**
   * Reads the plugin in {@code dir}: BROKEN with the reader's diagnostics when its manifest is
   * missing, does not parse or has errors, else OK.
   */
  public DiscoveredPlugin read(Path dir, PluginSource source) {
    return read(dir, source, null);
  }

  /** {@link #read(Path, PluginSource)} for a plugin in a remote's checkout. */
  DiscoveredPlugin read(Path dir, PluginSource source, RemoteOrigin remote) {
    Objects.requireNonNull(dir, "dir");
    ReadResult<PluginManifest> result = reader.readPlugin(dir);
    // The reader refuses template paths that are absolute, use '..' or lead out of the plugin
    // through a link (an error makes the plugin broken); commands check again where they read.
    List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
    boolean broken = result.hasErrors() || diagnostics.stream().anyMatch(Diagnostic::isError);
    return new DiscoveredPlugin(
        dir,
        source,
        result.value(),
        diagnostics,
        broken ? PluginStatus.BROKEN : PluginStatus.OK,
        null,
        remote);
  }

  /** Where a template of the plugin in {@code dir} lives, absolute and normalised. */
  static Path templateDirectory(Path dir, TemplateRef ref) {
    return dir.toAbsolutePath().resolve(ref.path()).normalize();
  }

  /** A directory that holds a plugin, or might: one we may not look into. */
  private record Candidate(Path dir, boolean readable) {}

  /** Whether a directory holds a manifest, as far as we are allowed to see. */
  private enum Probe {
    MANIFEST,
    NONE,
    DENIED
  }

  /** A directory we may not look into: listed as broken, since it may hold a plugin. */
  private static DiscoveredPlugin unreadable(Path dir, PluginSource source, RemoteOrigin remote) {
    return new DiscoveredPlugin(dir, source, null,
        List.of(Diagnostic.error(DiagnosticCodes.PLUGIN_DIR_UNREADABLE, dir, null,
            "cannot look into this directory (permission denied); any plugin in it is not used",
            "check the directory's permissions, or remove it from the search path")),
        PluginStatus.BROKEN, null, remote);
  }

  private static List<Candidate> pluginDirectories(Path searchPath, List<Diagnostic> diagnostics) {
    if (!Files.isDirectory(searchPath)) {
      return List.of();
    }
    if (probe(searchPath) == Probe.MANIFEST) {
      return List.of(new Candidate(searchPath, true));
    }
    List<Candidate> found = new ArrayList<>();
    for (Path child : subdirectories(searchPath, diagnostics)) {
      Probe direct = probe(child);
      if (direct != Probe.NONE) {
        found.add(new Candidate(child, direct == Probe.MANIFEST));
        continue;
      }
      Path nested = child.resolve(DiscoveredPlugin.NESTED_PLUGIN_DIR);
      Probe inNested = probe(nested);
      if (inNested != Probe.NONE) {
        found.add(new Candidate(nested, inNested == Probe.MANIFEST));
      }
    }
    return found;
  }

  /**
   * Whether {@code dir} holds a manifest. Anything of that name counts, a FIFO or directory too:
   * the plugin is then broken (the reader refuses all but regular files), not left out unseen.
   */
  private static Probe probe(Path dir) {
    try {
      Files.readAttributes(dir.resolve(PluginManifest.FILE_NAME), BasicFileAttributes.class);
      return Probe.MANIFEST;
    } catch (AccessDeniedException e) {
      return Probe.DENIED;
    } catch (IOException e) {
      return Probe.NONE;
    }
  }

  private static List<Path> subdirectories(Path dir, List<Diagnostic> diagnostics) {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, Files::isDirectory)) {
      stream.forEach(children::add);
    } catch (IOException | UncheckedIOException e) {
      diagnostics.add(
          Diagnostic.warning(
              DiagnosticCodes.SEARCH_PATH_UNREADABLE,
              dir,
              null,
              "cannot list plugin directory: " + e.getMessage(),
              "check the directory's permissions"));
      return List.of();
    }
    children.sort(Comparator.comparing(child -> child.getFileName().toString()));
    return children;
  }

  /** The identity of a directory, so two search paths reaching it yield one plugin. */
  private static Path realPath(Path dir) {
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      return dir.toAbsolutePath().normalize();
    }
  }
}
