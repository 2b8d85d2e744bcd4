package systems.tasker.cli.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static systems.tasker.cli.plugin.PluginTree.positions;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How a manifest's dialect is told, the value shapes TOML allows where a string or list is meant,
 * and positions in manifests whose keys need quotes or whose last line has no newline.
 */
class ManifestShapesTest {

  private final PluginTree tree = new PluginTree();

  @AfterEach
  void closeFileSystem() throws Exception {
    tree.close();
  }

  private ReadResult<PluginManifest> read(String manifest) {
    tree.manifest(manifest);
    return new ManifestReader().readPlugin(tree.root());
  }

  private static final String PLUGIN = """
      [plugin]
      name = "acme"
      version = "1.0.0"
      description = "d"
      """;

  private ManifestDialect dialectOf(String language, String templates) {
    return read(PLUGIN + language + "\n" + templates).value().dialect();
  }

  @Test
  void theDialectFollowsTheTemplatesShapeElseTheLanguageKey() {
    String arrays = "[[templates]]\nname = \"a\"\npath = \"a\"\n";
    String tables = "[templates]\na = { path = \"a\" }\n";

    assertThat(dialectOf("languages = [\"ruby\"]\n", arrays)).isEqualTo(ManifestDialect.ARRAYS);
    assertThat(dialectOf("language = \"ruby\"\n", tables)).isEqualTo(ManifestDialect.TABLES);
    assertThat(dialectOf("languages = [\"ruby\"]\n", "")).isEqualTo(ManifestDialect.TABLES);
    assertThat(dialectOf("language = \"ruby\"\n", "")).isEqualTo(ManifestDialect.ARRAYS);
    assertThat(dialectOf("languages = [\"ruby\"]\n", "templates = \"a\"\n"))
        .isEqualTo(ManifestDialect.TABLES);
  }

  @Test
  void aSingleStringWhereAListOfLanguagesBelongsIsOneLanguage() {
    ReadResult<PluginManifest> result = read(PLUGIN + """
        languages = "ruby"
        frameworks = "rails"
        [templates]
        a = { path = "a", languages = "rubby" }
        """);

    assertThat(result.value().languages()).containsExactly("ruby");
    assertThat(result.value().frameworks()).containsExactly("rails");
    assertThat(result.value().templates().get(0).languages()).containsExactly("rubby");
    assertThat(positions(result)).containsExactly(tuple("manifest-language-unknown", 8, 31));
    assertThat(result.diagnostics().get(0).message()).isEqualTo(
        "language 'rubby' is not one of ruby, python, typescript, rust (did you mean 'ruby'?)");
  }

  @Test
  void aValueOfAnotherTomlTypeIsAWrongTypeAtItsValueAndReportedOnce() {
    String manifest = PLUGIN.replace("version = \"1.0.0\"", "version = %s")
        + "language = \"ruby\"\n"
        + "[[templates]]\nname = \"a\"\npath = \"a\"\n";
    Map<String, String> described = Map.of("1.0", "a decimal number 1.0",
        "99999999999999999999", "a number 99999999999999999999", "true", "a boolean true",
        "[\"1.0.0\"]", "a list");
    described.forEach((version, what) -> {
      ReadResult<PluginManifest> result = read(manifest.formatted(version));

      assertThat(positions(result)).as(version)
          .containsExactly(tuple("manifest-key-type", 3, 11));
      assertThat(result.diagnostics().get(0).message()).as(version)
          .isEqualTo("version in [plugin] must be a string, not " + what);
      assertThat(result.diagnostics().get(0).hint()).as(version)
          .isEqualTo("put the value in quotes: version = \"…\"");
    });
  }

  @Test
  void aDateIsReadAsItsText() {
    ReadResult<PluginManifest> result = read(
        PLUGIN.replace("version = \"1.0.0\"", "version = 2024-01-01") + "language = \"ruby\"\n"
            + "[[templates]]\nname = \"a\"\npath = \"a\"\n");

    assertThat(positions(result)).containsExactly(tuple("manifest-version-invalid", 3, 11));
  }

  @Test
  void everyKeyOfTheWrongTypeIsReportedAtItsValueAndEachBadItemOfAList() {
    ReadResult<PluginManifest> result = read("""
        [plugin]
        name = 5
        version = "1.0.0"
        description = ["x"]
        languages = ["ruby", 5, true]
        frameworks = "rails"
        authors = [{ name = "a" }]
        [[templates]]
        name = "a"
        path = 7
        language = ["ruby"]
        """);

    assertThat(positions(result)).containsExactly(
        tuple("manifest-key-type", 2, 8),
        tuple("manifest-key-type", 4, 15),
        tuple("manifest-key-type", 5, 22),
        tuple("manifest-key-type", 5, 25),
        tuple("manifest-key-type", 7, 12),
        tuple("manifest-key-type", 10, 8),
        tuple("manifest-key-type", 11, 12));
    assertThat(result.diagnostics()).extracting(Diagnostic::message).contains(
        "item 2 of languages in [plugin] is not a string (a number 5)",
        "item 3 of languages in [plugin] is not a string (a boolean true)",
        "path in template 'a' must be a string, not a number 7");
    assertThat(result.value().languages()).containsExactly("ruby");
    assertThat(result.value().frameworks()).containsExactly("rails");
  }

  @Test
  void templateKeysWithEscapesAreFoundForProblemsInsideThem() {
    ReadResult<PluginManifest> result = read(PLUGIN + """
        language = "ruby"
        [templates]
        "say \\"hi\\".now" = { pth = "x" }
        "caf\\u00e9" = { path = "/abs" }
        """);

    assertThat(result.value().templates()).extracting(TemplateRef::name)
        .containsExactly("say \"hi\".now", "café");
    // Neither name is a plain word (issue 9: names reach shells and terminals), and each problem
    // inside the escaped keys is still found at its own position.
    assertThat(positions(result)).containsExactly(
        tuple("template-name-invalid", 7, 1),
        tuple("template-path-missing", 7, 1),
        tuple("manifest-key-unknown", 7, 22),
        tuple("template-name-invalid", 8, 1),
        tuple("template-path-absolute", 8, 24));
  }

  @Test
  void anEmptyQuotedTemplateKeyIsAPositionedNameProblem() {
    ReadResult<PluginManifest> result = read(PLUGIN + """
        language = "ruby"
        [templates]
        a = { path = "a" }
        "" = { path = "b" }
        """);

    assertThat(positions(result)).containsExactly(tuple("template-name-missing", 8, 1));
  }

  @Test
  void aNulCharacterAnywhereInATemplatePathEscapes() {
    ReadResult<PluginManifest> result = read(PLUGIN + """
        language = "ruby"
        [templates]
        a = { path = "\\u0000etc" }
        b = { path = "templates/\\u0000" }
        """);

    assertThat(positions(result)).containsExactly(
        tuple("template-path-escapes", 7, 14),
        tuple("template-path-escapes", 8, 14));
  }

  @Test
  void aManifestWhoseLastLineHasNoNewlineStillGetsPositions() {
    ReadResult<PluginManifest> result = read(
        "[plugin]\nname = \"acme\"\nversion = \"1.0.0\"\ndescription = \"d\"\nlanguage = \"ruby\"\n"
            + "[[templates]]\nname = \"a\"\npath = \"/abs\"");

    assertThat(positions(result)).containsExactly(tuple("template-path-absolute", 8, 8));
  }

  @Test
  void aSyntaxErrorOnTheFirstLineHasItsLineAndColumn() {
    ReadResult<PluginManifest> result = read("name = = \"x\"\n[plugin]\n");

    assertThat(result.value()).isNull();
    assertThat(result.diagnostics()).hasSize(1);
    Diagnostic syntax = result.diagnostics().get(0);
    assertThat(syntax.code()).isEqualTo("manifest-syntax");
    assertThat(syntax.line()).isEqualTo(1);
    assertThat(syntax.column()).isNotNull().isPositive();
  }
}
