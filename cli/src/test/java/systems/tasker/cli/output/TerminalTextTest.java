package systems.tasker.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

  @Test
  void controlsAreShownAsEscapesAndEverythingElseIsKept() {
    assertThat(TerminalText.line("a\u001b[2Jb\u009bc\u202ed\u200fe\u2028f\rg\bh"))
        .isEqualTo("a\\u001b[2Jb\\u009bc\\u202ed\\u200fe\\u2028f\\u000dg\\u0008h");
    assertThat(TerminalText.line("plain ünïcödé – 日本語 🙂")).isEqualTo("plain ünïcödé – 日本語 🙂");
  }

  @Test
  void oneLineEscapesLineBreaksAndTabsManyLinesKeepsThem() {
    assertThat(TerminalText.line("a\nb\tc")).isEqualTo("a\\u000ab\\u0009c");
    assertThat(TerminalText.lines("a\nb\tc\r\n")).isEqualTo("a\nb\tc\\u000d\n");
  }

  @Test
  void jsonEscapesWhatATerminalWouldObeyAndStillMeansTheSame() {
    String json = Json.write(Json.obj().put("d", "x\u001by\u009bz\u202e\u007f"));

    assertThat(json).isEqualTo("{\n  \"d\" : \"x\\u001By\\u009bz\\u202e\\u007F\"\n}");
  }
}
