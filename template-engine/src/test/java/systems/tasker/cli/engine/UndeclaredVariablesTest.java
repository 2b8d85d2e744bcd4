package systems.tasker.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.List;
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
 * The "neither a parameter nor set in the template" warning of {@code plugin validate} names
 * what a template really reads, and not macro arguments or the names of named arguments.
 */
class UndeclaredVariablesTest {

  private final FileSystem fs = TemplateDirs.unixFileSystem();
  private final Path dir = fs.getPath("/plugin/templates/handler");

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private List<Diagnostic> check(String source) {
    TemplateDirs.write(dir, "macros.tera",
        "{% macro shout(word) %}{{ word | upper }}{% endmacro %}");
    TemplateDirs.write(dir, "handler.tera", source);
    TemplateMetadata metadata = new TemplateMetadata("handler", "", null,
        List.of(new TemplateParameter("name", "", ParameterType.STRING, true, null, List.of(),
            null)),
        List.of(new TemplateOutput("handler.tera", "out.txt", null, null, false)), null,
        ManifestDialect.ARRAYS);
    return new TemplateChecker().check(dir, metadata);
  }

  @Test
  void namedArgumentsAreNotVariablesButTheirValuesAre() {
    assertThat(check("""
        {% import "macros.tera" %}{{ shout(word=name) }}
        {{ shout(word=missing) }} {{ shout(also_missing) }}
        """))
        .filteredOn(d -> d.severity() == Severity.WARNING)
        .extracting(Diagnostic::line, Diagnostic::message)
        .containsExactly(
            tuple(2, "variable 'missing' is neither a parameter nor set in the template"),
            tuple(2, "variable 'also_missing' is neither a parameter nor set in the template"));
  }

  @Test
  void macroArgumentsAreDefinedInsideTheMacro() {
    assertThat(check("""
        {% macro row(label, width=10) %}{{ label }}:{{ width }}{% endmacro %}
        {% set names = [name] %}{% set by_key = {"k": name} %}
        {{ row(name) }}{{ names[0] }}{{ by_key["k"] }}{{ row(label=name, width=3) }}
        """)).isEmpty();
  }
}
