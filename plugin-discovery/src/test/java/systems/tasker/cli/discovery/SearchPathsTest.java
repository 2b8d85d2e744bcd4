package systems.tasker.cli.discovery;

import static systems.tasker.cli.discovery.SearchPath.Kind.DIRECTORY;
import static systems.tasker.cli.discovery.SearchPath.Kind.MISSING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearchPathsTest {

  private final TestTree tree = new TestTree();

  @AfterEach
  void close() throws Exception {
    tree.close();
  }

  @Test
  void theFivePathsComeInPriorityOrder() {
    tree.variable("TASKER_CLI_SYSTEM_PLUGINS", "/opt/tasker/plugins");
    tree.write(
        ".tasker-cli.toml",
        "plugin-paths = [\"/cfg/top\"]\n[profiles.dev]\nplugin-paths = [\"/cfg/dev\"]\n");
    tree.mkdirs(".tasker-cli/plugins");
    tree.mkdirs("second");
    EffectiveConfig config = ConfigLoader.load(tree.env(), null, "dev");

    List<SearchPath> paths =
        SearchPaths.resolve(
            tree.env(), List.of(tree.path("/first"), tree.path("second/../second")), config);

    assertThat(paths)
        .containsExactly(
            new SearchPath(tree.path("/first"), PluginSource.PLUGIN_PATH, MISSING),
            new SearchPath(tree.work.resolve("second"), PluginSource.PLUGIN_PATH, DIRECTORY),
            new SearchPath(tree.work.resolve(".tasker-cli/plugins"), PluginSource.PROJECT, DIRECTORY),
            new SearchPath(tree.path("/cfg/top"), PluginSource.PROJECT_CONFIG, MISSING),
            new SearchPath(tree.path("/cfg/dev"), PluginSource.PROJECT_CONFIG, MISSING),
            new SearchPath(
                tree.path("/home/ada/.config/tasker-cli/plugins"), PluginSource.USER, MISSING),
            new SearchPath(tree.path("/opt/tasker/plugins"), PluginSource.SYSTEM, MISSING));
  }

  @Test
  void onlyTheProjectsOwnConfigFileMakesItsPluginPathsTheProjects() throws Exception {
    tree.write(".tasker-cli.toml", "plugin-paths = [\"/from-project\"]\n");
    tree.write(tree.path("/home/ada/mine.toml"), "plugin-paths = [\"/from-me\"]\n");
    tree.write(tree.path("/home/ada/.config/tasker-cli.toml"), "plugin-paths = [\"/from-me\"]\n");

    assertThat(configSources(ConfigLoader.load(tree.env(), null, null)))
        .containsExactly(PluginSource.PROJECT_CONFIG);
    assertThat(configSources(ConfigLoader.load(tree.env(), tree.path("/home/ada/mine.toml"), null)))
        .containsExactly(PluginSource.CONFIG);
    java.nio.file.Files.delete(tree.work.resolve(".tasker-cli.toml"));
    assertThat(configSources(ConfigLoader.load(tree.env(), null, null)))
        .containsExactly(PluginSource.CONFIG);
  }

  private List<PluginSource> configSources(EffectiveConfig config) {
    return SearchPaths.resolve(tree.env(), List.of(), config).stream()
        .map(SearchPath::source)
        .filter(source -> source == PluginSource.CONFIG || source == PluginSource.PROJECT_CONFIG)
        .toList();
  }

  @Test
  void userPathFollowsXdgConfigHomeAndSystemPathHasADefault() {
    tree.variable("XDG_CONFIG_HOME", "/xdg");

    List<SearchPath> paths =
        SearchPaths.resolve(tree.env(), List.of(), EffectiveConfig.none(tree.env()));

    assertThat(paths)
        .extracting(SearchPath::path)
        .containsExactly(
            tree.work.resolve(".tasker-cli/plugins"),
            tree.path("/xdg/tasker-cli/plugins"),
            tree.path("/usr/local/share/tasker-cli/plugins"));
  }

  @Test
  void sourcesHaveTheLabelsUsedInOutput() {
    assertThat(PluginSource.values())
        .extracting(PluginSource::label)
        .containsExactly(
            "plugin-path", "project", "project-config", "config", "remote", "user", "system",
            "builtin");
  }
}
