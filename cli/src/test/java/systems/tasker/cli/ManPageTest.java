package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ManPageTest {

  private final String page = ManPage.of(DistFiles.model(), "1.2.3");

  @Test
  void hasTheManSectionsAndVersion() {
    assertThat(page)
        .startsWith(".TH TASKER\\-CLI 1 \"\" \"tasker\\-cli 1.2.3\" \"User Commands\"\n")
        .contains(".SH NAME\n", ".SH SYNOPSIS\n", ".SH GLOBAL OPTIONS\n", ".SH COMMANDS\n",
            ".SH ENVIRONMENT\n", ".SH EXIT STATUS\n");
  }

  @Test
  void describesEveryVisibleCommandAndItsOwnOptions() {
    assertThat(page)
        .contains(".SS \"tasker\\-cli plugin list\"\n", ".SS \"tasker\\-cli plugin validate\"\n",
            ".SS \"tasker\\-cli template info\"\n", ".SS \"tasker\\-cli config show\"\n",
            ".SS \"tasker\\-cli completion\"\n")
        .contains("\\fB\\-\\-strict\\fR\n")
        .doesNotContain("__complete");
  }

  @Test
  void noLineIsMistakenForARequest() {
    for (String line : page.split("\n")) {
      if (line.startsWith(".") || line.startsWith("'")) {
        assertThat(line).matches("\\.(TH|SH|SS|TP|PP|nf|fi|B) ?.*");
      }
    }
  }
}
