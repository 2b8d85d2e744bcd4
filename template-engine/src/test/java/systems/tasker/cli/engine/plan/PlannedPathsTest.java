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
      .git/hooks/pre-commit | '.git' is a version-control directory (a file there could run as a hook)
      sub/.GIT/config     | '.GIT' is a version-control directory (a file there could run as a hook)
      .hg/hgrc            | '.hg' is a version-control directory (a file there could run as a hook)
      a/.svn/entries      | '.svn' is a version-control directory (a file there could run as a hook)
      .bzr/branch.conf    | '.bzr' is a version-control directory (a file there could run as a hook)
      CVS/Root            | 'CVS' is a version-control directory (a file there could run as a hook)
      .tasker-cli.lock    | '.tasker-cli.lock' is a name tasker-cli keeps for its own temporary files
      a/.tasker-cli-0123456789abcdef.tmp | '.tasker-cli-0123456789abcdef.tmp' is a name tasker-cli keeps for its own temporary files
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
  @ValueSource(strings = {"a\0b", "evil\n.txt", "a\u001b[31m", "c1\u009b31m", "bidi\u202egnp.exe",
      "isolate\u2066x", "zero\u200bwidth", "line\u2028break"})
  void controlCharactersAreRefusedAndShownEscaped(String path) {
    String expected = path.indexOf('\0') >= 0
        ? "it contains a NUL character" : "it contains a control character";
    assertThatThrownBy(() -> PlannedPaths.requireSafe(path, "'x'"))
        .hasMessage("Output 'x' has an unsafe path '" + PlannedPaths.printable(path) + "': "
            + expected)
        .message().doesNotContain("\0", "\n", "\u001b", "\u009b", "\u202e", "\u2066", "\u200b",
            "\u2028");
  }

  @ParameterizedTest
  @ValueSource(strings = {".gitignore", ".github/x", ".gitkeep", "git/x", "src/.hgignore"})
  void namesThatOnlyLookLikeVersionControlAreSafe(String path) {
    assertThat(PlannedPaths.requireSafe(path, "'t.tera'")).isEqualTo(path);
  }

  @org.junit.jupiter.api.Test
  void aNameOverTheFileSystemLimitIsRefusedBeforeAnythingIsWritten() {
    String longest = "n".repeat(251) + ".txt";
    String tooLong = "é".repeat(126) + ".txt"; // 256 bytes in UTF-8

    assertThat(PlannedPaths.requireSafe("dir/" + longest, "'t'")).isEqualTo("dir/" + longest);
    assertThatThrownBy(() -> PlannedPaths.requireSafe("dir/" + tooLong, "'t'"))
        .hasMessage("Output 't' has an unsafe path 'dir/" + tooLong + "': the name '" + tooLong
            + "' is longer than 255 bytes");
  }
}
