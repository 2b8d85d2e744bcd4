package systems.tasker.cli.discovery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The five plugin search paths, highest priority first. */
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
   * when the project's own file set them), the user directory and the system
   * directory. A directory that is listed twice stays listed twice: the scanner finds its plugins
   * once.
   */
  public static List<SearchPath> resolve(
      Environment env, List<Path> cliPluginPaths, EffectiveConfig config) {
    List<SearchPath> paths = new ArrayList<>();
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
    paths.add(searchPath(env.xdgConfigHome().resolve(USER_PLUGINS), PluginSource.USER));
    paths.add(searchPath(env.systemPluginsDirectory(), PluginSource.SYSTEM));
    return List.copyOf(paths);
  }

  private static SearchPath searchPath(Path path, PluginSource source) {
    Path normalised = path.toAbsolutePath().normalize();
    return new SearchPath(normalised, source, SearchPath.Kind.of(normalised));
  }
}
