package systems.tasker.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import systems.tasker.cli.engine.plan.GenerationPlan;
import systems.tasker.cli.engine.plan.PlannedPatch;
import systems.tasker.cli.engine.plan.UnsafePathException;
import systems.tasker.cli.plugin.Diagnostic;
import systems.tasker.cli.plugin.DiagnosticCodes;
import systems.tasker.cli.plugin.ManifestDialect;
import systems.tasker.cli.plugin.ParameterType;
import systems.tasker.cli.plugin.ProjectSpec;
import systems.tasker.cli.plugin.TemplateMetadata;
import systems.tasker.cli.plugin.TemplateParameter;
import systems.tasker.cli.plugin.TemplatePatch;
import systems.tasker.cli.plugin.TemplatePatch.Position;

/** Patches rendered into a plan, and checked by {@code plugin validate}. */
class TemplatePatchRenderingTest {

  private final FileSystem fs = TemplateDirs.unixFileSystem();
  private final Path dir = fs.getPath("/plugin/templates/wire");

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private static TemplateMetadata wiring(TemplatePatch... patches) {
    return new TemplateMetadata("wire", "d", null,
        List.of(new TemplateParameter("name", "", ParameterType.STRING, true, null, List.of(), null),
            new TemplateParameter("kind", "", ParameterType.STRING, false, "base", List.of(), null)),
        List.of(), null, ManifestDialect.ARRAYS, ProjectSpec.NONE, List.of(patches));
  }

  @Test
  void fileAnchorAndTextAreRenderedAndAFalseConditionLeavesThePatchOut() {
    TemplateDirs.write(dir, "template.toml", "");
    GenerationPlan plan = new TemplateRenderer().render(dir, wiring(
        new TemplatePatch("src/{{ name | snake_case }}s.rs", Position.AFTER,
            "// {{ kind }} modules", "pub mod {{ name | snake_case }};", null),
        new TemplatePatch("src/index.ts", Position.BEFORE, "// end", "x",
            "kind == 'api'")), Map.of("name", "RefundPayment", "kind", "base"));

    assertThat(plan.files()).isEmpty();
    assertThat(plan.patches()).containsExactly(new PlannedPatch("src/refund_payments.rs",
        Position.AFTER, "// base modules", "pub mod refund_payment;",
        "patch 1 ('src/{{ name | snake_case }}s.rs')"));
  }

  @Test
  void aRenderedFileMustStayInsideTheOutputDirectory() {
    TemplateDirs.write(dir, "template.toml", "");
    TemplateMetadata metadata = wiring(
        new TemplatePatch("src/{{ name }}", Position.APPEND, null, "x", null));

    assertThatThrownBy(() -> new TemplateRenderer().render(dir, metadata,
        Map.of("name", "../../etc/passwd")))
        .isInstanceOf(UnsafePathException.class);
    assertThatThrownBy(() -> new TemplateRenderer().render(dir, metadata,
        Map.of("name", ".git/hooks/pre-commit")))
        .isInstanceOf(UnsafePathException.class)
        .hasMessageContaining("version-control");
  }

  @Test
  void anAnchorThatRendersBlankIsARenderError() {
    TemplateDirs.write(dir, "template.toml", "");

    assertThatThrownBy(() -> new TemplateRenderer().render(dir, wiring(
        new TemplatePatch("a.txt", Position.AFTER, "{{ kind }}", "x", null)),
        Map.of("name", "n", "kind", " ")))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("would match anywhere");
  }

  @Test
  void pluginValidateChecksThePatchesTextsAndTheirSampleRender() {
    TemplateDirs.write(dir, "template.toml", "");

    List<Diagnostic> broken = new TemplateChecker().check(dir, wiring(
        new TemplatePatch("src/{{ name", Position.AFTER, "x", "{{ undeclared }}", "kind ==")));
    assertThat(broken).extracting(Diagnostic::code).contains(DiagnosticCodes.TEMPLATE_SYNTAX,
        DiagnosticCodes.TEMPLATE_UNKNOWN_VARIABLE);

    List<Diagnostic> escaping = new TemplateChecker().check(dir, wiring(
        new TemplatePatch(".git/config", Position.APPEND, null, "x", null)));
    assertThat(escaping).extracting(Diagnostic::code)
        .containsExactly(DiagnosticCodes.TEMPLATE_RENDER_FAILED);
  }
}
