package systems.tasker.cli.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static systems.tasker.cli.plugin.PluginTree.positions;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What {@code template.toml} may look like: the keys each table of dialect A and B knows, the
 * shapes {@code parameters} and {@code outputs} may take, and how the dialect is told apart.
 */
class TemplateMetadataShapesTest {

  private final PluginTree tree = new PluginTree();

  @AfterEach
  void closeFileSystem() throws Exception {
    tree.close();
  }

  private ReadResult<TemplateMetadata> read(String content) {
    tree.file("t/template.toml", content);
    return new TemplateMetadataReader().readTemplate(tree.path("t"));
  }

  private static final String OUTPUT_A = """
      [outputs]
      handler = { template = "h.tera", path = "h.rb" }
      """;

  @Test
  void anUnknownKeyInTheTemplateTableIsAWarningWithASuggestion() {
    ReadResult<TemplateMetadata> result = read("""
        [template]
        name = "step_handler"
        descripton = "typo"
        author = "someone"
        description = "d"
        """ + OUTPUT_A);

    assertThat(positions(result)).containsExactly(
        tuple("template-key-unknown", 3, 1),
        tuple("template-key-unknown", 4, 1));
    Diagnostic typo = result.diagnostics().get(0);
    assertThat(typo.severity()).isEqualTo(Severity.WARNING);
    assertThat(typo.message())
        .isEqualTo("unknown key 'descripton' in [template] (did you mean 'description'?)");
    assertThat(typo.hint()).isEqualTo("rename it to 'description'");
    assertThat(result.diagnostics().get(1).message())
        .isEqualTo("unknown key 'author' in [template]");
    assertThat(result.diagnostics().get(1).hint())
        .isEqualTo("remove it; known keys: name, description, version");
    assertThat(result.value().description()).isEqualTo("d");
  }

  @Test
  void besideATemplateTableTopLevelNameAndDescriptionAreUnknownBecauseNothingReadsThem() {
    ReadResult<TemplateMetadata> result = read("""
        name = "ignored"
        description = "ignored too"
        [template]
        name = "real"
        description = "d"
        """ + OUTPUT_A);

    assertThat(positions(result)).containsExactly(
        tuple("template-key-unknown", 1, 1),
        tuple("template-key-unknown", 2, 1));
    assertThat(result.diagnostics().get(0).message())
        .isEqualTo("unknown key 'name' in template.toml");
    assertThat(result.value().name()).isEqualTo("real");
    assertThat(result.value().description()).isEqualTo("d");
  }

  @Test
  void aMissingDescriptionPointsAtTheTemplateTableWhenThereIsOne() {
    ReadResult<TemplateMetadata> result = read("""
        # a step handler

        [template]
        name = "x"
        """ + OUTPUT_A);

    assertThat(positions(result)).containsExactly(tuple("template-description-missing", 3, 1));
  }

  @Test
  void parametersAndOutputsThatAreNeitherTableNorArrayAreErrorsAtTheirKey() {
    ReadResult<TemplateMetadata> result = read("""
        description = "d"
        parameters = "name"
          outputs = 3
        """);

    assertThat(positions(result)).containsExactly(
        tuple("template-entry-not-table", 2, 1),
        tuple("template-entry-not-table", 3, 3),
        tuple("template-outputs-missing", 3, 3));
    assertThat(result.diagnostics().get(0).message())
        .isEqualTo("'parameters' must be a table or an array of tables");
    assertThat(result.diagnostics().get(1).message())
        .isEqualTo("'outputs' must be a table or an array of tables");
    assertThat(result.value().parameters()).isEmpty();
  }

  @Test
  void anOutputThatIsNotATableIsAnErrorNamingIt() {
    ReadResult<TemplateMetadata> result = read("""
        description = "d"
        [outputs]
        handler = "h.tera"
        """);

    assertThat(positions(result)).containsExactly(tuple("template-entry-not-table", 3, 1));
    assertThat(result.diagnostics().get(0).message()).isEqualTo("output 'handler' is not a table");
  }

  @Test
  void aMistypedParameterTypeSuggestsTheClosestType() {
    ReadResult<TemplateMetadata> result = read("""
        description = "d"
        [[parameters]]
        name = "count"
        type = "integr"
        [[outputs]]
        template = "a.tera"
        filename = "a"
        """);

    assertThat(positions(result)).containsExactly(tuple("parameter-type-unknown", 4, 8));
    assertThat(result.diagnostics().get(0).message())
        .isEqualTo("unknown parameter type 'integr' (did you mean 'integer'?)");
  }

  @Test
  void theDialectIsTablesWhenAnyOfTemplateParametersOrOutputsIsATable() {
    String arrayOutput = "[[outputs]]\ntemplate = \"a\"\nfilename = \"b\"\n";

    assertThat(read("[template]\ndescription = \"d\"\n" + arrayOutput).value().dialect())
        .isEqualTo(ManifestDialect.TABLES);
    assertThat(read("description = \"d\"\n[parameters]\nname = { required = true }\n"
        + arrayOutput).value().dialect()).isEqualTo(ManifestDialect.TABLES);
    assertThat(read("description = \"d\"\n" + OUTPUT_A).value().dialect())
        .isEqualTo(ManifestDialect.TABLES);
    assertThat(read("description = \"d\"\n[[parameters]]\nname = \"n\"\n" + arrayOutput)
        .value().dialect()).isEqualTo(ManifestDialect.ARRAYS);
    assertThat(read("description = \"d\"\n[files]\ndir = \"files\"\n").value().dialect())
        .isEqualTo(ManifestDialect.ARRAYS);
  }

  @Test
  void dialectAOutputsHaveNoSubdirAndKnowNoFilename() {
    ReadResult<TemplateMetadata> result = read("""
        description = "d"
        [outputs]
        handler = { template = "h.tera", path = "h.rb", subdir = "lib", filename = "x" }
        """);

    assertThat(positions(result)).containsExactly(
        tuple("template-key-unknown", 3, 49),
        tuple("template-key-unknown", 3, 65));
    assertThat(result.value().outputs())
        .containsExactly(new TemplateOutput("h.tera", "h.rb", null, null, false));
  }
}
