package systems.tasker.cli.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
  void everyItemOfPluginPathsMustBeAStringAndIsReportedAtItsValue() {
    tree.write(".tasker-cli.toml", "plugin-paths = [\"a\", 2, [\"b\"], { c = 1 }]\n");
    ConfigException failure = catchThrowableOfType(
        ConfigException.class, () -> ConfigLoader.load(tree.env(), null, null));
    assertThat(failure.diagnostics())
        .extracting(Diagnostic::message, Diagnostic::line, Diagnostic::column).containsExactly(
            tuple("item 2 of plugin-paths is not a string (an integer)", 1, 22),
            tuple("item 3 of plugin-paths is not a string (an array)", 1, 25),
            tuple("item 4 of plugin-paths is not a string (a table)", 1, 32));
    assertThat(errorsOf("[plugins]\npaths = \"a\"\n"))
        .containsExactly("plugins.paths must be an array of strings, not a string");
  }

  @Test
  void aByteOrderMarkIsAcceptedAndBadUtf8IsNamedByItsByteAndPosition() throws Exception {
    Path file = tree.write(".tasker-cli.toml", "\uFEFFdefault-language = \"ruby\"\n");
    assertThat(ConfigLoader.load(tree.env(), null, null).defaultLanguage().value())
        .isEqualTo("ruby");

    java.nio.file.Files.write(file, new byte[] {'a', ' ', '=', ' ', '1', '\n', 'b', (byte) 0xc3});
    ConfigException failure = catchThrowableOfType(
        ConfigException.class, () -> ConfigLoader.load(tree.env(), null, null));
    assertThat(failure.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column, Diagnostic::message)
        .containsExactly(tuple("config-unreadable", 2, 2, "not UTF-8 at byte 8"));
    assertThat(failure.getMessage()).doesNotContain("Input length");
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
