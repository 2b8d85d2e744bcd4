package systems.tasker.cli.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TomlKeyLocatorTest {

  private static SourcePosition at(int line, int column) {
    return SourcePosition.at(line, column);
  }

  @Test
  void findsKeysAndValuesInAStandardTable() {
    TomlKeyLocator locator = TomlKeyLocator.scan(
        "# a comment\n"
            + "[plugin]\n"
            + "name = \"acme\"\n"
            + "  version   =   \"1.0\"\n");

    assertThat(locator.key("plugin")).isEqualTo(at(2, 1));
    assertThat(locator.key("plugin.name")).isEqualTo(at(3, 1));
    assertThat(locator.value("plugin.name")).isEqualTo(at(3, 8));
    assertThat(locator.key("plugin.version")).isEqualTo(at(4, 3));
    assertThat(locator.value("plugin.version")).isEqualTo(at(4, 17));
  }

  @Test
  void anAbsentKeyPointsAtItsTableHeaderAndAnAbsentTableAtTheStart() {
    TomlKeyLocator locator = TomlKeyLocator.scan("\n\n  [plugin]\nname = \"x\"\n");

    assertThat(locator.has("plugin.description")).isFalse();
    assertThat(locator.key("plugin.description")).isEqualTo(at(3, 3));
    assertThat(locator.value("plugin.description")).isEqualTo(at(3, 3));
    assertThat(locator.key("templates.x.path")).isEqualTo(at(1, 1));
  }

  @Test
  void findsKeysInsideSingleLineInlineTables() {
    TomlKeyLocator locator = TomlKeyLocator.scan(
        "[templates]\n"
            + "step-handler = { path = \"templates/step\", languages = [\"ruby\", \"rust\"] }\n"
            + "\"odd.name\" = {path=\"x\"}\n");

    assertThat(locator.key("templates.step-handler")).isEqualTo(at(2, 1));
    assertThat(locator.key("templates.step-handler.path")).isEqualTo(at(2, 18));
    assertThat(locator.value("templates.step-handler.path")).isEqualTo(at(2, 25));
    assertThat(locator.value("templates.step-handler.languages[1]")).isEqualTo(at(2, 64));
    String odd = TomlKeyLocator.child("templates", "odd.name");
    assertThat(odd).isEqualTo("templates.\"odd.name\"");
    assertThat(locator.key(TomlKeyLocator.child(odd, "path"))).isEqualTo(at(3, 15));
    assertThat(locator.value(TomlKeyLocator.child(odd, "path"))).isEqualTo(at(3, 20));
  }

  @Test
  void countsArraysOfTables() {
    TomlKeyLocator locator = TomlKeyLocator.scan(
        "name = \"t\"\n"
            + "[[parameters]]\n"
            + "name = \"a\"\n"
            + "\n"
            + "[[parameters]]\n"
            + "name = \"b\"\n"
            + "default = \"x\"\n"
            + "[[outputs]]\n"
            + "template = \"h.tera\"\n");

    assertThat(locator.key("name")).isEqualTo(at(1, 1));
    assertThat(locator.key("parameters[0]")).isEqualTo(at(2, 1));
    assertThat(locator.value("parameters[0].name")).isEqualTo(at(3, 8));
    assertThat(locator.key("parameters[1]")).isEqualTo(at(5, 1));
    assertThat(locator.value("parameters[1].default")).isEqualTo(at(7, 11));
    assertThat(locator.key("parameters[1].pattern")).isEqualTo(at(5, 1));
    assertThat(locator.key("outputs[0].template")).isEqualTo(at(9, 1));
    assertThat(locator.key("parameters[2].name")).isEqualTo(at(2, 1));
  }

  @Test
  void aSubTableHeaderAfterAnArrayOfTablesBelongsToItsLastElement() {
    TomlKeyLocator locator = TomlKeyLocator.scan(
        "[[a]]\nx = 1\n[[a]]\n[a.b]\ny = 2\n");

    assertThat(locator.key("a[1].b.y")).isEqualTo(at(5, 1));
    assertThat(locator.key("a[1].b")).isEqualTo(at(4, 1));
  }

  @Test
  void followsDottedAndQuotedKeys() {
    TomlKeyLocator locator = TomlKeyLocator.scan(
        "[outputs]\n"
            + "handler.template = \"h.tera\"\n"
            + "'lit key' . \"path\" = \"p\"\n");

    assertThat(locator.key("outputs.handler")).isEqualTo(at(2, 1));
    assertThat(locator.key("outputs.handler.template")).isEqualTo(at(2, 9));
    assertThat(locator.value("outputs.handler.template")).isEqualTo(at(2, 20));
    assertThat(locator.key("outputs.\"lit key\".path")).isEqualTo(at(3, 13));
  }

  @Test
  void findsKeysOfSubTablesInDialectAParameters() {
    TomlKeyLocator locator = TomlKeyLocator.scan(
        "[parameters.name]\ntype = \"string\"\n[parameters.kind]\nenum = [\"a\", \"b\"]\n");

    assertThat(locator.key("parameters.kind")).isEqualTo(at(3, 1));
    assertThat(locator.value("parameters.kind.enum[1]")).isEqualTo(at(4, 14));
  }

  @Test
  void isNotFooledByStringsCommentsAndMultiLineValues() {
    TomlKeyLocator locator = TomlKeyLocator.scan(
        "description = \"\"\"\n"
            + "[not.a.table]\n"
            + "fake = 1\n"
            + "\"\"\"\n"
            + "languages = [ # comment with ] and =\n"
            + "  \"ruby\",\n"
            + "  'py#thon',\n"
            + "]\n"
            + "note = 'a = b' # [x]\n"
            + "real = \"esc \\\" quote\" \n");

    assertThat(locator.has("not")).isFalse();
    assertThat(locator.has("fake")).isFalse();
    assertThat(locator.value("languages[0]")).isEqualTo(at(6, 3));
    assertThat(locator.value("languages[1]")).isEqualTo(at(7, 3));
    assertThat(locator.has("languages[2]")).isFalse();
    assertThat(locator.key("note")).isEqualTo(at(9, 1));
    assertThat(locator.has("x")).isFalse();
    assertThat(locator.value("real")).isEqualTo(at(10, 8));
  }

  @Test
  void findsInlineTablesInsideArrays() {
    TomlKeyLocator locator = TomlKeyLocator.scan(
        "outputs = [\n  { template = \"a\" },\n  { template = \"b\", path = \"p\" },\n]\n");

    assertThat(locator.key("outputs[1]")).isEqualTo(at(3, 3));
    assertThat(locator.value("outputs[1].path")).isEqualTo(at(3, 28));
  }

  @Test
  void handlesWindowsLineEndingsAndAByteOrderMark() {
    TomlKeyLocator locator = TomlKeyLocator.scan("\uFEFF[plugin]\r\nname = \"x\"\r\nversion = \"1\"\r\n");

    assertThat(locator.key("plugin")).isEqualTo(at(1, 1));
    assertThat(locator.value("plugin.version")).isEqualTo(at(3, 11));
  }

  @Test
  void parentDropsTheLastSegmentRespectingQuotes() {
    assertThat(TomlKeyLocator.parent("templates[1].path")).isEqualTo("templates[1]");
    assertThat(TomlKeyLocator.parent("templates[1]")).isEqualTo("templates");
    assertThat(TomlKeyLocator.parent("a.\"b.c\".d")).isEqualTo("a.\"b.c\"");
    assertThat(TomlKeyLocator.parent("a.\"b.c\"")).isEqualTo("a");
    assertThat(TomlKeyLocator.parent("plugin")).isNull();
  }
}
