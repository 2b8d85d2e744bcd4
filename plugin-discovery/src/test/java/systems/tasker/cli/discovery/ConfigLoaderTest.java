package systems.tasker.cli.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import systems.tasker.cli.plugin.Diagnostic;
import systems.tasker.cli.plugin.TaskerException;

class ConfigLoaderTest {

  private final TestTree tree = new TestTree();

  @AfterEach
  void close() throws Exception {
    tree.close();
  }

  private EffectiveConfig load(Path explicit, String profile) {
    return ConfigLoader.load(tree.env(), explicit, profile);
  }

  @Test
  void withoutAnyFileTheConfigIsEmptyAndEveryValueIsADefault() {
    EffectiveConfig config = load(null, null);

    assertThat(config.file()).isNull();
    assertThat(config.pluginPaths()).isEmpty();
    assertThat(config.defaultLanguage().isSet()).isFalse();
    assertThat(config.defaultOutputDir())
        .isEqualTo(new ConfigValue<>(tree.work, ConfigOrigin.DEFAULT));
    assertThat(config.profile().isSet()).isFalse();
    assertThat(config.params()).isEmpty();
  }

  @Test
  void explicitConfigIsReadRelativeToTheWorkingDirectory() {
    tree.write(".tasker-cli.toml", "default-language = \"ruby\"\n");
    Path explicit = tree.write("conf/other.toml", "default-language = \"python\"\n");

    EffectiveConfig config = load(tree.path("conf/other.toml"), null);

    assertThat(config.file()).isEqualTo(explicit);
    assertThat(config.defaultLanguage().value()).isEqualTo("python");
  }

  @Test
  void aProjectsOwnFileMayOnlyNameAnOutputDirectoryInsideTheProject() throws Exception {
    tree.mkdirs("generated");
    tree.mkdirs("/home/ada/.ssh");
    java.nio.file.Files.createSymbolicLink(tree.work.resolve("out"), tree.path("/home/ada/.ssh"));
    java.nio.file.Files.createSymbolicLink(tree.work.resolve("dangling"), tree.path("/nowhere"));
    for (String outside :
        List.of("../victim", "/etc", "~/.ssh", "out/keys", "dangling/x", "generated/../..")) {
      tree.write(".tasker-cli.toml", "default-output-dir = \"" + outside + "\"\n");
      EffectiveConfig config = load(null, null);

      assertThat(config.projectRoot()).isEqualTo(tree.work);
      assertThat(config.outputDirAllowed()).as(outside).isFalse();
      assertThatThrownBy(config::configuredOutputDir).as(outside)
          .isInstanceOf(ConfigException.class)
          .hasMessageStartingWith(tree.work.resolve(".tasker-cli.toml") + ": default-output-dir ")
          .hasMessageContaining(" is outside the project " + tree.work)
          .extracting(e -> ((ConfigException) e).diagnostics().get(0).code())
          .isEqualTo("config-output-dir-escapes");
    }
    for (String inside : List.of(".", "generated", "not/yet/made")) {
      tree.write(".tasker-cli.toml", "default-output-dir = \"" + inside + "\"\n");

      assertThat(load(null, null).configuredOutputDir()).as(inside)
          .contains(tree.work.resolve(inside).normalize());
    }
  }

  @Test
  void aProfileOfTheProjectsFileIsHeldToTheSameRule() {
    tree.write(".tasker-cli.toml", "[profiles.x]\ndefault-output-dir = \"../victim\"\n");

    assertThat(load(null, "x").outputDirAllowed()).isFalse();
  }

  @Test
  void theUsersOwnFilesMayNameAnyOutputDirectory() {
    tree.write(tree.path("/home/ada/.config/tasker-cli.toml"), "default-output-dir = \"/srv/out\"\n");
    tree.write(tree.path("/home/ada/mine.toml"), "default-output-dir = \"../elsewhere\"\n");

    EffectiveConfig user = load(null, null);
    EffectiveConfig explicit = load(tree.path("/home/ada/mine.toml"), null);

    assertThat(user.projectRoot()).isNull();
    assertThat(user.configuredOutputDir()).contains(tree.path("/srv/out"));
    assertThat(explicit.projectRoot()).isNull();
    assertThat(explicit.configuredOutputDir()).contains(tree.path("/home/elsewhere"));
  }

  @Test
  void aProjectConfigThatIsNotAFileIsAnErrorNotSkipped() {
    tree.mkdirs(".tasker-cli.toml");

    assertThatThrownBy(() -> load(null, null))
        .isInstanceOf(ConfigException.class)
        .hasMessage(tree.work.resolve(".tasker-cli.toml")
            + ": a directory where a regular file was expected; not read");
  }

  @Test
  void missingExplicitConfigIsAUsageError() {
    assertThatThrownBy(() -> load(tree.path("nope.toml"), null))
        .isInstanceOf(ConfigException.class)
        .hasMessage("/home/ada/projects/app/nope.toml: configuration file not found")
        .extracting(e -> ((TaskerException) e).kind())
        .isEqualTo(TaskerException.Kind.USAGE);
  }

  @Test
  void theNearestProjectFileUpwardWins() {
    tree.write(tree.home.resolve(".tasker-cli.toml"), "default-language = \"rust\"\n");
    Path nearer =
        tree.write(tree.home.resolve("projects/.tasker-cli.toml"), "default-language = \"ruby\"\n");
    tree.write(tree.home.resolve(".config/tasker-cli.toml"), "default-language = \"python\"\n");

    EffectiveConfig config = load(null, null);

    assertThat(config.file()).isEqualTo(nearer);
    assertThat(config.defaultLanguage())
        .isEqualTo(new ConfigValue<>("ruby", ConfigOrigin.topLevel(nearer)));
  }

  @Test
  void theXdgFileIsUsedWhenNoProjectFileExists() {
    tree.variable("XDG_CONFIG_HOME", "/xdg");
    tree.write(tree.home.resolve(".config/tasker-cli.toml"), "default-language = \"rust\"\n");
    Path xdg = tree.write(tree.path("/xdg/tasker-cli.toml"), "default-language = \"python\"\n");

    EffectiveConfig config = load(null, null);

    assertThat(config.file()).isEqualTo(xdg);
    assertThat(config.defaultLanguage().value()).isEqualTo("python");
  }

  @Test
  void pathsExpandTildeAndResolveAgainstTheConfigFilesDirectory() {
    tree.write(
        tree.home.resolve("projects/.tasker-cli.toml"),
        "plugin-paths = [\"~\", \"~/my-plugins\", \"local\", \"../shared\", \"/opt/plugins\"]\n"
            + "default-output-dir = \"out\"\n");

    EffectiveConfig config = load(null, null);

    assertThat(config.pluginPathList())
        .containsExactly(
            tree.path("/home/ada"),
            tree.path("/home/ada/my-plugins"),
            tree.path("/home/ada/projects/local"),
            tree.path("/home/ada/shared"),
            tree.path("/opt/plugins"));
    assertThat(config.defaultOutputDir().value()).isEqualTo(tree.path("/home/ada/projects/out"));
  }

  @Test
  void pluginsPathsTableIsAcceptedAfterPluginPaths() {
    tree.write(".tasker-cli.toml", "plugin-paths = [\"a\"]\n[plugins]\npaths = [\"b\"]\n");

    assertThat(load(null, null).pluginPathList())
        .containsExactly(tree.work.resolve("a"), tree.work.resolve("b"));
  }

  @Test
  void profilePluginPathsComeAfterTheTopLevelOnesAndItsScalarsOverride() {
    Path file =
        tree.write(
            ".tasker-cli.toml",
            """
            plugin-paths = ["top"]
            default-language = "ruby"
            default-output-dir = "out"

            [params]
            package = "my_app"
            namespace = "payments"

            [profiles.dev]
            plugin-paths = ["dev-plugins"]
            default-language = "python"

            [profiles.dev.params]
            namespace = "dev_payments"
            """);

    EffectiveConfig config = load(null, "dev");

    ConfigOrigin top = ConfigOrigin.topLevel(file);
    ConfigOrigin dev = ConfigOrigin.profile(file, "dev");
    assertThat(config.profile()).isEqualTo(new ConfigValue<>("dev", ConfigOrigin.COMMAND_LINE));
    assertThat(config.pluginPaths())
        .containsExactly(
            new ConfigValue<>(tree.work.resolve("top"), top),
            new ConfigValue<>(tree.work.resolve("dev-plugins"), dev));
    assertThat(config.defaultLanguage()).isEqualTo(new ConfigValue<>("python", dev));
    assertThat(config.defaultOutputDir())
        .isEqualTo(new ConfigValue<>(tree.work.resolve("out"), top));
    assertThat(config.params())
        .containsExactly(
            entry("package", new ConfigValue<>("my_app", top)),
            entry("namespace", new ConfigValue<>("dev_payments", dev)));
  }

  @Test
  void defaultProfileSelectsAProfileUnlessProfileIsGiven() {
    Path file =
        tree.write(
            ".tasker-cli.toml",
            """
            [cli]
            default-profile = "ci"

            [profiles.ci]
            default-language = "rust"

            [profiles.dev]
            default-language = "python"
            """);

    EffectiveConfig byDefault = load(null, null);
    EffectiveConfig chosen = load(null, "dev");

    assertThat(byDefault.profile()).isEqualTo(new ConfigValue<>("ci", ConfigOrigin.topLevel(file)));
    assertThat(byDefault.defaultLanguage().value()).isEqualTo("rust");
    assertThat(chosen.defaultLanguage().value()).isEqualTo("python");
    assertThat(chosen.profiles()).containsExactly("ci", "dev");
  }

  @Test
  void paramsKeepStringBooleanIntegerAndArrayValues() {
    tree.write(
        ".tasker-cli.toml",
        """
        [params]
        package = "my_app"
        with_tests = true
        port = 8080
        steps = ["validate", "charge"]
        """);

    EffectiveConfig config = load(null, null);

    assertThat(config.param("package")).contains("my_app");
    assertThat(config.param("with_tests")).contains(true);
    assertThat(config.param("port")).contains(8080L);
    assertThat(config.param("steps")).contains(List.of("validate", "charge"));
    assertThat(config.param("missing")).isEmpty();
  }

  @Test
  void syntaxErrorIsAUsageErrorWithFileLineAndColumn() {
    tree.write(".tasker-cli.toml", "default-language = \"ruby\"\nplugin-paths = [\"a\"\n");

    assertThatThrownBy(() -> load(null, null))
        .isInstanceOf(ConfigException.class)
        // on the line of the unclosed list, just after its last item (issue 12), not at the end
        .hasMessageStartingWith("/home/ada/projects/app/.tasker-cli.toml:2:20: TOML syntax error")
        .extracting(e -> ((TaskerException) e).kind())
        .isEqualTo(TaskerException.Kind.USAGE);
  }

  @Test
  void unknownProfileListsTheKnownOnesAndSuggestsTheClosest() {
    tree.write(".tasker-cli.toml", "[profiles.dev]\n[profiles.prod]\n");

    assertThatThrownBy(() -> load(null, "prdo"))
        .isInstanceOf(UnknownProfileException.class)
        .hasMessage("unknown profile 'prdo' (did you mean 'prod'?); known profiles: dev, prod")
        .asInstanceOf(type(UnknownProfileException.class))
        .satisfies(e -> assertThat(e.kind()).isEqualTo(TaskerException.Kind.USAGE))
        .satisfies(e -> assertThat(e.knownProfiles()).containsExactly("dev", "prod"));
  }

  @Test
  void unknownDefaultProfileIsAnError() {
    tree.write(".tasker-cli.toml", "[cli]\ndefault-profile = \"gone\"\n[profiles.dev]\n");

    assertThatThrownBy(() -> load(null, null))
        .isInstanceOf(UnknownProfileException.class)
        .hasMessage("unknown profile 'gone'; known profiles: dev");
  }

  @Test
  void profileWithoutAnyConfigFileIsAnError() {
    assertThatThrownBy(() -> load(null, "dev"))
        .isInstanceOf(UnknownProfileException.class)
        .hasMessage("unknown profile 'dev': no configuration file was found");
  }

  @Test
  void valuesOfTheWrongTypeAreAllReported() {
    tree.write(
        ".tasker-cli.toml",
        """
        plugin-paths = "plugins"
        default-language = ["ruby"]

        [profiles.dev.params]
        ratio = 0.5
        """);

    assertThatThrownBy(() -> load(null, null))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "/home/ada/projects/app/.tasker-cli.toml:1:16: plugin-paths must be an array of"
                + " strings, not a string (and 2 more)")
        .asInstanceOf(type(ConfigException.class))
        .extracting(e -> e.diagnostics().stream()
            .map(d -> d.line() + ":" + d.column() + " " + d.message()).toList())
        .isEqualTo(
            List.of(
                "1:16 plugin-paths must be an array of strings, not a string",
                "2:20 default-language must be a string, not an array",
                "5:9 profiles.dev.params.ratio must be a string, boolean, integer or array of"
                    + " those, not a float"));
  }

  @Test
  void unknownKeysAreWarningsWithSuggestions() {
    tree.write(
        ".tasker-cli.toml",
        "default-langauge = \"ruby\"\n[cli]\ncolour = true\n[profiles.dev]\ncli = {}\n");

    EffectiveConfig config = load(null, null);

    assertThat(config.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly(
            "unknown key default-langauge (did you mean 'default-language'?)",
            "unknown key cli.colour",
            "unknown key profiles.dev.cli");
    assertThat(config.diagnostics()).allMatch(d -> !d.isError());
  }

  private static <K, V> java.util.Map.Entry<K, V> entry(K key, V value) {
    return java.util.Map.entry(key, value);
  }
}
