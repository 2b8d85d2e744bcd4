package systems.tasker.cli.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Positions after strings, quoted keys and nested values: wherever the scanner could lose its
 * place in a line, the next key or element must still be found where it is written.
 */
class TomlKeyLocatorQuotingTest {

  private static SourcePosition at(int line, int column) {
    return SourcePosition.at(line, column);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // TOML source of one array line | path | column of that element
      "a = [\"\", \"x\"]              | a[1] | 10",
      "a = [\"a\\\"b\", \"c\"]        | a[1] | 14",
      "a = [\"a\\\\\", \"b\"]         | a[1] | 13",
      "a = ['C:\\', 'd']              | a[1] | 13",
      "a = [ \"\"\"x\"\"\"\"\", \"y\" ] | a[1] | 18",
      "a = [ '''x''''', 'y' ]         | a[1] | 18",
      "a = [10, 20, 300]              | a[2] | 14",
      "a = [[1, 2], [3]]              | a[1] | 14",
      "a = [[1, 2], [3]]              | a[0][1] | 10",
      "a = [[1, 2], [3]]              | a[1][0] | 15",
  })
  void elementsAfterStringsNumbersAndNestedArraysAreFound(String line, String path, int column) {
    TomlKeyLocator locator = TomlKeyLocator.scan(line + "\nafter = 1\n");

    assertThat(locator.value(path)).isEqualTo(at(1, column));
    assertThat(locator.key("after")).isEqualTo(at(2, 1));
  }

  @Test
  void inlineTablesOnOneLineInsideAnArrayAreCountedApart() {
    TomlKeyLocator spaced = TomlKeyLocator.scan(
        "outputs = [ { template = \"a\" }, { template = \"b\", path = \"p\" } ]\n");
    TomlKeyLocator tight = TomlKeyLocator.scan(
        "outputs = [{template = \"a\"}, {template = \"b\"}]\n");

    assertThat(spaced.key("outputs[1]")).isEqualTo(at(1, 33));
    assertThat(spaced.key("outputs[1].path")).isEqualTo(at(1, 51));
    assertThat(spaced.value("outputs[1].path")).isEqualTo(at(1, 58));
    assertThat(spaced.has("outputs[2]")).isFalse();
    assertThat(tight.key("outputs[1]")).isEqualTo(at(1, 30));
    assertThat(tight.value("outputs[1].template")).isEqualTo(at(1, 42));
  }

  @Test
  void anEmptyStringInsideAnInlineTableEndsWhereItShould() {
    TomlKeyLocator locator = TomlKeyLocator.scan("a = { b = \"\", c = 1 }\n");

    assertThat(locator.key("a.c")).isEqualTo(at(1, 15));
    assertThat(locator.value("a.c")).isEqualTo(at(1, 19));
  }

  @Test
  void multiLineStringsHideTheirContentAndTheNextKeyIsFound() {
    TomlKeyLocator locator = TomlKeyLocator.scan(
        "a = \"\"\"x\"\"\"\n"
            + "b = \"y\"\n"
            + "c = '''C:\\\n"
            + "d = 1'''\n"
            + "e = \"\"\"\"quoted\"\"\"\"\n"
            + "f = 2");

    assertThat(locator.key("b")).isEqualTo(at(2, 1));
    assertThat(locator.has("d")).isFalse();
    assertThat(locator.key("e")).isEqualTo(at(5, 1));
    assertThat(locator.value("f")).isEqualTo(at(6, 5));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // the key as written | the key it names | column of its value
      "\"x\\n\"         | `x\n`      | 9",
      "\"x\\t\"         | `x\t`      | 9",
      "\"x\\r\"         | `x\r`      | 9",
      "\"x\\b\"         | `x\b`      | 9",
      "\"x\\f\"         | `x\f`      | 9",
      "\"x\\\"\"        | x\"        | 9",
      "\"x\\\\\"        | x\\        | 9",
      "\"x\\u00e9\"     | xé         | 13",
      "\"x\\U0001F600\" | x\uD83D\uDE00 | 17",
      "'x\\n'           | x\\n       | 9",
  })
  void quotedKeysAreUnescapedAndTheirValueIsFound(String written, String name, int column) {
    TomlKeyLocator locator = TomlKeyLocator.scan("[t]\n" + written + " = 1\n");
    String path = TomlKeyLocator.child("t", name);

    assertThat(locator.has(path)).isTrue();
    assertThat(locator.key(path)).isEqualTo(at(2, 1));
    assertThat(locator.value(path)).isEqualTo(at(2, column));
  }

  @Test
  void aQuotedKeyInAHeaderMayHoldDotsAndBrackets() {
    TomlKeyLocator locator = TomlKeyLocator.scan(
        "[ templates . \"odd]na.me\" ] # name = \"fake\"\npath = \"p\"\n");
    String table = TomlKeyLocator.child("templates", "odd]na.me");

    assertThat(locator.key(table)).isEqualTo(at(1, 1));
    assertThat(locator.value(TomlKeyLocator.child(table, "path"))).isEqualTo(at(2, 8));
    assertThat(locator.has(TomlKeyLocator.child(table, "name"))).isFalse();
    assertThat(TomlKeyLocator.parent(TomlKeyLocator.child(table, "path"))).isEqualTo(table);
    assertThat(TomlKeyLocator.parent(TomlKeyLocator.child("a", "b\".c"))).isEqualTo("a");
  }

  @Test
  void anArrayOfTablesIsLocatedAtItsFirstHeader() {
    TomlKeyLocator locator = TomlKeyLocator.scan(
        "[[parameters]]\nname = \"a\"\n[[parameters]]\nname = \"b\"\n");

    assertThat(locator.key("parameters")).isEqualTo(at(1, 1));
    assertThat(locator.key("parameters[1]")).isEqualTo(at(3, 1));
  }
}
