package systems.tasker.cli.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pebbletemplates.pebble.extension.core.CoreExtension;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import systems.tasker.cli.engine.plan.GenerationPlan;
import systems.tasker.cli.plugin.ManifestDialect;
import systems.tasker.cli.plugin.TemplateMetadata;
import systems.tasker.cli.plugin.TemplateOutput;

/** Pebble's core filters, tests and functions, made on first use, are still all of Pebble's. */
class BuiltinExtensionsTest {

  private final FileSystem fs = TemplateDirs.unixFileSystem();
  private final Path dir = fs.getPath("/t");

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  @Test
  void theNamesAreExactlyThoseOfPebblesCoreExtension() {
    CoreExtension core = new CoreExtension();

    assertThat(BuiltinExtensions.FILTERS).containsExactlyInAnyOrderElementsOf(core.getFilters().keySet());
    assertThat(BuiltinExtensions.TESTS).containsExactlyInAnyOrderElementsOf(core.getTests().keySet());
    assertThat(BuiltinExtensions.FUNCTIONS)
        .containsExactlyInAnyOrderElementsOf(core.getFunctions().keySet());
    for (String name : BuiltinExtensions.FILTERS) {
      assertThat(BuiltinExtensions.filter(name)).as(name)
          .hasSameClassAs(core.getFilters().get(name));
    }
    for (String name : BuiltinExtensions.TESTS) {
      assertThat(BuiltinExtensions.test(name)).as(name).hasSameClassAs(core.getTests().get(name));
    }
    for (String name : BuiltinExtensions.FUNCTIONS) {
      assertThat(BuiltinExtensions.function(name)).as(name)
          .hasSameClassAs(core.getFunctions().get(name));
    }
  }

  @Test
  void coreFiltersTestsAndFunctionsWorkInTemplates() {
    assertThat(render("{{ 'abc' | upper }} {{ 'Hello World' | abbreviate(8) }} {{ -3 | abs }}"
        + " {{ [3, 1, 2] | sort | join(',') }} {{ [1, 2] | first }}{{ [1, 2] | last }}"
        + " {{ 'a b' | title }} {{ ' x ' | trim }} {{ 'a-b' | replace({'-': '_'}) }}"
        + " {{ [1, 2] | length }} {{ 'x' | sha256 | slice(0, 8) }} {{ 'x' | base64encode }}"
        + " {{ max(1, 5) }}{{ min(1, 5) }} {% if 2 is even %}even{% endif %}"
        + " {% if [] is empty %}empty{% endif %} {% if {} is map %}map{% endif %}",
        Map.of())).isEqualTo("ABC Hello... 3 1,2,3 12 A B x a_b 2 2d711642 eA== 51 even empty map");
  }

  @Test
  void defaultAndDefinedStillForgiveAMissingVariable() {
    assertThat(render("{{ missing | default('d') }} {% if missing is defined %}yes{% else %}no{% endif %}"
        + " {% if missing is not defined %}absent{% endif %}", Map.of()))
        .isEqualTo("d no absent");
  }

  @Test
  void anUnknownFilterIsStillAnErrorThatNamesIt() {
    assertThatThrownBy(() -> render("{{ 'a' | no_such_filter }}", Map.of()))
        .isInstanceOf(RenderException.class).hasMessageContaining("no_such_filter");
  }

  private String render(String template, Map<String, Object> values) {
    TemplateDirs.write(dir, "a.tera", template);
    TemplateMetadata metadata = new TemplateMetadata("t", "", null, List.of(),
        List.of(new TemplateOutput("a.tera", "a", null, null, false)), null, ManifestDialect.ARRAYS);
    GenerationPlan plan = new TemplateRenderer().render(dir, metadata, values);
    return new String(plan.file("a").content(), UTF_8);
  }
}
