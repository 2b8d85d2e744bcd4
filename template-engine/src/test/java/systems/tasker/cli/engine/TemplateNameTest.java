package systems.tasker.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A template file name a plugin wrote: normalised inside the template directory, or why not. */
class TemplateNameTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "handler.rb.tera        | handler.rb.tera",
      "./partials//a.tera     | partials/a.tera",
      "partials/../a.tera     | a.tera",
      "files/                 | files",
  })
  void aNameInsideTheTemplateDirectoryIsNormalised(String written, String name) {
    TemplateName template = TemplateName.of(written);

    assertThat(template.isValid()).isTrue();
    assertThat(template.name()).isEqualTo(name);
    assertThat(template.problem()).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''            | the name is empty",
      "a\\b.tera     | 'a\\b.tera' is not a plain relative path",
      "/etc/passwd   | '/etc/passwd' is an absolute path outside the template directory",
      "C:/x.tera     | 'C:/x.tera' is an absolute path outside the template directory",
      "a/../../x     | 'a/../../x' is outside the template directory",
      "./.           | './.' names the template directory itself",
  })
  void anyOtherNameIsRefusedWithTheReason(String written, String problem) {
    TemplateName template = TemplateName.of(written);

    assertThat(template.isValid()).isFalse();
    assertThat(template.name()).isNull();
    assertThat(template.problem()).isEqualTo(problem);
  }
}
