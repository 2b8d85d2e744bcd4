package systems.tasker.cli.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a diagnostic names its place and severity in text and JSON output. */
class DiagnosticTest {

  private static final Path FILE = Path.of("plugins", "acme", "tasker-plugin.toml");

  @Test
  void locationIsFileLineColumnLeavingOutWhatIsUnknown() {
    String file = FILE.toString();

    assertThat(Diagnostic.error("c", FILE, SourcePosition.at(3, 11), "m", null).location())
        .isEqualTo(file + ":3:11");
    assertThat(new Diagnostic(Severity.ERROR, "c", FILE, 3, null, "m", null).location())
        .isEqualTo(file + ":3");
    assertThat(Diagnostic.warning("c", FILE, null, "m", null).location()).isEqualTo(file);
    assertThat(new Diagnostic(Severity.ERROR, "c", null, 3, 11, "m", null).location())
        .isEqualTo("3:11");
    assertThat(new Diagnostic(Severity.ERROR, "c", null, null, null, "m", null).location())
        .isEmpty();
  }

  @Test
  void severitiesAreTheLowercaseWordsOfTheOutput() {
    assertThat(Severity.ERROR.label()).isEqualTo("error");
    assertThat(Severity.WARNING.label()).isEqualTo("warning");
    assertThat(Diagnostic.error("c", FILE, null, "m", null).isError()).isTrue();
    assertThat(Diagnostic.warning("c", FILE, null, "m", null).isError()).isFalse();
  }

  @Test
  void templateNamesMatchIgnoringCaseAndSeparators() {
    TemplateRef ref = new TemplateRef("step-handler", "t", "", List.of(), List.of());

    assertThat(ref.hasName("step_handler")).isTrue();
    assertThat(ref.hasName("Step_Handler")).isTrue();
    assertThat(ref.hasName("stephandler")).isFalse();
    assertThat(ref.hasName("step-handlers")).isFalse();
  }
}
