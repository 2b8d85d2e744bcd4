package systems.tasker.cli.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import systems.tasker.cli.engine.plan.GenerationPlan;
import systems.tasker.cli.plugin.ManifestDialect;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TemplateMetadata;
import systems.tasker.cli.plugin.TemplateOutput;

class TemplateRendererTest {

  private final FileSystem fs = TemplateDirs.unixFileSystem();
  private final Path dir = fs.getPath("/t");

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private GenerationPlan render(List<TemplateOutput> outputs, String filesDir,
      Map<String, Object> values) {
    TemplateMetadata metadata = new TemplateMetadata("t", "", null, List.of(), outputs, filesDir,
        ManifestDialect.ARRAYS);
    return new TemplateRenderer().render(dir, metadata, values);
  }

  private static TemplateOutput output(String template, String path) {
    return new TemplateOutput(template, path, null, null, false);
  }

  private static String text(GenerationPlan plan, String path) {
    return new String(plan.file(path).content(), UTF_8);
  }

  @Test
  void sameFileNameInTwoTemplateDirectoriesDoesNotCollide() {
    Path other = fs.getPath("/other");
    TemplateDirs.write(dir, "handler.rb.tera", "first");
    TemplateDirs.write(other, "handler.rb.tera", "second");
    TemplateMetadata metadata = new TemplateMetadata("t", "", null, List.of(),
        List.of(output("handler.rb.tera", "h.rb")), null, ManifestDialect.ARRAYS);
    TemplateRenderer renderer = new TemplateRenderer();

    assertThat(renderer.render(dir, metadata, Map.of()).file("h.rb").content())
        .isEqualTo("first".getBytes(UTF_8));
    assertThat(renderer.render(other, metadata, Map.of()).file("h.rb").content())
        .isEqualTo("second".getBytes(UTF_8));
  }

  @Test
  void undefinedVariableNamesFileLineAndSuggests() {
    TemplateDirs.write(dir, "a.tera", "ok\n{{ nmae }}");
    assertThatThrownBy(() -> render(List.of(output("a.tera", "a")), null, Map.of("name", "X")))
        .isInstanceOfSatisfying(RenderException.class, e -> {
          assertThat(e.kind()).isEqualTo(TaskerException.Kind.FAILURE);
          assertThat(e.getMessage()).isEqualTo(
              "could not render 'a.tera' line 2: unknown variable 'nmae' (did you mean 'name'?)");
          assertThat(e.hint()).isEqualTo("defined variables: name");
          assertThat(e.file()).isEqualTo("a.tera");
          assertThat(e.line()).isEqualTo(2);
        });
  }

  @Test
  void aSyntaxErrorNamesFileAndLine() {
    TemplateDirs.write(dir, "a.tera", "{% if name %}\n{{ name | snake_case }\n");
    assertThatThrownBy(() -> render(List.of(output("a.tera", "a")), null, Map.of("name", "X")))
        .isInstanceOfSatisfying(RenderException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("could not render 'a.tera' line 2: unexpected \"}\"");
          assertThat(e.file()).isEqualTo("a.tera");
          assertThat(e.line()).isEqualTo(2);
        });
  }

  @Test
  void errorInAnIncludedFileNamesThatFile() {
    TemplateDirs.write(dir, "a.tera", "{% include \"partials/b.tera\" %}");
    TemplateDirs.write(dir, "partials/b.tera", "\n\n{{ missing }}");
    assertThatThrownBy(() -> render(List.of(output("a.tera", "a")), null, Map.of()))
        .hasMessage("could not render 'partials/b.tera' line 3: unknown variable 'missing'");
  }

  @Test
  void includesRelativeToTheIncludingFileStayInside() {
    TemplateDirs.write(dir, "a.tera", "{% include \"partials/b.tera\" %}");
    TemplateDirs.write(dir, "partials/b.tera", "b{% include \"./c.tera\" %}{% include \"../d.tera\" %}");
    TemplateDirs.write(dir, "partials/c.tera", "c");
    TemplateDirs.write(dir, "d.tera", "d");
    assertThat(text(render(List.of(output("a.tera", "a")), null, Map.of()), "a")).isEqualTo("bcd");
  }

  @Test
  void caseFilterOnANonStringNamesTheFilter() {
    TemplateDirs.write(dir, "a.tera", "{{ steps | camel_case }}");
    assertThatThrownBy(() -> render(List.of(output("a.tera", "a")), null,
        Map.of("steps", List.of("a"))))
        .hasMessage("could not render 'a.tera' line 1: filter 'camel_case' needs a string, got a"
            + " list");
  }

  @Test
  void conditionsSkipOutputsAndOptionalMissingTemplatesAreSkipped() {
    TemplateDirs.write(dir, "a.tera", "a");
    GenerationPlan plan = render(List.of(
        new TemplateOutput("a.tera", "kept", null, "with_tests and retries > 2", false),
        new TemplateOutput("a.tera", "dropped", null, "not with_tests", false),
        new TemplateOutput("absent.tera", "absent", null, null, true)),
        null, Map.of("with_tests", true, "retries", 3L));
    assertThat(plan.paths()).containsExactly("kept");
  }

  @Test
  void missingTemplateThatIsNotOptionalFails() {
    assertThatThrownBy(() -> render(List.of(output("absent.tera", "x")), null, Map.of()))
        .hasMessage("could not render 'absent.tera': template 'absent.tera' does not exist");
  }

  @Test
  void pathThatRendersEmptyIsAnError() {
    TemplateDirs.write(dir, "a.tera", "a");
    assertThatThrownBy(() -> render(List.of(output("a.tera", "{{ name }}")), null,
        Map.of("name", "")))
        .hasMessage("could not render 'the path of output 'a.tera'': '{{ name }}' renders empty");
  }

  @Test
  void treePathSegmentThatRendersEmptyIsAnError() {
    TemplateDirs.write(dir, "files/{{ module }}/x.rb", "x");
    assertThatThrownBy(() -> render(List.of(), "files", Map.of("module", "")))
        .hasMessage("could not render 'the path of 'files/{{ module }}/x.rb'': the segment"
            + " '{{ module }}' renders empty");
  }

  @Test
  void twoOutputsRenderingToTheSamePathAreAnError() {
    TemplateDirs.write(dir, "a.tera", "a");
    TemplateDirs.write(dir, "b.tera", "b");
    assertThatThrownBy(() -> render(List.of(output("a.tera", "{{ name }}.rb"),
        output("b.tera", "same.rb")), null, Map.of("name", "same")))
        .isInstanceOfSatisfying(TaskerException.class, e -> {
          assertThat(e.kind()).isEqualTo(TaskerException.Kind.FAILURE);
          assertThat(e.getMessage())
              .isEqualTo("two outputs write the same path 'same.rb': 'a.tera' and 'b.tera'");
        });
  }

  @Test
  void treeModeAndOutputsCombine() {
    TemplateDirs.write(dir, "files/lib/{{ name | snake_case }}.rb.tera", "{{ name }}");
    TemplateDirs.write(dir, "extra.tera", "extra");
    GenerationPlan plan = render(List.of(new TemplateOutput("extra.tera", "README", "docs", null,
        false)), "files", Map.of("name", "OrderShipped"));
    assertThat(plan.paths()).containsExactly("lib/order_shipped.rb", "docs/README");
    assertThat(text(plan, "lib/order_shipped.rb")).isEqualTo("OrderShipped");
  }

  @Test
  void setInOneFileDoesNotLeakIntoTheNext() {
    TemplateDirs.write(dir, "a.tera", "{% set secret = 'a' %}{{ secret }}");
    TemplateDirs.write(dir, "b.tera", "{% if secret is defined %}leaked{% else %}clean{% endif %}");
    GenerationPlan plan = render(List.of(output("a.tera", "a"), output("b.tera", "b")), null,
        Map.of());
    assertThat(text(plan, "b")).isEqualTo("clean");
  }

  @Test
  void teraLoopCountsFromOneAndMapsAndListsStayReachable() {
    TemplateDirs.write(dir, "a.tera",
        "{% for s in steps %}{{ loop.index0 }}/{{ loop.index }}{% if not loop.last %},{% endif %}"
            + "{% endfor %} {{ steps[1] }} {{ config.key }}");
    GenerationPlan plan = render(List.of(output("a.tera", "a")), null,
        Map.of("steps", List.of("x", "y"), "config", Map.of("key", "v")));
    assertThat(text(plan, "a")).isEqualTo("0/1,1/2 y v");
  }

  @Test
  void i18nCannotReachTheClassPath() {
    TemplateDirs.write(dir, "a.tera", "{{ i18n('messages', 'x') }}");
    assertThatThrownBy(() -> render(List.of(output("a.tera", "a")), null, Map.of()))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("i18n");
  }

  @Test
  void theBudgetedOperationsKeepPebblesResults() {
    TemplateDirs.write(dir, "a.tera", "{{ [1, [2, 3], {'k': 'v'}] }} {{ range(1, 3) }}"
        + " {{ [1] + [2] }} {{ 1 + 2 }} {{ 'a' + 1 }} {{ ['a', 'b'] | join('-') }}"
        + " {{ 'a.b.c' | split('.') | join(',') }} {{ 'a.b.c' | split('.', 2) | join('|') }}"
        + " {{ _context['name'] }} {{ name ~ [1] }}"
        + "{% macro m(x) %}<{{ x }}>{% endmacro %} {{ m('y') }}"
        + "{% for i in range(1, 2) %}{% for j in [i] %}{{ i }}{{ j }}{% endfor %}{% endfor %}");

    GenerationPlan plan = render(List.of(output("a.tera", "a")), null, Map.of("name", "n"));

    // split splits on text (as Tera does), never on a regular expression
    assertThat(text(plan, "a")).isEqualTo("[1, [2, 3], {k=v}] [1, 2, 3] [1, 2] 3 a1 a-b"
        + " a,b,c a|b.c n n[1] <y>1122");
  }

  @Test
  void templatesInsideAZipFileRender(@TempDir Path work) throws IOException {
    // the built-in templates are read from the jar, through a zip file system
    Path zip = work.resolve("plugin.zip");
    try (FileSystem zipFs = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
      Path template = zipFs.getPath("/templates/t");
      TemplateDirs.write(template, "a.tera", "{% include 'b.tera' %}!");
      TemplateDirs.write(template, "b.tera", "{{ name }}");
      TemplateDirs.write(template, "files/c.txt", "copied");
      TemplateMetadata metadata = new TemplateMetadata("t", "", null, List.of(),
          List.of(output("a.tera", "a.txt")), "files", ManifestDialect.ARRAYS);

      GenerationPlan plan = new TemplateRenderer().render(zipFs.getPath("/"), template,
          metadata, Map.of("name", "zipped"));

      assertThat(text(plan, "a.txt")).isEqualTo("zipped!");
      assertThat(text(plan, "c.txt")).isEqualTo("copied");
    }
  }
}
