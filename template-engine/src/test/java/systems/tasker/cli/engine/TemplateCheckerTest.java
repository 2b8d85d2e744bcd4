package systems.tasker.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
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

class TemplateCheckerTest {

  private final FileSystem fs = TemplateDirs.unixFileSystem();
  private final Path dir = fs.getPath("/plugin/templates/handler");
  private final Path toml = dir.resolve("template.toml");

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private static TemplateParameter param(String name, ParameterType type, String pattern) {
    return new TemplateParameter(name, "", type, true, null, List.of(), pattern);
  }

  private static TemplateMetadata metadata(List<TemplateParameter> parameters,
      List<TemplateOutput> outputs, String filesDir) {
    return new TemplateMetadata("handler", "", null, parameters, outputs, filesDir,
        ManifestDialect.ARRAYS);
  }

  private static TemplateOutput output(String template, String path, String condition) {
    return new TemplateOutput(template, path, null, condition, false);
  }

  private List<Diagnostic> check(TemplateMetadata metadata) {
    return new TemplateChecker().check(dir, metadata);
  }

  @Test
  void aSoundTemplateHasNoDiagnostics() {
    TemplateDirs.write(dir, "handler.rb.tera", """
        {% import "macros.tera" %}
        {% set class_name = name | pascal_case %}
        class {{ class_name }}
        {% for step in steps %}  # {{ loop.index }} {{ step | upper }} {{ shout(step) }}
        {% endfor %}{% if with_tests is defined and with_tests %}{{ range(1, 2) | length }}{% endif %}
        {% set m = {"a": name} %}{{ m["a"] }} {{ m.a }} {{ steps[0] | default("none") }}
        end
        """);
    TemplateDirs.write(dir, "macros.tera",
        "{% macro shout(word) %}{{ word | screaming_snake_case }}{% endmacro %}");
    TemplateDirs.write(dir, "files/src/{{ name | snake_case }}.rs.tera", "// {{ name }}");

    List<Diagnostic> diagnostics = check(metadata(
        List.of(param("name", ParameterType.STRING, "[A-Z][a-zA-Z]*"),
            param("steps", ParameterType.LIST, null),
            param("with_tests", ParameterType.BOOLEAN, null)),
        List.of(output("handler.rb.tera", "{{ name | snake_case }}.rb", "with_tests")),
        "files"));

    assertThat(diagnostics).isEmpty();
  }

  @Test
  void syntaxErrorInATemplateFileNamesFileAndLine() {
    TemplateDirs.write(dir, "handler.rb.tera", "line one\nline two {% if name %}\n");

    assertThat(check(metadata(List.of(param("name", ParameterType.STRING, null)),
        List.of(output("handler.rb.tera", "x.rb", null)), null)))
        .containsExactly(new Diagnostic(Severity.ERROR, "template-syntax",
            dir.resolve("handler.rb.tera"), 3, null,
            "the template ends before its {% endif %}", null));
  }

  @Test
  void syntaxErrorInAPathPatternPointsAtTemplateToml() {
    TemplateDirs.write(dir, "handler.rb.tera", "x");

    assertThat(check(metadata(List.of(param("name", ParameterType.STRING, null)),
        List.of(output("handler.rb.tera", "{{ name | }}.rb", null)), null)))
        .extracting(Diagnostic::severity, Diagnostic::code, Diagnostic::file)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "template-syntax",
            toml));
  }

  @Test
  void undeclaredVariablesAreWarnings() {
    TemplateDirs.write(dir, "handler.rb.tera",
        "{% set local = 1 %}{{ local }}\n{{ name }} {{ nmae }}\n{% for x in items %}{{ x }}{% endfor %}");

    List<Diagnostic> diagnostics = check(metadata(List.of(param("name", ParameterType.STRING, null)),
        List.of(output("handler.rb.tera", "{{ module }}/x.rb", null)), null));

    assertThat(diagnostics).filteredOn(d -> d.severity() == Severity.WARNING)
        .extracting(Diagnostic::file, Diagnostic::line, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(dir.resolve("handler.rb.tera"), 2,
                "variable 'nmae' is neither a parameter nor set in the template"),
            org.assertj.core.groups.Tuple.tuple(dir.resolve("handler.rb.tera"), 3,
                "variable 'items' is neither a parameter nor set in the template"),
            org.assertj.core.groups.Tuple.tuple(toml, null,
                "in the path of output 'handler.rb.tera': variable 'module' is neither a"
                    + " parameter nor set in the template"));
  }

  @Test
  void smokeRenderFailureIsAnError() {
    TemplateDirs.write(dir, "handler.rb.tera", "ok\n{{ port | snake_case }}");

    assertThat(check(metadata(List.of(param("port", ParameterType.INTEGER, null)),
        List.of(output("handler.rb.tera", "x.rb", null)), null)))
        .containsExactly(new Diagnostic(Severity.ERROR, "template-render-failed",
            dir.resolve("handler.rb.tera"), 2, null,
            "rendering with sample values {port=1} failed: could not render 'handler.rb.tera'"
                + " line 2: filter 'snake_case' needs a string, got a number", null));
  }

  @Test
  void aSmokeRenderThatRunsAwayStopsAtTheBudget() {
    TemplateDirs.write(dir, "handler.rb.tera",
        "{% for a in range(1, 1000) %}{% for b in range(1, 1000) %}{% endfor %}{% endfor %}");

    assertThat(check(metadata(List.of(), List.of(output("handler.rb.tera", "x.rb", null)),
        null)))
        .containsExactly(new Diagnostic(Severity.ERROR, "template-render-failed",
            dir.resolve("handler.rb.tera"), 1, null,
            "rendering with sample values {} failed: could not render 'handler.rb.tera' line 1:"
                + " stopped after 1000000 loop iterations, macro calls and includes, the most"
                + " one generation may run", null));
  }

  @Test
  void missingOutputTemplateIsAnErrorUnlessOptional() {
    List<Diagnostic> diagnostics = check(metadata(List.of(), List.of(
        output("missing.tera", "a", null),
        new TemplateOutput("also-missing.tera", "b", null, null, true)), null));

    assertThat(diagnostics).containsExactly(Diagnostic.error("template-file-missing", toml, null,
        "output template 'missing.tera' does not exist",
        "add the file or mark the output optional"));
  }

  @Test
  void sampleValuesFollowTypesChoicesAndPatterns() {
    TemplateMetadata metadata = metadata(List.of(
        param("name", ParameterType.STRING, "[a-z_]+"),
        param("flag", ParameterType.BOOLEAN, null),
        param("count", ParameterType.INTEGER, null),
        new TemplateParameter("lang", "", ParameterType.CHOICE, true, null,
            List.of("ruby", "rust"), null),
        param("steps", ParameterType.LIST, null),
        new TemplateParameter("module", "", ParameterType.STRING, false, "handlers", List.of(),
            null),
        param("free", ParameterType.STRING, null)), List.of(), null);

    assertThat(TemplateChecker.sampleValues(metadata)).containsExactly(
        Map.entry("name", "sample_name"), Map.entry("flag", true), Map.entry("count", 1L),
        Map.entry("lang", "ruby"), Map.entry("steps", List.of("a", "b")),
        Map.entry("module", "handlers"), Map.entry("free", "SampleName"));
  }

  @Test
  void aDefaultOfTheWrongTypeIsNotUsedAsASample() {
    TemplateMetadata metadata = metadata(List.of(
        new TemplateParameter("retries", "", ParameterType.INTEGER, false, "three", List.of(),
            null),
        new TemplateParameter("flag", "", ParameterType.BOOLEAN, false, 3L, List.of(), null),
        new TemplateParameter("count", "", ParameterType.INTEGER, false, 4L, List.of(), null)),
        List.of(), null);

    assertThat(TemplateChecker.sampleValues(metadata)).containsExactly(
        Map.entry("retries", 1L), Map.entry("flag", true), Map.entry("count", 4L));
  }
}
