package systems.tasker.cli.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import systems.tasker.cli.discovery.remote.RemoteSpec;
import systems.tasker.cli.plugin.TaskerException;

/**
 * tasker-ctl's configuration files, read after ours in tasker-ctl's order (tasker-core
 * {@code crates/tasker-ctl/src/cli_config/loader.rs}): {@code .config/tasker.toml}'s {@code [cli]}
 * section and {@code ./.tasker-ctl.toml} in the working directory, {@code ~/.config/tasker-ctl.toml}
 * for the user; only the keys both CLIs share.
 */
class TaskerCtlConfigTest {

  private final TestTree tree = new TestTree();
  private final Path ours = tree.work.resolve(".tasker-cli.toml");
  private final Path unified = tree.work.resolve(".config/tasker.toml");
  private final Path theirs = tree.work.resolve(".tasker-ctl.toml");
  private final Path oursUser = tree.home.resolve(".config/tasker-cli.toml");
  private final Path theirsUser = tree.home.resolve(".config/tasker-ctl.toml");

  @AfterEach
  void close() throws Exception {
    tree.close();
  }

  private EffectiveConfig load(String profile) {
    return ConfigLoader.load(tree.env(), null, profile);
  }

  private EffectiveConfig load() {
    return load(null);
  }

  /** Each file says which it is, in a key both CLIs read. */
  private void writeAllFive() {
    tree.write(ours, "default-language = \"ours\"\n");
    tree.write(unified, "[cli]\ndefault-language = \"unified\"\n");
    tree.write(theirs, "default-language = \"theirs\"\n");
    tree.write(oursUser, "default-language = \"ours-user\"\n");
    tree.write(theirsUser, "default-language = \"theirs-user\"\n");
  }

  @Test
  void theFiveFilesAreTriedInOrderAndOnlyTheFirstThatExistsIsRead() throws IOException {
    writeAllFive();
    List<Path> order = List.of(ours, unified, theirs, oursUser, theirsUser);
    List<String> languages = List.of("ours", "unified", "theirs", "ours-user", "theirs-user");
    List<ConfigDialect> dialects = List.of(ConfigDialect.TASKER_CLI,
        ConfigDialect.TASKER_CTL_UNIFIED, ConfigDialect.TASKER_CTL, ConfigDialect.TASKER_CLI,
        ConfigDialect.TASKER_CTL);

    for (int i = 0; i < order.size(); i++) {
      EffectiveConfig config = load();

      assertThat(config.file()).isEqualTo(order.get(i));
      assertThat(config.dialect()).isEqualTo(dialects.get(i));
      assertThat(config.defaultLanguage().value()).isEqualTo(languages.get(i));
      assertThat(config.defaultLanguage().origin().file()).isEqualTo(order.get(i));
      Files.delete(order.get(i));
    }
    EffectiveConfig none = load();
    assertThat(none.file()).isNull();
    assertThat(none.defaultLanguage().isSet()).isFalse();
    assertThat(none.notRead()).isEmpty();
  }

  @Test
  void theTaskerCtlFilesNotReadAreNamedWithTheReason() {
    writeAllFive();

    assertThat(load().notRead()).containsExactly(
        new UnreadConfigFile(unified,
            ours + ", tasker-cli's own file at the project level, comes first"),
        new UnreadConfigFile(theirs,
            ours + ", tasker-cli's own file at the project level, comes first"),
        new UnreadConfigFile(theirsUser, "the project's " + ours + " comes first"));
  }

  @Test
  void atTheUserLevelOursWinsToo() {
    tree.write(oursUser, "default-language = \"ours-user\"\n");
    tree.write(theirsUser, "default-language = \"theirs-user\"\n");

    EffectiveConfig config = load();

    assertThat(config.file()).isEqualTo(oursUser);
    assertThat(config.notRead()).containsExactly(new UnreadConfigFile(theirsUser,
        oursUser + ", tasker-cli's own file at the user level, comes first"));
  }

  @Test
  void theUnifiedFileComesFirstEvenWithoutACliSectionAsInTaskerCtl() {
    tree.write(unified, "[profile.default]\ntransport = \"rest\"\n");
    tree.write(theirs, "default-language = \"theirs\"\n");

    EffectiveConfig config = load();

    assertThat(config.file()).isEqualTo(unified);
    assertThat(config.defaultLanguage().isSet()).isFalse();
    assertThat(config.notRead()).containsExactly(
        new UnreadConfigFile(theirs, unified + " comes first, as in tasker-ctl"));
  }

  @Test
  void ourFileFoundUpwardWinsOverTaskerCtlsInTheWorkingDirectory() {
    Path above = tree.write(tree.home.resolve("projects/.tasker-cli.toml"), "");
    tree.write(theirs, "default-language = \"theirs\"\n");

    EffectiveConfig config = load();

    assertThat(config.file()).isEqualTo(above);
    assertThat(config.notRead()).extracting(UnreadConfigFile::file).containsExactly(theirs);
  }

  @Test
  void taskerCtlsProjectFilesAreOnlyLookedForInTheWorkingDirectory() {
    tree.write(tree.home.resolve("projects/.tasker-ctl.toml"), "default-language = \"up\"\n");
    tree.write(tree.home.resolve("projects/.config/tasker.toml"), "[cli]\n");

    assertThat(load().file()).isNull();
  }

  @Test
  void theUsersTaskerCtlFileIsInHomeDotConfigWhateverXdgSays() {
    tree.variable("XDG_CONFIG_HOME", "/xdg");
    tree.write(tree.path("/xdg/tasker-ctl.toml"), "default-language = \"xdg\"\n");
    tree.write(theirsUser, "default-language = \"theirs-user\"\n");

    assertThat(load().file()).isEqualTo(theirsUser);
  }

  @Test
  void onlyTheSharedKeysOfAStandaloneFileAreReadAndTheRestIsNotUsedNeverAnError() {
    tree.write(theirs, """
        plugin-paths = ["plugins", "~/contrib"]
        default-language = "ruby"
        default-output-dir = "app/handlers"
        cache-max-age-hours = 48
        remote-max-size-mb = 2
        use-published-plugins = true
        telemetry = "on"

        [params]
        package = "ignored"

        [profiles.dev]
        default-language = "python"

        [[remotes]]
        name = "tasker-contrib"
        url = "https://github.com/tasker-systems/tasker-contrib.git"
        git-ref = "v1"
        config-path = "config/tasker/"
        ref = "ignored"
        plugin-path = "plugins/"
        """);

    EffectiveConfig config = load();

    assertThat(config.pluginPathList())
        .containsExactly(tree.work.resolve("plugins"), tree.home.resolve("contrib"));
    assertThat(config.defaultLanguage().value()).isEqualTo("ruby");
    assertThat(config.defaultOutputDir().value()).isEqualTo(tree.work.resolve("app/handlers"));
    assertThat(config.remoteSettings().cacheMaxAgeHours().value()).isEqualTo(48L);
    assertThat(config.remoteSettings().maxSizeMb().origin().isDefault()).isTrue();
    assertThat(config.remoteSettings().usePublishedPlugins().value()).isFalse();
    assertThat(config.params()).isEmpty();
    assertThat(config.profiles()).isEmpty();
    assertThat(config.remotes()).extracting(RemoteSpec::name, RemoteSpec::ref, RemoteSpec::pluginPath)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("tasker-contrib", "v1", "plugins"));
    assertThat(config.notUsed()).containsExactly("remote-max-size-mb", "use-published-plugins",
        "telemetry", "params", "profiles", "remotes[0].config-path", "remotes[0].ref");
    assertThat(config.diagnostics()).isEmpty();
  }

  @Test
  void taskerCtlsRemotesAreSearchedOnlyWhenChosenAsTaskerCtlUsesThem() {
    tree.write(theirs, "[[remotes]]\nname = \"tasker-contrib\"\n"
        + "url = \"https://github.com/tasker-systems/tasker-contrib.git\"\n");
    EffectiveConfig config = load();
    RemoteSpec remote = config.remoteSettings().require("tasker-contrib");

    assertThat(config.searchedRemotes()).isEmpty();
    assertThat(SearchPaths.resolve(tree.env(), List.of(), config))
        .extracting(SearchPath::source).doesNotContain(PluginSource.REMOTE);
    assertThat(SearchPaths.resolve(tree.env(), List.of(), config, java.util.Optional.of(remote)))
        .extracting(SearchPath::sourceLabel).startsWith("remote:tasker-contrib");
    tree.write(ours, "[[remotes]]\nname = \"mine\"\nurl = \"https://example.com/mine.git\"\n");
    assertThat(load().searchedRemotes()).extracting(RemoteSpec::name).containsExactly("mine");
  }

  @Test
  void theUnifiedFilesCliSectionIsItsTopLevelAndItsProfilesAreProfiles() {
    tree.write(unified, """
        [profile.default]
        transport = "rest"

        [profile.default.orchestration]
        base_url = "http://localhost:8080"

        [profile.staging]
        description = "staging"
        default-language = "python"
        plugin-paths = ["staging-plugins"]

        [profile.staging.orchestration.auth.method]
        type = "BearerToken"
        value = "s3cret-token"

        [cli]
        plugin-paths = ["./plugins"]
        default-language = "ruby"
        default-output-dir = "./app/handlers"
        default-profile = "staging"

        [[cli.remotes]]
        name = "tasker-contrib"
        url = "https://github.com/tasker-systems/tasker-contrib.git"

        [mcp]
        enabled = true
        """);

    EffectiveConfig plain = load();
    EffectiveConfig staging = load("staging");

    ConfigOrigin cli = ConfigOrigin.cliSection(unified);
    assertThat(cli.describe()).isEqualTo(unified + " ([cli])");
    assertThat(plain.profile().isSet()).isFalse();
    assertThat(plain.profiles()).containsExactly("default", "staging");
    assertThat(plain.defaultLanguage()).isEqualTo(new ConfigValue<>("ruby", cli));
    // tasker-ctl resolves the unified file's paths from the working directory, not .config/.
    assertThat(plain.pluginPaths())
        .containsExactly(new ConfigValue<>(tree.work.resolve("plugins"), cli));
    assertThat(plain.defaultOutputDir().value()).isEqualTo(tree.work.resolve("app/handlers"));
    assertThat(plain.remotes()).extracting(RemoteSpec::declaredIn).containsExactly(cli.describe());
    assertThat(staging.defaultLanguage())
        .isEqualTo(new ConfigValue<>("python", ConfigOrigin.profile(unified, "staging")));
    assertThat(staging.pluginPathList())
        .containsExactly(tree.work.resolve("plugins"), tree.work.resolve("staging-plugins"));
    assertThat(plain.notUsed()).containsExactly("profile.default.transport",
        "profile.default.orchestration", "profile.staging.description",
        "profile.staging.orchestration", "cli.default-profile", "mcp");
    assertThat(plain.notUsed()).noneMatch(key -> key.contains("s3cret"));
  }

  @Test
  void anUnknownProfileOfTheUnifiedFileListsItsProfiles() {
    tree.write(unified, "[profile.default]\n[profile.grpc]\n");

    assertThatThrownBy(() -> load("grcp"))
        .isInstanceOf(UnknownProfileException.class)
        .hasMessage("unknown profile 'grcp' (did you mean 'grpc'?); known profiles: default, grpc");
    tree.write(unified, "[cli]\n");
    assertThatThrownBy(() -> load("dev"))
        .isInstanceOf(UnknownProfileException.class)
        .extracting(e -> ((TaskerException) e).hint())
        .isEqualTo("add a [profile.dev] table to " + unified);
  }

  @Test
  void aStandaloneTaskerCtlFileHasNoProfiles() {
    tree.write(theirs, "[profiles.dev]\ndefault-language = \"ruby\"\n");

    assertThatThrownBy(() -> load("dev"))
        .isInstanceOf(UnknownProfileException.class)
        .hasMessage("unknown profile 'dev': " + theirs + " defines no profiles")
        .extracting(e -> ((TaskerException) e).hint())
        .isEqualTo("tasker-ctl's .tasker-ctl.toml has no profiles: drop --profile, or write the"
            + " profile as [profiles.dev] in a .tasker-cli.toml");
  }

  @Test
  void aSharedKeyOfTheWrongTypeIsAnErrorAsInOurOwnFile() {
    tree.write(theirs, "plugin-paths = \"plugins\"\ntransport = 3\n");
    tree.write(unified, "cli = \"x\"\n");

    assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
        .hasMessage(unified + ":1:7: cli must be a table, not a string");
    tree.write(unified, "[cli]\ncache-max-age-hours = \"a day\"\n");
    assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
        .hasMessage(unified + ":2:23: cli.cache-max-age-hours must be a whole number of at least 0,"
            + " not a string");
  }

  @Test
  void aTaskerCtlFileOfTheProjectIsAsUntrustedAsOurs() throws IOException {
    for (Path file : List.of(theirs, unified)) {
      String table = file.equals(unified) ? "[cli]\n" : "";
      tree.write(file, table + "default-output-dir = \"../victim\"\nplugin-paths = [\"vendor\"]\n"
          + "[[" + (table.isEmpty() ? "" : "cli.") + "remotes]]\nname = \"r\"\nurl = \"/srv/r\"\n");

      EffectiveConfig config = load();

      assertThat(config.projectRoot()).as(file.toString()).isEqualTo(tree.work);
      assertThat(config.outputDirAllowed()).as(file.toString()).isFalse();
      assertThatThrownBy(config::configuredOutputDir)
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("is outside the project " + tree.work);
      assertThat(config.remotes()).allMatch(RemoteSpec::fromProject);
      assertThat(SearchPaths.resolve(tree.env(), List.of(), config))
          .filteredOn(path -> path.path().equals(tree.work.resolve("vendor")))
          .extracting(SearchPath::source).containsExactly(PluginSource.PROJECT_CONFIG);
      Files.delete(file);
    }
  }

  @Test
  void theUsersTaskerCtlFileIsTrusted() {
    tree.write(theirsUser, "default-output-dir = \"/srv/out\"\n");

    EffectiveConfig config = load();

    assertThat(config.projectRoot()).isNull();
    assertThat(config.configuredOutputDir()).contains(tree.path("/srv/out"));
  }

  @Test
  void relativePathsOfTaskerCtlsFilesAreRelativeToTheWorkingDirectoryAsInTaskerCtl() {
    tree.write(theirsUser, "default-output-dir = \"./app/handlers\"\n"
        + "plugin-paths = [\"plugins\", \"~/contrib\"]\n"
        + "[[remotes]]\nname = \"local\"\nurl = \"../shared-plugins\"\n");

    EffectiveConfig config = load();

    assertThat(config.defaultOutputDir().value()).isEqualTo(tree.work.resolve("app/handlers"));
    assertThat(config.pluginPathList())
        .containsExactly(tree.work.resolve("plugins"), tree.home.resolve("contrib"));
    assertThat(config.remotes()).extracting(RemoteSpec::url)
        .containsExactly(tree.home.resolve("projects/shared-plugins").toString());
  }

  @Test
  void anExplicitConfigIsOursAndNamesTheTaskerCtlFilesItPassesOver() {
    Path mine = tree.write(tree.home.resolve("mine.toml"), "[params]\npackage = \"x\"\n");
    tree.write(theirs, "");

    EffectiveConfig config = ConfigLoader.load(tree.env(), mine, null);

    assertThat(config.dialect()).isEqualTo(ConfigDialect.TASKER_CLI);
    assertThat(config.param("package")).contains("x");
    assertThat(config.notRead())
        .containsExactly(new UnreadConfigFile(theirs, "--config " + mine + " is given"));
  }

  @Test
  void remoteAddEditsTheFileInUseTaskerCtlsToo() {
    assertThat(ConfigLoader.fileToEdit(tree.env(), null, false))
        .isEqualTo(new ConfigFile(oursUser, ConfigDialect.TASKER_CLI));
    tree.write(theirsUser, "");
    assertThat(ConfigLoader.fileToEdit(tree.env(), null, false))
        .isEqualTo(new ConfigFile(theirsUser, ConfigDialect.TASKER_CTL));
    assertThat(ConfigLoader.fileToEdit(tree.env(), null, true))
        .isEqualTo(new ConfigFile(theirsUser, ConfigDialect.TASKER_CTL));
    tree.write(theirs, "");
    assertThat(ConfigLoader.fileToEdit(tree.env(), null, false))
        .isEqualTo(new ConfigFile(theirs, ConfigDialect.TASKER_CTL));
    tree.write(oursUser, "");
    assertThat(ConfigLoader.fileToEdit(tree.env(), null, true))
        .isEqualTo(new ConfigFile(oursUser, ConfigDialect.TASKER_CLI));
    tree.write(unified, "[cli]\n");
    assertThatThrownBy(() -> ConfigLoader.fileToEdit(tree.env(), null, false))
        .isInstanceOf(TaskerException.class)
        .hasMessage("the configuration in use is tasker-ctl's unified file " + unified
            + ", which tasker-cli does not edit");
    tree.write(ours, "");
    assertThat(ConfigLoader.fileToEdit(tree.env(), null, false))
        .isEqualTo(new ConfigFile(ours, ConfigDialect.TASKER_CLI));
  }
}
