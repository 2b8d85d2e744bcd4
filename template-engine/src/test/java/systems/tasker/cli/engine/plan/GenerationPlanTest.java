package systems.tasker.cli.engine.plan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GenerationPlanTest {

  private static PlannedFile file(String path, String origin) {
    return new PlannedFile(path, "x".getBytes(UTF_8), false, origin);
  }

  @Test
  void twoFilesAtTheSamePathAreRefused() {
    assertThatThrownBy(() -> new GenerationPlan(List.of(
        file("src/a.rb", "'a.rb.tera'"), file("src/a.rb", "'b.rb.tera'"))))
        .hasMessage("two outputs write the same path 'src/a.rb': 'a.rb.tera' and 'b.rb.tera'");
  }

  @Test
  void aFileWhereAnotherNeedsADirectoryIsRefused() {
    assertThatThrownBy(() -> new GenerationPlan(List.of(
        file("src", "'a.tera'"), file("src/main.rs", "'b.tera'"))))
        .hasMessage("output 'a.tera' writes the file 'src', but 'b.tera' needs it as a directory"
            + " for 'src/main.rs'");
  }

  @Test
  void unsafePathsCannotEnterAPlan() {
    assertThatThrownBy(() -> new GenerationPlan(List.of(file("../x", "'a.tera'"))))
        .isInstanceOf(UnsafePathException.class);
  }

  @Test
  void filesKeepTheirOrderAndContentIsCopied() {
    byte[] bytes = "abc".getBytes(UTF_8);
    PlannedFile planned = new PlannedFile("b", bytes, true, "'b'");
    bytes[0] = 'X';
    GenerationPlan plan = new GenerationPlan(List.of(planned, file("a", "'a'")));
    assertThat(plan.paths()).containsExactly("b", "a");
    assertThat(plan.file("b").content()).isEqualTo("abc".getBytes(UTF_8));
  }
}
