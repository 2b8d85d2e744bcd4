package systems.tasker.cli.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import systems.tasker.cli.plugin.Diagnostic;

/**
 * A configuration value of the wrong shape is an error that names the key, what it must be and
 * what it is, never silently ignored; an unknown profile says how to define it.
 */
class ConfigShapesTest {

  private final TestTree tree = new TestTree();

  @AfterEach
  void close() throws Exception {
    tree.close();
  }

  private List<String> errorsOf(String config) {
    tree.write(".tasker-cli.toml", config);
    ConfigException failure = catchThrowableOfType(
        ConfigException.class, () -> ConfigLoader.load(tree.env(), null, null));
    return failure.diagnostics().stream().map(Diagnostic::message).toList();
  }

  @Test
  void tablesThatAreNotTablesAreErrors() {
    assertThat(errorsOf("profiles = \"dev\"\n"))
        .containsExactly("profiles must be a table of profiles, not a string");
    assertThat(errorsOf("params = [\"a\"]\ncli = true\n")).containsExactly(
        "params must be a table, not an array",
        "cli must be a table, not a boolean");
    assertThat(errorsOf("[profiles]\ndev = 1\nprod = 1.5\n")).containsExactly(
        "profiles.dev must be a table, not an integer",
        "profiles.prod must be a table, not a float");
  }

  @Test
  void everyItemOfPluginPathsMustBeAString() {
    assertThat(errorsOf("plugin-paths = [\"a\", 2, [\"b\"], { c = 1 }]\n")).containsExactly(
        "plugin-paths must be an array of strings, not an integer",
        "plugin-paths must be an array of strings, not an array",
        "plugin-paths must be an array of strings, not a table");
    assertThat(errorsOf("[plugins]\npaths = \"a\"\n"))
        .containsExactly("plugins.paths must be an array of strings, not a string");
  }

  @Test
  void theHintOfAnUnknownProfileSaysHowToDefineIt() {
    assertThatThrownBy(() -> ConfigLoader.load(tree.env(), null, "dev"))
        .asInstanceOf(type(UnknownProfileException.class))
        .satisfies(e -> assertThat(e.hint()).isEqualTo(
            "create .tasker-cli.toml with a [profiles.dev] table, or pass --config FILE"))
        .satisfies(e -> assertThat(e.profile()).isEqualTo("dev"));

    Path file = tree.write(".tasker-cli.toml", "default-language = \"ruby\"\n");
    assertThatThrownBy(() -> ConfigLoader.load(tree.env(), null, "dev"))
        .hasMessage("unknown profile 'dev': " + file + " defines no profiles")
        .asInstanceOf(type(UnknownProfileException.class))
        .satisfies(e -> assertThat(e.hint())
            .isEqualTo("add a [profiles.dev] table to " + file));

    tree.write(".tasker-cli.toml", "[profiles.prod]\n");
    assertThatThrownBy(() -> ConfigLoader.load(tree.env(), null, "dev"))
        .asInstanceOf(type(UnknownProfileException.class))
        .satisfies(e -> assertThat(e.hint())
            .isEqualTo("pick one of the profiles defined in " + file));
  }
}
