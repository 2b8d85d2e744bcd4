package systems.tasker.cli.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import systems.tasker.cli.plugin.TemplatePatch.Position;

class TemplateMetadataReaderTest {

  private final PluginTree tree = new PluginTree();
  private final TemplateMetadataReader reader = new TemplateMetadataReader();

  @AfterEach
  void closeFileSystem() throws Exception {
    tree.close();
  }

  private ReadResult<TemplateMetadata> read(String content) {
    tree.file("t/template.toml", content);
    return reader.readTemplate(tree.path("t"));
  }

  private static List<Tuple> positions(ReadResult<?> result) {
    return result.diagnostics().stream()
        .map(d -> tuple(d.code(), d.line(), d.column()))
        .toList();
  }

  /** A valid dialect B file with one output, to which a test appends what it checks. */
  private static final String HEAD = """
      name = "t"
      description = "d"
      [[outputs]]
      template = "a.tera"
      filename = "a.txt"
      """;

  private static final String DIALECT_A = """
      [template]
      name = "step_handler"
      description = "Generate a step handler"
      version = "1.0.0"

      [parameters]
      name = { type = "string", required = true, description = "Handler name", pattern = "[A-Z][A-Za-z]*" }
      module_name = { description = "Module namespace", default = "handlers" }
      kind = { enum = ["api", "batch"], default = "api" }
      count = { type = "integer", default = 3 }
      tags = { type = "list", default = ["a", "b"] }

      [outputs]
      handler = { template = "handler.py.tera", path = "{{ name | snake_case }}_handler.py" }
      extra = { template = "extra.tera", path = "x.py", optional = true, condition = "with_extra" }
      """;

  private static final String DIALECT_B = """
      name = "step_handler"
      description = "Generate a step handler"
      version = "1.0.0"

      [[parameters]]
      name = "name"
      description = "Handler name"
      type = "string"
      required = true
      pattern = "[A-Z][A-Za-z]*"

      [[parameters]]
      name = "module_name"
      description = "Module namespace"
      default = "handlers"

      [[parameters]]
      name = "kind"
      choices = ["api", "batch"]
      default = "api"

      [[parameters]]
      name = "count"
      type = "integer"
      default = 3

      [[parameters]]
      name = "tags"
      type = "list"
      default = ["a", "b"]

      [[outputs]]
      template = "handler.py.tera"
      filename = "{{ name | snake_case }}_handler.py"

      [[outputs]]
      template = "extra.tera"
      filename = "x.py"
      optional = true
      condition = "with_extra"
      """;

  @Test
  void readsDialectA() {
    ReadResult<TemplateMetadata> result = read(DIALECT_A);

    assertThat(result.diagnostics()).isEmpty();
    TemplateMetadata metadata = result.value();
    assertThat(metadata.dialect()).isEqualTo(ManifestDialect.TABLES);
    assertThat(metadata.name()).isEqualTo("step_handler");
    assertThat(metadata.version()).isEqualTo("1.0.0");
    assertThat(metadata.parameters()).containsExactly(
        new TemplateParameter("name", "Handler name", ParameterType.STRING, true, null,
            List.of(), "[A-Z][A-Za-z]*"),
        new TemplateParameter("module_name", "Module namespace", ParameterType.STRING, false,
            "handlers", List.of(), null),
        new TemplateParameter("kind", "", ParameterType.CHOICE, false, "api",
            List.of("api", "batch"), null),
        new TemplateParameter("count", "", ParameterType.INTEGER, false, 3L, List.of(), null),
        new TemplateParameter("tags", "", ParameterType.LIST, false, List.of("a", "b"),
            List.of(), null));
    assertThat(metadata.outputs()).containsExactly(
        new TemplateOutput("handler.py.tera", "{{ name | snake_case }}_handler.py", null, null,
            false),
        new TemplateOutput("extra.tera", "x.py", null, "with_extra", true));
    assertThat(metadata.isTreeMode()).isFalse();
  }

  @Test
  void bothDialectsOfEqualContentGiveEqualModels() {
    TemplateMetadata tables = read(DIALECT_A).value();
    TemplateMetadata arrays = read(DIALECT_B).value();

    assertThat(arrays.dialect()).isEqualTo(ManifestDialect.ARRAYS);
    assertThat(arrays.withDialect(ManifestDialect.TABLES)).isEqualTo(tables);
    assertThat(arrays.sameContentAs(tables)).isTrue();
    assertThat(read(DIALECT_B.replace("\"api\"]", "\"web\"]").replace("= \"api\"", "= \"web\""))
        .value().sameContentAs(tables)).isFalse();
  }

  @Test
  void dialectBOutputsKeepTheirSubdir() {
    TemplateMetadata metadata = read(HEAD + """
        [[outputs]]
        template = "test.tera"
        filename = "test_{{ name }}.py"
        subdir = "tests"
        """).value();

    assertThat(metadata.outputs().get(1))
        .isEqualTo(new TemplateOutput("test.tera", "test_{{ name }}.py", "tests", null, false));
    assertThat(metadata.outputs().get(1).displayPath()).isEqualTo("tests/test_{{ name }}.py");
  }

  @Test
  void treeModeCountsAsOutputs() {
    ReadResult<TemplateMetadata> result = read("""
        name = "project"
        description = "A project"
        [files]
        dir = "files"
        """);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.value().filesDir()).isEqualTo("files");
    assertThat(result.value().isTreeMode()).isTrue();
  }

  @Test
  void aSyntaxErrorHasLineAndColumn() {
    ReadResult<TemplateMetadata> result = read("name = \"t\"\ndescription = = \"x\"\n");

    assertThat(result.value()).isNull();
    assertThat(positions(result)).containsExactly(tuple("template-toml-syntax", 2, 15));
  }

  @Test
  void aMissingFileIsOneError() {
    ReadResult<TemplateMetadata> result = reader.readTemplate(tree.path("nowhere"));

    assertThat(positions(result)).containsExactly(tuple("template-toml-missing", null, null));
    assertThat(result.diagnostics().get(0).file()).isEqualTo(tree.path("nowhere/template.toml"));
  }

  @Test
  void noOutputs() {
    assertThat(positions(read("name = \"t\"\ndescription = \"d\"\n")))
        .containsExactly(tuple("template-outputs-missing", 1, 1));
    assertThat(positions(read("[template]\ndescription = \"d\"\n[outputs]\n")))
        .containsExactly(tuple("template-outputs-missing", 3, 1));
  }

  @Test
  void missingDescriptionIsAWarning() {
    assertThat(positions(read(HEAD.replace("description = \"d\"\n", ""))))
        .containsExactly(tuple("template-description-missing", 1, 1));
    assertThat(positions(read(DIALECT_A.replace("description = \"Generate a step handler\"\n", ""))))
        .containsExactly(tuple("template-description-missing", 1, 1));
  }

  @Test
  void unknownKeysInEveryTableAreWarningsWithASuggestion() {
    ReadResult<TemplateMetadata> result = read("""
        name = "t"
        discription = "d"
        [[parameters]]
        name = "a"
        requierd = true
        [[outputs]]
        template = "a.tera"
        filename = "a"
        path = "b"
        [files]
        dir = "f"
        dirs = "g"
        """);

    assertThat(positions(result)).containsExactly(
        tuple("template-description-missing", 1, 1),
        tuple("template-key-unknown", 2, 1),
        tuple("template-key-unknown", 5, 1),
        tuple("template-key-unknown", 9, 1),
        tuple("template-key-unknown", 12, 1));
    assertThat(result.diagnostics().get(1).message())
        .isEqualTo("unknown key 'discription' in template.toml (did you mean 'description'?)");
    assertThat(result.diagnostics().get(2).message())
        .isEqualTo("unknown key 'requierd' in parameter 'a' (did you mean 'required'?)");
  }

  @Test
  void outputTemplateMissingAbsoluteOrEscaping() {
    ReadResult<TemplateMetadata> result = read(HEAD + """
        [[outputs]]
        filename = "b"
        [[outputs]]
        template = "/etc/passwd"
        filename = "c"
        [[outputs]]
        template = "../other/x.tera"
        filename = "d"
        """);

    assertThat(positions(result)).containsExactly(
        tuple("output-template-missing", 6, 1),
        tuple("output-template-absolute", 9, 12),
        tuple("output-template-escapes", 12, 12));
  }

  @Test
  void outputWithoutPathOrFilename() {
    assertThat(positions(read(HEAD + "[[outputs]]\ntemplate = \"b\"\n")))
        .containsExactly(tuple("output-path-missing", 6, 1));
    assertThat(positions(read("""
        [template]
        description = "d"
        [outputs]
        handler = { template = "h.tera" }
        """))).containsExactly(tuple("output-path-missing", 4, 1));
  }

  @Test
  void filesDirMissingAbsoluteOrEscaping() {
    assertThat(positions(read("description = \"d\"\n[files]\n")))
        .containsExactly(tuple("files-dir-missing", 2, 1));
    assertThat(positions(read("description = \"d\"\n[files]\ndir = \"/srv\"\n")))
        .containsExactly(tuple("files-dir-absolute", 3, 7));
    assertThat(positions(read("description = \"d\"\n[files]\ndir = \"a/../..\"\n")))
        .containsExactly(tuple("files-dir-escapes", 3, 7));
  }

  @Test
  void aParameterDeclaredTwice() {
    ReadResult<TemplateMetadata> result = read(HEAD + """
        [[parameters]]
        name = "module_name"
        [[parameters]]
        name = "module-name"
        """);

    assertThat(positions(result)).containsExactly(tuple("parameter-duplicate", 9, 8));
    assertThat(result.diagnostics().get(0).message())
        .isEqualTo("parameter 'module-name' is declared twice (first on line 7)");
  }

  @Test
  void parameterAndTemplateNamesAShellWouldInterpretAreErrors() {
    ReadResult<TemplateMetadata> result = read("""
        name = "t;reboot"
        description = "d"
        [[outputs]]
        template = "a.tera"
        filename = "a.txt"
        [[parameters]]
        name = "$(touch x)"
        [[parameters]]
        name = "module_name"
        """);
    ReadResult<TemplateMetadata> keyed = read("""
        [template]
        name = "t"
        description = "d"
        [parameters]
        "--force" = { default = "x" }
        [outputs]
        a = { template = "a.tera", path = "a.txt" }
        """);

    assertThat(positions(result)).containsExactly(
        tuple("template-name-invalid", 1, 8),
        tuple("parameter-name-invalid", 7, 8));
    assertThat(result.diagnostics().get(1).message()).startsWith(
        "parameter name '$(touch x)' is not ASCII letters, digits");
    assertThat(positions(keyed)).containsExactly(tuple("parameter-name-invalid", 5, 1));
  }

  @Test
  void aParameterWithoutName() {
    assertThat(positions(read(HEAD + "[[parameters]]\ndescription = \"x\"\n")))
        .containsExactly(tuple("parameter-name-missing", 6, 1));
  }

  @Test
  void aDefaultOutsideTheChoices() {
    assertThat(positions(read(HEAD + """
        [[parameters]]
        name = "kind"
        choices = ["api", "batch"]
        default = "web"
        """))).containsExactly(tuple("parameter-default-not-a-choice", 9, 11));
    assertThat(positions(read("""
        [template]
        description = "d"
        [parameters]
        kind = { enum = ["api"], default = "web" }
        tags = { type = "list", choices = ["a", "b"], default = ["a", "c"] }
        [outputs]
        x = { template = "a", path = "b" }
        """))).containsExactly(
            tuple("parameter-default-not-a-choice", 4, 36),
            tuple("parameter-default-not-a-choice", 5, 57));
  }

  @Test
  void aDefaultThatDoesNotMatchThePattern() {
    ReadResult<TemplateMetadata> result = read(HEAD + """
        [[parameters]]
        name = "name"
        pattern = "[A-Z][A-Za-z]*"
        default = "lowercase"
        """);

    assertThat(positions(result)).containsExactly(tuple("parameter-default-pattern-mismatch", 9, 11));
    assertThat(result.diagnostics().get(0).message())
        .isEqualTo("default 'lowercase' of parameter 'name' does not match pattern [A-Z][A-Za-z]*");
  }

  @Test
  void aPatternThatIsNotARegex() {
    ReadResult<TemplateMetadata> result = read(HEAD + """
        [[parameters]]
        name = "name"
        pattern   =   "[A-Z"
        default = "X"
        """);

    assertThat(positions(result)).containsExactly(tuple("parameter-pattern-invalid", 8, 15));
    assertThat(result.diagnostics().get(0).message()).isEqualTo(
        "pattern of parameter 'name' is not a valid regular expression: missing closing ]: `[A-Z`");
  }

  @Test
  void aLookaheadIsRefusedWithTheRe2WayToSayIt() {
    ReadResult<TemplateMetadata> result = read(HEAD + """
        [[parameters]]
        name = "name"
        pattern = '^(?!(?i:class|def)$)[a-z]+$'
        """);

    assertThat(positions(result)).containsExactly(tuple("parameter-pattern-invalid", 8, 11));
    assertThat(result.diagnostics().get(0).message()).isEqualTo("pattern of parameter 'name' is"
        + " not a valid regular expression: invalid or unsupported Perl syntax: `(?!`");
    assertThat(result.diagnostics().get(0).hint()).isEqualTo("patterns use RE2 syntax, which"
        + " always matches in linear time: no lookahead, lookbehind or backreferences; refuse"
        + " words with reserved = '…' instead of (?!…)");
  }

  @Test
  void reservedValuesAreReadAndADefaultAmongThemIsAnError() {
    ReadResult<TemplateMetadata> result = read(HEAD + """
        [[parameters]]
        name = "name"
        pattern = '^[a-z]+$'
        reserved = '(?i:class|def)_*'
        default = "class"
        """);

    assertThat(result.value().parameters().get(0).reserved()).isEqualTo("(?i:class|def)_*");
    assertThat(positions(result)).containsExactly(
        tuple("parameter-default-pattern-mismatch", 10, 11));
    assertThat(result.diagnostics().get(0).message()).isEqualTo("default 'class' of parameter"
        + " 'name' is one of its reserved values ((?i:class|def)_*)");
  }

  @Test
  void aReservedThatIsNotARegexIsAnError() {
    ReadResult<TemplateMetadata> result = read(HEAD + """
        [[parameters]]
        name = "name"
        reserved = '(a)\\1'
        """);

    assertThat(positions(result)).containsExactly(tuple("parameter-pattern-invalid", 8, 12));
    assertThat(result.diagnostics().get(0).message()).isEqualTo("reserved of parameter 'name' is"
        + " not a valid regular expression: invalid escape sequence: `\\1`");
  }

  @Test
  void anUnknownParameterType() {
    ReadResult<TemplateMetadata> result = read(HEAD + """
        [[parameters]]
        name = "n"
        type = "bool"
        """);

    assertThat(positions(result)).containsExactly(tuple("parameter-type-unknown", 8, 8));
    assertThat(result.diagnostics().get(0).hint())
        .isEqualTo("use one of: string, boolean, integer, choice, list");
    assertThat(result.value().parameters().get(0).type()).isEqualTo(ParameterType.STRING);
  }

  @Test
  void entriesThatAreNotTables() {
    assertThat(positions(read(HEAD + "[parameters]\nx = 1\n")))
        .containsExactly(tuple("template-entry-not-table", 7, 1));
    assertThat(positions(read("description = \"d\"\nfiles = \"f\"\n")))
        .containsExactly(tuple("template-entry-not-table", 2, 1));
  }

  // The keys a project template holds its language's knowledge in: [[parameters.rules]] (name
  // rules with messages) and [project] (next steps, contributions).

  /** A valid tree-mode file, to which a test appends what it checks. */
  private static final String FILES_HEAD = """
      name = "t"
      description = "d"
      [files]
      dir = "files"
      """;

  private static final String ARRAYS = """
      name = "project"
      description = "A project"

      [[parameters]]
      name = "name"
      required = true
      pattern = '^[A-Za-z][A-Za-z0-9_-]*$'

      [[parameters.rules]]
      pattern = '[A-Za-z].*'
      message = "'{{ value }}' must start with a letter"

      [[parameters.rules]]
      case = "snake_case"
      reserved = ["func", "go"]
      message = "the Go package would be '{{ value | snake_case }}', a keyword"

      [[parameters.rules]]
      reserved = '(?i:main)_*'
      message = "main is taken"

      [files]
      dir = "files"

      [project]
      contributions = ["tasker_config", "docker_compose"]
      next_steps = '''
        go test ./...
      '''
      """;

  private static final String TABLES = """
      [template]
      name = "project"
      description = "A project"

      [parameters.name]
      required = true
      pattern = '^[A-Za-z][A-Za-z0-9_-]*$'
      rules = [
        { pattern = '[A-Za-z].*', message = "'{{ value }}' must start with a letter" },
        { case = "snake_case", reserved = ["func", "go"], message = "the Go package would be '{{ value | snake_case }}', a keyword" },
        { reserved = '(?i:main)_*', message = "main is taken" },
      ]

      [files]
      dir = "files"

      [project]
      contributions = ["tasker_config", "docker_compose"]
      next_steps = '''
        go test ./...
      '''
      """;

  @Test
  void rulesAndTheProjectTableReadTheSameInBothDialects() {
    ReadResult<TemplateMetadata> arrays = read(ARRAYS);
    assertThat(arrays.diagnostics()).isEmpty();
    TemplateMetadata metadata = arrays.value();

    assertThat(metadata.parameter("name").orElseThrow().rules()).containsExactly(
        new ParameterRule(null, "[A-Za-z].*", null, List.of(),
            "'{{ value }}' must start with a letter"),
        new ParameterRule("snake_case", null, null, List.of("func", "go"),
            "the Go package would be '{{ value | snake_case }}', a keyword"),
        new ParameterRule(null, null, "(?i:main)_*", List.of(), "main is taken"));
    assertThat(metadata.project()).isEqualTo(new ProjectSpec("  go test ./...\n",
        List.of("tasker_config", "docker_compose")));

    ReadResult<TemplateMetadata> tables = read(TABLES);
    assertThat(tables.diagnostics()).isEmpty();
    assertThat(tables.value().sameContentAs(metadata)).isTrue();
  }

  @Test
  void aTemplateWithoutAProjectTableSaysNothingOfAProject() {
    ReadResult<TemplateMetadata> result = read(FILES_HEAD + """
        """);

    assertThat(result.value().project()).isEqualTo(ProjectSpec.NONE);
    assertThat(result.value().project().nextSteps()).isNull();
  }

  @Test
  void brokenRulesAreErrorsAtTheKeyOrValueAtFault() {
    ReadResult<TemplateMetadata> result = read(FILES_HEAD + """

        [[parameters]]
        name = "name"

        [[parameters.rules]]
        message = "neither"

        [[parameters.rules]]
        pattern = 'a'
        reserved = 'b'
        message = "both"

        [[parameters.rules]]
        case = "snakecase"
        reserved = ["x", 1]
        message = "words that are not all strings"

        [[parameters.rules]]
        pattern = '(?!x)y'

        [[parameters.rules]]
        reserved = ["ok"]
        message = ""
        colour = "red"
        """);

    assertThat(positions(result)).containsExactly(
        tuple("parameter-rule-invalid", 9, 1),
        tuple("parameter-rule-invalid", 12, 1),
        tuple("parameter-rule-case-unknown", 18, 8),
        tuple("parameter-rule-invalid", 19, 12),
        tuple("parameter-rule-message-missing", 22, 1),
        tuple("parameter-pattern-invalid", 23, 11),
        tuple("parameter-rule-message-missing", 27, 1),
        tuple("template-key-unknown", 28, 1));
    Diagnostic unknownCase = result.diagnostics().get(2);
    assertThat(unknownCase.message())
        .isEqualTo("unknown case 'snakecase' in a rule of parameter 'name' (did you mean"
            + " 'snake_case'?)");
    assertThat(unknownCase.hint()).isEqualTo("use one of: snake_case, kebab_case, pascal_case,"
        + " camel_case, screaming_snake_case, title_case");
  }

  @Test
  void rulesThatAreNotAnArrayOfTablesAreErrors() {
    ReadResult<TemplateMetadata> result = read(FILES_HEAD + """

        [[parameters]]
        name = "a"
        rules = "no"

        [[parameters]]
        name = "b"
        rules = ["no"]
        """);

    assertThat(positions(result)).containsExactly(
        tuple("parameter-rule-invalid", 8, 9),
        tuple("parameter-rule-invalid", 12, 10));
    assertThat(result.diagnostics().get(1).message())
        .isEqualTo("rule of parameter 'b' is not a table");
  }

  @Test
  void aBrokenProjectTableIsReportedWhereItIsWrong() {
    ReadResult<TemplateMetadata> result = read(FILES_HEAD + """

        [project]
        next_steps = ["not", "text"]
        contributions = ["tasker_config", "not a name", 3]
        with = "docker_compose"
        """);

    assertThat(positions(result)).containsExactly(
        tuple("project-next-steps-invalid", 7, 14),
        tuple("project-contribution-invalid", 8, 35),
        tuple("project-contribution-invalid", 8, 49),
        tuple("template-key-unknown", 9, 1));
    assertThat(result.diagnostics().get(1).message()).startsWith(
        "contribution 'not a name' is not a template name (ASCII letters");
    assertThat(result.diagnostics().get(3).message())
        .isEqualTo("unknown key 'with' in [project]");
  }

  @Test
  void aProjectThatIsNotATableOrContributionsThatAreNotAListAreErrors() {
    assertThat(positions(read("""
        name = "t"
        description = "d"
        project = "yes"
        [files]
        dir = "files"
        """))).containsExactly(tuple("template-entry-not-table", 3, 1));
    assertThat(positions(read(FILES_HEAD + """
        [project]
        contributions = "tasker_config"
        """))).containsExactly(tuple("project-contribution-invalid", 6, 17));
  }

  /** {@code [[patches]]}: read in both dialects, every mistake at its place. */
  @Nested
  class Patches {

    @Test
    void patchesAreReadInFileOrderFromArraysAndFromTablesKeyedByName() {
      ReadResult<TemplateMetadata> b = read("""
          name = "wire"
          description = "d"
          [[patches]]
          file = "src/handlers/index.ts"
          before = "// tasker-cli: handler exports"
          insert = "export * from './{{ name | kebab_case }}.js';"
          [[patches]]
          file = "src/handlers.rs"
          after = "// tasker-cli: modules"
          insert = "pub mod {{ name }};"
          condition = "with_module"
          [[patches]]
          file = "NOTES.md"
          append = true
          insert = "- {{ name }}"
          """);

      assertThat(b.diagnostics()).isEmpty();
      assertThat(b.value().patches()).containsExactly(
          new TemplatePatch("src/handlers/index.ts", Position.BEFORE,
              "// tasker-cli: handler exports", "export * from './{{ name | kebab_case }}.js';", null),
          new TemplatePatch("src/handlers.rs", Position.AFTER, "// tasker-cli: modules",
              "pub mod {{ name }};", "with_module"),
          new TemplatePatch("NOTES.md", Position.APPEND, null, "- {{ name }}", null));

      ReadResult<TemplateMetadata> a = read("""
          [template]
          name = "wire"
          description = "d"
          [patches]
          index = { file = "src/index.ts", after = "// here", insert = "x" }
          """);
      assertThat(a.diagnostics()).isEmpty();
      assertThat(a.value().patches())
          .containsExactly(new TemplatePatch("src/index.ts", Position.AFTER, "// here", "x", null));
    }

    @Test
    void aTemplateOfPatchesOnlyNeedsNoOutputs() {
      ReadResult<TemplateMetadata> result = read("""
          name = "wire"
          description = "d"
          [[patches]]
          file = "a.txt"
          append = true
          insert = "x"
          """);

      assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void everyMistakeOfAPatchIsReportedAtItsLineAndColumn() {
      ReadResult<TemplateMetadata> result = read("""
          name = "wire"
          description = "d"
          [[patches]]
          after = "x"
          insert = "y"
          [[patches]]
          file = "/etc/passwd"
          after = "x"
          insert = "y"
          [[patches]]
          file = "../outside.txt"
          before = "   "
          insert = ""
          [[patches]]
          file = "a.txt"
          insert = "y"
          [[patches]]
          file = "a.txt"
          after = "x"
          before = "y"
          insert = "z"
          [[patches]]
          file = 1
          append = "yes"
          insert = 3
          condition = false
          anchor = "x"
          """);

      assertThat(positions(result)).containsExactly(
          tuple(DiagnosticCodes.PATCH_FILE_MISSING, 3, 1),
          tuple(DiagnosticCodes.PATCH_FILE_ABSOLUTE, 7, 8),
          tuple(DiagnosticCodes.PATCH_FILE_ESCAPES, 11, 8),
          tuple(DiagnosticCodes.PATCH_ANCHOR_EMPTY, 12, 10),
          tuple(DiagnosticCodes.PATCH_INSERT_MISSING, 13, 1),
          tuple(DiagnosticCodes.PATCH_POSITION_MISSING, 14, 1),
          tuple(DiagnosticCodes.PATCH_POSITION_MISSING, 17, 1),
          tuple(DiagnosticCodes.PATCH_POSITION_MISSING, 22, 1),
          tuple(DiagnosticCodes.PATCH_INVALID, 23, 8),
          tuple(DiagnosticCodes.PATCH_INVALID, 24, 10),
          tuple(DiagnosticCodes.PATCH_INVALID, 25, 10),
          tuple(DiagnosticCodes.PATCH_INVALID, 26, 13),
          tuple(DiagnosticCodes.TEMPLATE_KEY_UNKNOWN, 27, 1));
      assertThat(result.value().patches()).hasSize(3);
    }

    @Test
    void patchesMustBeTables() {
      ReadResult<TemplateMetadata> result = read("""
          name = "wire"
          description = "d"
          patches = "src/index.ts"
          [[outputs]]
          template = "a.tera"
          filename = "a"
          """);

      assertThat(positions(result)).extracting(t -> t.toList().get(0))
          .contains(DiagnosticCodes.TEMPLATE_ENTRY_NOT_TABLE);
    }
  }

  /**
   * Issue 12: every key has a type, a default is checked against its parameter's type, an
   * output path written with {@code ..} is refused as written, and syntax errors and odd bytes
   * are reported where they are.
   */
  @Nested
  class KeyTypes {

    private List<String> messages(ReadResult<?> result) {
      return result.diagnostics().stream().map(Diagnostic::message).toList();
    }

    @Test
    void aWrongTypeOfAnyKeyIsOneErrorAtItsValue() {
      ReadResult<TemplateMetadata> result = read("""
          name = 3
          description = "d"
          [[parameters]]
          name = "a"
          required = "yes"
          type = 1
          choices = ["x", 2]
          pattern = 5
          [[parameters.rules]]
          pattern = "[a-z]+"
          message = false
          case = 4
          [[outputs]]
          template = "a.tera"
          filename = "a.txt"
          optional = "no"
          condition = true
          [files]
          dir = ["f"]
          """);

      assertThat(positions(result)).containsExactly(
          tuple("template-key-type", 1, 8),
          tuple("template-key-type", 5, 12),
          tuple("template-key-type", 6, 8),
          tuple("template-key-type", 7, 17),
          tuple("template-key-type", 8, 11),
          tuple("template-key-type", 11, 11),
          tuple("template-key-type", 12, 8),
          tuple("template-key-type", 16, 12),
          tuple("template-key-type", 17, 13),
          tuple("template-key-type", 19, 7));
      assertThat(messages(result)).contains(
          "required in parameter 'a' must be true or false, not a string \"yes\"",
          "item 2 of choices in parameter 'a' is not a string (a number 2)",
          "dir in [files] must be a string, not a list");
      assertThat(result.diagnostics().get(1).hint())
          .isEqualTo("write required = true or required = false, without quotes");
      assertThat(result.value().parameters().get(0).required()).isFalse();
    }

    @Test
    void aDefaultIsCheckedAgainstItsTypeAtItsValue() {
      ReadResult<TemplateMetadata> result = read(HEAD + """
          [[parameters]]
          name = "count"
          type = "integer"
          default = "three"
          [[parameters]]
          name = "flag"
          type = "boolean"
          default = "true"
          [[parameters]]
          name = "tags"
          type = "list"
          default = ["a", 1]
          [[parameters]]
          name = "title"
          default = 5
          [[parameters]]
          name = "fine"
          type = "integer"
          default = 3
          """);

      assertThat(positions(result)).containsExactly(
          tuple("parameter-default-type", 9, 11),
          tuple("parameter-default-type", 13, 11),
          tuple("parameter-default-type", 17, 11),
          tuple("parameter-default-type", 20, 11));
      assertThat(messages(result)).containsExactly(
          "default of parameter 'count' must be an integer, not a string \"three\"",
          "default of parameter 'flag' must be a boolean, not a string \"true\"",
          "default of parameter 'tags' must be a list, not a list",
          "default of parameter 'title' must be a string, not a number 5");
      assertThat(result.diagnostics().get(0).hint())
          .isEqualTo("write a whole number without quotes, e.g. default = 3, or change the"
              + " parameter's type");
    }

    @Test
    void anEnumOfDialectARestrictsTheDefault() {
      ReadResult<TemplateMetadata> result = read("""
          [template]
          name = "t"
          description = "d"
          [parameters]
          kind = { type = "string", enum = ["api", "batch"], default = "queue" }
          [outputs]
          a = { template = "a.tera", path = "a.txt" }
          """);

      assertThat(positions(result)).containsExactly(tuple("parameter-default-not-a-choice", 5, 62));
      assertThat(result.value().parameters().get(0).choices()).containsExactly("api", "batch");
    }

    @Test
    void anOutputPathOrSubdirLeavingTheOutputDirectoryAsWrittenIsAnError() {
      ReadResult<TemplateMetadata> result = read(HEAD + """
          subdir = "../../x"
          [[outputs]]
          template = "b.tera"
          filename = "/etc/{{ name }}"
          [[outputs]]
          template = "c.tera"
          filename = "{{ name }}/../c.txt"
          [[outputs]]
          template = "d.tera"
          filename = "{{ name }}.txt"
          subdir = "src/{{ dir }}"
          """);

      assertThat(positions(result)).containsExactly(
          tuple("output-path-escapes", 6, 10),
          tuple("output-path-escapes", 9, 12),
          tuple("output-path-escapes", 12, 12));
      assertThat(messages(result)).containsExactly(
          "subdir '../../x' of an output leaves the output directory",
          "filename '/etc/{{ name }}' of an output is absolute",
          "filename '{{ name }}/../c.txt' of an output leaves the output directory");
    }

    @Test
    void anUnclosedTableHeaderOnTheLastLineIsReportedOnThatLine() {
      ReadResult<TemplateMetadata> result = read(HEAD + """
          [[outputs]
          """);

      assertThat(positions(result)).containsExactly(tuple("template-toml-syntax", 6, 11));
    }

    @Test
    void aSyntaxErrorInsideALineKeepsItsPosition() {
      ReadResult<TemplateMetadata> result = read("name = \"t\"\ndescription = \"d\" x\n");

      assertThat(positions(result)).containsExactly(tuple("template-toml-syntax", 2, 19));
    }

    @Test
    void aByteOrderMarkIsAcceptedAndBadUtf8IsNamedByItsByte() throws Exception {
      tree.file("t/template.toml", "\uFEFF" + """
          name = 3
          description = "d"
          [[outputs]]
          template = "a.tera"
          filename = "a.txt"
          """);
      ReadResult<TemplateMetadata> marked = reader.readTemplate(tree.path("t"));
      assertThat(positions(marked)).containsExactly(tuple("template-key-type", 1, 8));

      java.nio.file.Files.write(tree.path("t/template.toml"),
          "name = \"t\"\n\u00e9\u00e9 = 1".getBytes(StandardCharsets.ISO_8859_1));
      ReadResult<TemplateMetadata> latin1 = reader.readTemplate(tree.path("t"));
      assertThat(positions(latin1)).containsExactly(tuple("template-toml-unreadable", 2, 1));
      assertThat(messages(latin1)).containsExactly("not UTF-8 at byte 12");
    }
  }
}
