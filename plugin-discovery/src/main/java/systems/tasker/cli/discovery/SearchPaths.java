package systems.tasker.cli.discovery;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import systems.tasker.cli.discovery.remote.CachedRemote;
import systems.tasker.cli.discovery.remote.RemoteCache;
import systems.tasker.cli.discovery.remote.RemoteSpec;

/** The plugin search paths, highest priority first. */
public final class SearchPaths {

  /** The project-level plugin directory, relative to the project's root (else the working directory). */
  public static final String PROJECT_PLUGINS = ".tasker-cli/plugins";

  /** The user-level plugin directory, relative to {@code $XDG_CONFIG_HOME}. */
  public static final String USER_PLUGINS = "tasker-cli/plugins";

  private SearchPaths() {}

  /**
   * The search paths in priority order: {@code --plugin-path} directories in the order given
   * (relative ones against the working directory), the project directory (under the root of
   * the project around the working directory, {@link Project#find}, else under the working
   * directory), the configuration's
   * {@code plugin-paths} (top level, then the active profile; {@link PluginSource#PROJECT_CONFIG}
   * when the project's own file set them), the checkouts of the configuration's searched remotes
   * ({@link EffectiveConfig#searchedRemotes()}), the user
   * directory and the system directory. A directory that is listed twice stays listed twice: the
   * scanner finds its plugins once. Remotes are read from the cache as it is: fetching is the
   * caller's business ({@link systems.tasker.cli.discovery.remote.RemoteSync}).
   */
  public static List<SearchPath> resolve(
      Environment env, List<Path> cliPluginPaths, EffectiveConfig config) {
    return resolve(env, cliPluginPaths, config, Optional.empty());
  }

  /**
   * {@link #resolve(Environment, List, EffectiveConfig)} with the checkout of {@code selected}
   * ({@code --remote NAME} or {@code --url URL}) first of all, so its plugins win for this run.
   */
  public static List<SearchPath> resolve(Environment env, List<Path> cliPluginPaths,
      EffectiveConfig config, Optional<RemoteSpec> selected) {
    // Only runs with remotes look at the cache.
    RemoteCache cache =
        selected.isPresent() || !config.searchedRemotes().isEmpty() ? cache(env) : null;
    List<SearchPath> paths = new ArrayList<>();
    selected.ifPresent(remote -> paths.add(remotePath(cache, remote)));
    for (Path given : cliPluginPaths) {
      paths.add(searchPath(env.resolve(given), PluginSource.PLUGIN_PATH));
    }
    Path projectRoot = Project.find(env).map(Project::root).orElse(env.workingDirectory());
    paths.add(searchPath(projectRoot.resolve(PROJECT_PLUGINS), PluginSource.PROJECT));
    PluginSource configSource =
        config.projectRoot() == null ? PluginSource.CONFIG : PluginSource.PROJECT_CONFIG;
    for (ConfigValue<Path> configured : config.pluginPaths()) {
      paths.add(searchPath(configured.value(), configSource));
    }
    for (RemoteSpec remote : config.searchedRemotes()) {
      if (selected.map(chosen -> !chosen.name().equals(remote.name())).orElse(true)) {
        paths.add(remotePath(cache, remote));
      }
    }
    paths.add(searchPath(env.xdgConfigHome().resolve(USER_PLUGINS), PluginSource.USER));
    paths.add(searchPath(env.systemPluginsDirectory(), PluginSource.SYSTEM));
    return List.copyOf(paths);
  }

  /** The cache of remotes: {@code $XDG_CACHE_HOME/tasker-cli/remotes}. */
  public static RemoteCache cache(Environment env) {
    return new RemoteCache(env.xdgCacheHome().resolve(RemoteCache.DIRECTORY), Clock.systemUTC());
  }

  private static SearchPath remotePath(RemoteCache cache, RemoteSpec remote) {
    Optional<CachedRemote> cached = cache.lookup(remote).usable();
    if (cached.isEmpty()) {
      return new SearchPath(cache.directory(remote.name()), PluginSource.REMOTE,
          SearchPath.Kind.NOT_FETCHED, new RemoteOrigin(remote, null, null));
    }
    Path root = cached.get().pluginRoot().toAbsolutePath().normalize();
    return new SearchPath(root, PluginSource.REMOTE, SearchPath.Kind.of(root),
        RemoteOrigin.of(cached.get()));
  }

  private static SearchPath searchPath(Path path, PluginSource source) {
    Path normalised = path.toAbsolutePath().normalize();
    return new SearchPath(normalised, source, SearchPath.Kind.of(normalised));
  }
}
