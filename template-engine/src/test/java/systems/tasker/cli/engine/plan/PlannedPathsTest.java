package systems.tasker.cli.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import systems.tasker.cli.plugin.TaskerException;

class PlannedPathsTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "src/main.rs", ".github/workflows/ci.yml", "a..b/c", "x/.env",
      "dir/file.tar.gz", "ünïcode/名前.txt"})
  void plainRelativePathsAreSafe(String path) {
    assertThat(PlannedPaths.requireSafe(path, "'t.tera'")).isEqualTo(path);
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      ""                  | the path is empty
      ../../etc/x         | '..' segments are not allowed
      src/../../x         | '..' segments are not allowed
      ..                  | '..' segments are not allowed
      ./a                 | '.' segments are not allowed
      /etc/passwd         | absolute paths are not allowed
      //server/share      | absolute paths are not allowed
      C:/Windows/x        | drive letters are not allowed
      c:x                 | drive letters are not allowed
      a/D:/x              | drive letters are not allowed
      a\\..\\b            | backslashes are not allowed
      a//b                | empty path segments are not allowed
      a/                  | empty path segments are not allowed
      """)
  void unsafePathsAreRefusedWithTheReason(String path, String reason) {
    assertThatThrownBy(() -> PlannedPaths.requireSafe(path, "'handler.rb.tera'"))
        .isInstanceOfSatisfying(UnsafePathException.class, e -> {
          assertThat(e.kind()).isEqualTo(TaskerException.Kind.FAILURE);
          assertThat(e.getMessage()).isEqualTo(
              "Output 'handler.rb.tera' has an unsafe path '" + path + "': " + reason);
          assertThat(e.path()).isEqualTo(path);
          assertThat(e.origin()).isEqualTo("'handler.rb.tera'");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\0b", "evil\n.txt", "a\u001b[31m"})
  void controlCharactersAreRefusedAndShownEscaped(String path) {
    String expected = path.indexOf('\0') >= 0
        ? "it contains a NUL character" : "it contains a control character";
    assertThatThrownBy(() -> PlannedPaths.requireSafe(path, "'x'"))
        .hasMessage("Output 'x' has an unsafe path '" + PlannedPaths.printable(path) + "': "
            + expected)
        .message().doesNotContain("\0", "\n", "\u001b");
  }
}
