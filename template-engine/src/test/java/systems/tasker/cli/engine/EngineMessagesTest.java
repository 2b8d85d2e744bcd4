package systems.tasker.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The engine's messages reach a plugin's author in plain words (issue 12). */
class EngineMessagesTest {

  @Test
  void tokenNamesBecomeWhatIsMissingOrUnexpected() {
    assertThat(EngineMessages.plain("Unexpected token \"EXECUTE_END\" of value \"%}\""))
        .isEqualTo("it ends too early (an operand or a closing bracket is missing)");
    assertThat(EngineMessages.plain("Unexpected token \"PUNCTUATION\" of value \"=\""))
        .isEqualTo("'=' is not expected there (compare with ==)");
    assertThat(EngineMessages.plain("Unexpected token of value \"in\" and type NAME, expected"
        + " token of type EXECUTE_END")).isEqualTo("'in' is not expected there");
    assertThat(EngineMessages.plain("Unclosed \")\"")).isEqualTo("a ')' is not closed");
  }

  @Test
  void engineJargonAndJavaClassNamesAreNotShown() {
    assertThat(EngineMessages.plain("Wrong operand(s) type in conditional expression"))
        .isEqualTo("it does not give true or false (does it compare text with a number, or use"
            + " a value that is neither?)");
    assertThat(EngineMessages.plain("Could not cast io.pebbletemplates.pebble.node.Foo to"
        + " java.lang.Long\n\tat somewhere"))
        .isEqualTo("Could not cast a value to a value");
    assertThat(EngineMessages.plain("Unexpected end of template. Pebble was looking for the"
        + " \"endif\" tag")).isEqualTo("the template ends before its {% endif %}");
  }

  @Test
  void otherMessagesAreKeptAsTheyAre() {
    assertThat(EngineMessages.plain("unknown variable 'x'")).isEqualTo("unknown variable 'x'");
    assertThat(EngineMessages.plain(null)).isEqualTo("it is not valid");
  }
}
