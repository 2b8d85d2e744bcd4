package systems.tasker.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseConversionTest {

  /** The table of docs/case-conversion.md. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ProcessPayment    | process_payment   | ProcessPayment  | processPayment  | process-payment
      process_payment   | process_payment   | ProcessPayment  | processPayment  | process-payment
      process payment   | process_payment   | ProcessPayment  | processPayment  | process-payment
      XMLHttpRequest    | xml_http_request  | XmlHttpRequest  | xmlHttpRequest  | xml-http-request
      SHOUTY_SNAKE_CASE | shouty_snake_case | ShoutySnakeCase | shoutySnakeCase | shouty-snake-case
      FIELD_NAME11      | field_name11      | FieldName11     | fieldName11     | field-name11
      abc123DEF456      | abc123_def456     | Abc123Def456    | abc123Def456    | abc123-def456
      kebab-case        | kebab_case        | KebabCase       | kebabCase       | kebab-case
      """)
  void caseTable(String input, String snake, String pascal, String camel, String kebab) {
    assertThat(CaseConversion.snakeCase(input)).isEqualTo(snake);
    assertThat(CaseConversion.pascalCase(input)).isEqualTo(pascal);
    assertThat(CaseConversion.camelCase(input)).isEqualTo(camel);
    assertThat(CaseConversion.kebabCase(input)).isEqualTo(kebab);
  }

  @Test
  void screamingSnakeAndTitleJoinTheSameWords() {
    assertThat(CaseConversion.screamingSnakeCase("XMLHttpRequest")).isEqualTo("XML_HTTP_REQUEST");
    assertThat(CaseConversion.titleCase("XMLHttpRequest")).isEqualTo("Xml Http Request");
    assertThat(CaseConversion.titleCase("process_payment")).isEqualTo("Process Payment");
    assertThat(CaseConversion.screamingSnakeCase("abc123DEF456")).isEqualTo("ABC123_DEF456");
  }

  @Test
  void everyNonAlphanumericSeparatesAndDisappears() {
    assertThat(CaseConversion.snakeCase("  it's a/b.c--d__e  ")).isEqualTo("it_s_a_b_c_d_e");
    assertThat(CaseConversion.words("a\u00a0b\tc")).containsExactly("a", "b", "c");
  }

  @Test
  void inputWithoutWordsGivesEmptyString() {
    assertThat(CaseConversion.snakeCase("")).isEmpty();
    assertThat(CaseConversion.pascalCase("_-. /")).isEmpty();
    assertThat(CaseConversion.titleCase("!!!")).isEmpty();
  }

  @Test
  void digitsNeitherStartNorBreakWords() {
    assertThat(CaseConversion.words("abc123DEF")).containsExactly("abc123", "DEF");
    assertThat(CaseConversion.words("ABC1Def")).containsExactly("ABC1", "Def");
    assertThat(CaseConversion.words("version2")).containsExactly("version2");
    assertThat(CaseConversion.words("2fast")).containsExactly("2fast");
  }

  @Test
  void worksOnCodePointsOutsideAscii() {
    assertThat(CaseConversion.snakeCase("ÉcoleNormale")).isEqualTo("école_normale");
    assertThat(CaseConversion.pascalCase("straße_übung")).isEqualTo("StraßeÜbung");
    assertThat(CaseConversion.snakeCase("𝐀𝐁")).isEqualTo("𝐀𝐁");
    assertThat(CaseConversion.kebabCase("日本語テキスト")).isEqualTo("日本語テキスト");
    // U+2013 EN DASH is punctuation, so it separates like '-'
    assertThat(CaseConversion.kebabCase("a–b")).isEqualTo("a-b");
  }

  @Test
  void finalSigmaLowercasesToFinalForm() {
    assertThat(CaseConversion.snakeCase("ΟΔΟΣ")).isEqualTo("οδος");
    assertThat(CaseConversion.pascalCase("ΟΔΟΣ_ΟΔΟΣ")).isEqualTo("ΟδοςΟδος");
  }

  @Test
  void capitalisingUsesFullUppercaseMapping() {
    assertThat(CaseConversion.pascalCase("ßa")).isEqualTo("SSa");
  }

  @Test
  void singleLetterWordsMergeWhenConvertedTwiceToPascal() {
    // heck behaves the same way: "XYZ" has no boundary left to find.
    assertThat(CaseConversion.pascalCase("x_y_z")).isEqualTo("XYZ");
    assertThat(CaseConversion.pascalCase("XYZ")).isEqualTo("Xyz");
  }

  @Test
  void wordsKeepTheirCase() {
    assertThat(CaseConversion.words("XMLHttpRequest")).isEqualTo(List.of("XML", "Http", "Request"));
  }
}
