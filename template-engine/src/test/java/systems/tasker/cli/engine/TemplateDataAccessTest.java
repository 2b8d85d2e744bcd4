package systems.tasker.cli.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * What a template can read of its data: list items by index, the loop variable's attributes in
 * both dialects, and a clear error, naming the type, where it reaches for something else.
 */
class TemplateDataAccessTest {

  private final FileSystem fs = TemplateDirs.unixFileSystem();
  private final Path dir = fs.getPath("/t");

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private String render(String fileName, String source, Map<String, Object> values) {
    TemplateDirs.write(dir, fileName, source);
    TemplateMetadata metadata = new TemplateMetadata("t", "", null, List.of(),
        List.of(new TemplateOutput(fileName, "out", null, null, false)), null,
        ManifestDialect.ARRAYS);
    return new String(
        new TemplateRenderer().render(dir, metadata, values).file("out").content(), UTF_8);
  }

  private static final Map<String, Object> STEPS = Map.of("steps", List.of("check", "refund"));

  @Test
  void listItemsAreReachedByIndexFromZero() {
    assertThat(render("a.tera", "{{ steps[0] }} {{ steps[1] }}", STEPS)).isEqualTo("check refund");
  }

  @Test
  void anIndexOutsideTheListIsARenderErrorSayingSo() {
    assertThatThrownBy(() -> render("a.tera", "{{ steps[2] }}", STEPS))
        .isInstanceOf(RenderException.class)
        .hasMessage("could not render 'a.tera' line 1: index 2 is outside the list of 2 items");
    assertThatThrownBy(() -> render("b.tera", "{{ steps[-1] }}", STEPS))
        .isInstanceOf(RenderException.class)
        .hasMessage("could not render 'b.tera' line 1: index -1 is outside the list of 2 items");
  }

  @Test
  void theLoopVariableOffersIndexRevindexLengthFirstAndLast() {
    String source = "{% for s in steps %}{{ loop.index }}:{{ loop.revindex }}/{{ loop.length }}"
        + "{% if loop.first %} first{% endif %}{% if loop.last %} last{% endif %};{% endfor %}";

    assertThat(render("a.tera", source, STEPS)).isEqualTo("1:1/2 first;2:0/2 last;");
    assertThat(render("a.peb", source, STEPS)).isEqualTo("0:1/2 first;1:0/2 last;");
  }

  @Test
  void index0ExistsOnlyUnderTeraRules() {
    assertThat(render("a.tera", "{% for s in steps %}{{ loop.index0 }}{% endfor %}", STEPS))
        .isEqualTo("01");
    assertThatThrownBy(() -> render("a.peb", "{% for s in steps %}{{ loop.index0 }}{% endfor %}",
        STEPS))
        .isInstanceOf(RenderException.class)
        .hasMessage("could not render 'a.peb' line 1: 'loop' has no attribute 'index0'"
            + " (it has index, revindex, length, first, last)");
    assertThatThrownBy(() -> render("b.tera", "{% for s in steps %}{{ loop.parent }}{% endfor %}",
        STEPS))
        .hasMessage("could not render 'b.tera' line 1: 'loop' has no attribute 'parent'"
            + " (it has index, index0, revindex, length, first, last)");
  }

  @Test
  void aCaseFilterNamesTheTypeItWasGiven() {
    String source = "{{ value | snake_case }}";

    assertThatThrownBy(() -> render("a.tera", source, Map.of("value", true)))
        .hasMessageEndingWith("filter 'snake_case' needs a string, got a boolean");
    assertThatThrownBy(() -> render("b.tera", source, Map.of("value", 3L)))
        .hasMessageEndingWith("filter 'snake_case' needs a string, got a number");
    assertThatThrownBy(() -> render("c.tera", "{% set m = {'a': 1} %}{{ m | snake_case }}",
        Map.of()))
        .hasMessageEndingWith("filter 'snake_case' needs a string, got a map");
  }

  @Test
  void attributesOfAStringAreRefusedNamingTheType() {
    assertThatThrownBy(() -> render("a.tera", "{{ name.bytes }}", Map.of("name", "x")))
        .isInstanceOf(RenderException.class)
        .hasMessage("could not render 'a.tera' line 1: templates cannot access 'bytes' of a"
            + " string: only map keys, list items and loop variables are available");
  }
}
