package systems.tasker.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import systems.tasker.cli.plugin.Diagnostic;
import systems.tasker.cli.plugin.ManifestDialect;
import systems.tasker.cli.plugin.ParameterType;
import systems.tasker.cli.plugin.Severity;
import systems.tasker.cli.plugin.TemplateMetadata;
import systems.tasker.cli.plugin.TemplateOutput;
import systems.tasker.cli.plugin.TemplateParameter;

/**
 * The render checks of {@code plugin validate} reach conditions, subdirectory patterns and every
 * file of a tree template, and leave alone what is copied verbatim.
 */
class TemplateCheckerTreeAndConditionsTest {

  private final FileSystem fs = TemplateDirs.unixFileSystem();
  private final Path dir = fs.getPath("/plugin/templates/project");
  private final Path toml = dir.resolve("template.toml");

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private static final List<TemplateParameter> NAME = List.of(
      new TemplateParameter("name", "", ParameterType.STRING, true, null, List.of(), null));

  private List<Diagnostic> check(List<TemplateOutput> outputs, String filesDir) {
    return new TemplateChecker().check(dir, new TemplateMetadata("project", "", null, NAME,
        outputs, filesDir, ManifestDialect.ARRAYS));
  }

  @Test
  void aConditionThatDoesNotCompileIsAnErrorInPlainWords() {
    TemplateDirs.write(dir, "a.tera", "a");
    Map<String, String> said = new LinkedHashMap<>();
    said.put("name ==", "it ends too early (an operand or a closing bracket is missing)");
    said.put("name = 'x'", "'=' is not expected there (compare with ==)");
    said.put("(name == 'x'", "a ')' is not closed");
    said.put("true %}{% include 'x' %}{% if true", "it must be one expression, without '%}' or"
        + " other tags");

    said.forEach((condition, why) -> {
      List<Diagnostic> diagnostics =
          check(List.of(new TemplateOutput("a.tera", "a.txt", null, condition, false)), null);

      assertThat(diagnostics).as(condition)
          .extracting(Diagnostic::severity, Diagnostic::code, Diagnostic::file)
          .containsExactly(tuple(Severity.ERROR, "condition-invalid", toml));
      assertThat(diagnostics.get(0).message()).as(condition).isEqualTo("condition '" + condition
          + "' of output 'a.tera' is not a valid expression: " + why);
      assertThat(diagnostics.get(0).message()).doesNotContain("EXECUTE_END", "PUNCTUATION",
          "Pebble", "pebbletemplates");
    });
  }

  @Test
  void aConditionThatDoesNotGiveTrueOrFalseWithSampleValuesIsAnError() {
    TemplateDirs.write(dir, "a.tera", "a");

    List<Diagnostic> diagnostics =
        check(List.of(new TemplateOutput("a.tera", "a.txt", null, "name > 3", false)), null);

    assertThat(diagnostics).extracting(Diagnostic::code).containsExactly("condition-invalid");
    assertThat(diagnostics.get(0).message()).isEqualTo("condition 'name > 3' of output 'a.tera'"
        + " fails with the sample values {name=SampleName}: it does not give true or false (does"
        + " it compare text with a number, or use a value that is neither?)");
    assertThat(diagnostics.get(0).message()).doesNotContain("Wrong operand");
  }

  @Test
  void conditionsAndSubdirectoriesAreCheckedForUndeclaredVariables() {
    TemplateDirs.write(dir, "a.tera", "a");

    List<Diagnostic> diagnostics = check(List.of(
        new TemplateOutput("a.tera", "a.txt", "{{ folder }}", "with_tests", false)), null);

    assertThat(diagnostics).filteredOn(d -> d.severity() == Severity.WARNING)
        .extracting(Diagnostic::file, Diagnostic::message)
        .containsExactly(
            tuple(toml, "in the subdir of output 'a.tera': variable 'folder' is neither a"
                + " parameter nor set in the template"),
            tuple(toml, "in the condition of output 'a.tera': variable 'with_tests' is neither a"
                + " parameter nor set in the template"));
  }

  @Test
  void everyTreeFileIsCheckedInPathOrderByItsPathAndRenderedFilesByTheirContent() {
    TemplateDirs.write(dir, "files/{{ crate }}/lib.rs.tera", "fn main() {}\n");
    TemplateDirs.write(dir, "files/src/broken.txt.peb", "ok\n{% if name %}\n");
    TemplateDirs.write(dir, "files/docs/verbatim.md", "{% this is no template, and stays so");

    List<Diagnostic> diagnostics = check(List.of(), "files");

    assertThat(diagnostics).extracting(Diagnostic::severity, Diagnostic::code, Diagnostic::file,
            Diagnostic::line)
        .containsExactly(
            tuple(Severity.ERROR, "template-syntax", dir.resolve("files/src/broken.txt.peb"), 3),
            tuple(Severity.WARNING, "template-unknown-variable", toml, null));
    assertThat(diagnostics.get(1).message()).isEqualTo("in the path of"
        + " 'files/{{ crate }}/lib.rs.tera': variable 'crate' is neither a parameter nor set in"
        + " the template");
  }

  @Test
  void aFilesDirThatIsNotADirectoryIsAnError() {
    TemplateDirs.write(dir, "files", "not a directory");

    assertThat(check(List.of(), "files")).containsExactly(Diagnostic.error(
        "template-files-dir-missing", toml, null,
        "[files] dir 'files' is not a directory inside the template",
        "create the directory or fix [files] dir"));
  }
}
