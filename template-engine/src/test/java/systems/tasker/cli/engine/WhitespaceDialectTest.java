package systems.tasker.cli.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import systems.tasker.cli.plugin.ManifestDialect;
import systems.tasker.cli.plugin.TemplateMetadata;
import systems.tasker.cli.plugin.TemplateOutput;

/**
 * {@code .tera} files keep the newline after a block tag, as Tera (and Jinja2 with default
 * options) does; {@code .peb}/{@code .pebble} files use Pebble's default trimming.
 */
class WhitespaceDialectTest {

  private static final String SOURCE = """
      class {{ name }}:
      {% if with_tests %}
          tested = True
      {% else %}
          tested = False
      {% endif %}
      {%- for s in steps %}
          step_{{ loop.index }} = "{{ s }}"
      {%- endfor %}
          module = "{{ name | snake_case }}"
      """;

  private final FileSystem fs = TemplateDirs.unixFileSystem();
  private final Path dir = fs.getPath("/t");

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private String render(String fileName, boolean withTests) {
    TemplateDirs.write(dir, fileName, SOURCE);
    TemplateMetadata metadata = new TemplateMetadata("t", "", null, List.of(),
        List.of(new TemplateOutput(fileName, "out.py", null, null, false)), null,
        ManifestDialect.ARRAYS);
    Map<String, Object> values = Map.of("name", "ProcessPayment", "with_tests", withTests,
        "steps", List.of("validate", "charge"));
    return new String(new TemplateRenderer().render(dir, metadata, values).files().get(0)
        .content(), UTF_8);
  }

  @Test
  void teraKeepsTheNewlineAfterEachBlockTag() {
    assertThat(render("handler.py.tera", true)).isEqualTo(
        "class ProcessPayment:\n"
            + "\n"
            + "    tested = True\n"
            + "\n"
            + "    step_1 = \"validate\"\n"
            + "    step_2 = \"charge\"\n"
            + "    module = \"process_payment\"\n");
    assertThat(render("handler.py.tera", false)).isEqualTo(
        "class ProcessPayment:\n"
            + "\n"
            + "    tested = False\n"
            + "\n"
            + "    step_1 = \"validate\"\n"
            + "    step_2 = \"charge\"\n"
            + "    module = \"process_payment\"\n");
  }

  @Test
  void pebbleTrimsTheNewlineAfterEachTag() {
    // and loop.index counts from 0, as in Pebble
    assertThat(render("handler.py.peb", true)).isEqualTo(
        "class ProcessPayment:\n"
            + "    tested = True\n"
            + "    step_0 = \"validate\""
            + "    step_1 = \"charge\""
            + "    module = \"process_payment\"\n");
    assertThat(render("handler.py.pebble", false)).isEqualTo(
        "class ProcessPayment:\n"
            + "    tested = False\n"
            + "    step_0 = \"validate\""
            + "    step_1 = \"charge\""
            + "    module = \"process_payment\"\n");
  }
}
