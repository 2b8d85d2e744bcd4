package systems.tasker.cli.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import systems.tasker.cli.discovery.remote.RemoteSpec;

/** {@code [[remotes]]}, {@code cache-max-age-hours} and {@code use-published-plugins}. */
class RemoteConfigTest {

  private final TestTree tree = new TestTree();

  @AfterEach
  void close() throws Exception {
    tree.close();
  }

  private EffectiveConfig load(String text, String profile) {
    Path file = tree.write(tree.home.resolve(".config/tasker-cli.toml"), text);
    return ConfigLoader.load(tree.env(), file, profile);
  }

  @Test
  void tasker_ctlsKeysAndDefaults() {
    EffectiveConfig config = load("""
        [[remotes]]
        name = "tasker-contrib"
        url = "https://github.com/tasker-systems/tasker-contrib.git"
        config-path = "config/tasker/"

        [[remotes]]
        name = "internal"
        url = "git@github.com:acme/plugins.git"
        git-ref = "v1.0"
        plugin-path = "plugins/"
        """, null);

    assertThat(config.remotes()).extracting(RemoteSpec::name, RemoteSpec::ref, RemoteSpec::pluginPath)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("tasker-contrib", "main", ""),
            org.assertj.core.groups.Tuple.tuple("internal", "v1.0", "plugins"));
    assertThat(config.remoteSettings().cacheMaxAgeHours().value()).isEqualTo(24L);
    assertThat(config.remoteSettings().maxSizeMb().value()).isEqualTo(64L);
    assertThat(config.diagnostics()).isEmpty();
  }

  @Test
  void cacheMaxAgeAndRefAreRead() {
    EffectiveConfig config = load("""
        cache-max-age-hours = 48
        [[remotes]]
        name = "x"
        url = "https://example.com/x"
        ref = "release"
        """, null);

    assertThat(config.remoteSettings().cacheMaxAgeHours().value()).isEqualTo(48L);
    assertThat(config.remotes().get(0).ref()).isEqualTo("release");
  }

  @Test
  void usePublishedPluginsAddsTheContribRemoteFromTheTopLevelOrAProfile() {
    EffectiveConfig top = load("use-published-plugins = true\n", null);
    EffectiveConfig none = load("[profiles.ci]\nuse-published-plugins = true\n", null);
    EffectiveConfig ci = load("[profiles.ci]\nuse-published-plugins = true\n", "ci");

    assertThat(top.remotes()).singleElement().satisfies(remote -> {
      assertThat(remote.name()).isEqualTo("tasker-contrib");
      assertThat(remote.url()).isEqualTo("https://github.com/tasker-systems/tasker-contrib");
      assertThat(remote.ref()).isEqualTo("main");
    });
    assertThat(none.remotes()).isEmpty();
    assertThat(ci.remotes()).extracting(RemoteSpec::name).containsExactly("tasker-contrib");
  }

  @Test
  void aRemoteNamedTaskerContribOverridesThePublishedUrl() {
    EffectiveConfig config = load("""
        use-published-plugins = true
        [[remotes]]
        name = "tasker-contrib"
        url = "https://mirror.example.com/tasker-contrib"
        """, null);

    assertThat(config.remotes()).singleElement()
        .extracting(RemoteSpec::url).isEqualTo("https://mirror.example.com/tasker-contrib");
  }

  @Test
  void aPlainPathIsRelativeToTheConfigurationFile() {
    EffectiveConfig config = load("[[remotes]]\nname = \"local\"\nurl = \"../repos/plugins.git\"\n",
        null);

    assertThat(config.remotes().get(0).url()).isEqualTo("/home/ada/repos/plugins.git");
  }

  @Test
  void badRemotesAreErrorsThatSayWhere() {
    for (String[] bad : new String[][] {
        {"[[remotes]]\nurl = \"https://x\"\n", "remotes[0] has no name"},
        {"[[remotes]]\nname = \"../evil\"\nurl = \"https://x\"\n", "invalid name '../evil'"},
        {"[[remotes]]\nname = \"x\"\n", "remotes[0] has no url"},
        {"[[remotes]]\nname = \"x\"\nurl = \"https://x\"\nplugin-path = \"../..\"\n",
            "plugin-path that is absolute or uses '..'"},
        {"[[remotes]]\nname = \"x\"\nurl = \"u\"\n[[remotes]]\nname = \"x\"\nurl = \"v\"\n",
            "a remote named 'x' is already declared"},
        {"cache-max-age-hours = -1\n", "cache-max-age-hours must be a whole number of at least 0"},
        {"use-published-plugins = \"yes\"\n", "use-published-plugins must be a boolean"}}) {
      assertThatThrownBy(() -> load(bad[0], null)).as(bad[0])
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("tasker-cli.toml")
          .hasMessageContaining(bad[1]);
    }
  }

  @Test
  void aProjectsOwnFileCannotRaiseTheCheckoutLimit() {
    tree.write(".tasker-cli.toml", "remote-max-size-mb = 100000\n");

    EffectiveConfig config = ConfigLoader.load(tree.env(), null, null);

    assertThat(config.remoteSettings().maxSizeMb().value()).isEqualTo(64L);
    assertThat(config.diagnostics()).extracting(d -> d.code())
        .containsExactly("config-remote-limit-ignored");
  }

  @Test
  void remotesArePlacedBetweenTheConfiguredPathsAndTheUserLevel() {
    EffectiveConfig config = load("""
        plugin-paths = ["/opt/plugins"]
        [[remotes]]
        name = "acme"
        url = "https://example.com/acme"
        """, null);

    List<SearchPath> paths = SearchPaths.resolve(tree.env(), List.of(), config);

    assertThat(paths).extracting(SearchPath::sourceLabel)
        .containsExactly("project", "config", "remote:acme", "user", "system");
    assertThat(paths.get(2).kind()).isEqualTo(SearchPath.Kind.NOT_FETCHED);
    assertThat(paths.get(2).path()).isEqualTo(tree.path("/home/ada/.cache/tasker-cli/remotes/acme"));
  }

  @Test
  void theCacheDirectoryOfARemoteNotYetFetchedIsNotSearched() {
    EffectiveConfig config = load("[[remotes]]\nname = \"acme\"\nurl = \"https://example.com/acme\"\n",
        null);
    // What a failed first fetch may leave: a work directory, here with a manifest in it.
    tree.write(tree.home.resolve(".cache/tasker-cli/remotes/acme/work/tasker-plugin.toml"),
        "[plugin]\nname = \"leftover\"\n");

    PluginRegistry registry = PluginRegistry.discover(tree.env(), List.of(), config, null);

    assertThat(registry.plugins()).isEmpty();
    assertThat(registry.searchPaths().get(1).kind()).isEqualTo(SearchPath.Kind.NOT_FETCHED);
  }
}
