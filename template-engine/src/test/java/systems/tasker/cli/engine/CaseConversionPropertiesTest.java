package systems.tasker.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CaseConversionPropertiesTest {

  /** Identifiers as people type them: mixed case, digits, separators, some non-ASCII letters. */
  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings()
        .withChars("abcxyzABCXYZ0129_- .'/éÉüÜ")
        .ofMaxLength(24);
  }

  /**
   * Names made of words of two or more letters, any case first then lowercase: the names where
   * Pascal and camel case lose no boundary (see singleLetterWordsMergeWhenConvertedTwiceToPascal).
   */
  @Provide
  Arbitrary<String> wordsOfTwoOrMoreLetters() {
    Arbitrary<String> word = Arbitraries.strings().withChars("abcxyzABCXYZéÉ").ofLength(1)
        .flatMap(first -> Arbitraries.strings().withChars("abcxyzé").ofMinLength(1).ofMaxLength(5)
            .map(rest -> first + rest));
    return word.list().ofMinSize(1).ofMaxSize(4)
        .map(words -> String.join("_", words));
  }

  @Property
  void snakeCaseIsIdempotent(@ForAll("names") String name) {
    String once = CaseConversion.snakeCase(name);
    assertThat(CaseConversion.snakeCase(once)).isEqualTo(once);
  }

  @Property
  void kebabCaseIsIdempotent(@ForAll("names") String name) {
    String once = CaseConversion.kebabCase(name);
    assertThat(CaseConversion.kebabCase(once)).isEqualTo(once);
  }

  @Property
  void screamingSnakeCaseIsIdempotent(@ForAll("names") String name) {
    String once = CaseConversion.screamingSnakeCase(name);
    assertThat(CaseConversion.screamingSnakeCase(once)).isEqualTo(once);
  }

  @Property
  void titleCaseIsIdempotent(@ForAll("names") String name) {
    String once = CaseConversion.titleCase(name);
    assertThat(CaseConversion.titleCase(once)).isEqualTo(once);
  }

  @Property
  void pascalCaseIsIdempotent(@ForAll("wordsOfTwoOrMoreLetters") String name) {
    String once = CaseConversion.pascalCase(name);
    assertThat(CaseConversion.pascalCase(once)).isEqualTo(once);
  }

  @Property
  void camelCaseIsIdempotent(@ForAll("wordsOfTwoOrMoreLetters") String name) {
    String once = CaseConversion.camelCase(name);
    assertThat(CaseConversion.camelCase(once)).isEqualTo(once);
  }

  @Property
  void kebabIsSnakeWithDashes(@ForAll("names") String name) {
    assertThat(CaseConversion.kebabCase(name))
        .isEqualTo(CaseConversion.snakeCase(name).replace('_', '-'));
  }

  @Property
  void screamingIsSnakeUppercased(@ForAll("names") String name) {
    assertThat(CaseConversion.screamingSnakeCase(name))
        .isEqualTo(CaseConversion.snakeCase(name).toUpperCase(Locale.ROOT));
  }

  @Property
  void pascalIsTitleWithoutSpaces(@ForAll("names") String name) {
    assertThat(CaseConversion.pascalCase(name))
        .isEqualTo(CaseConversion.titleCase(name).replace(" ", ""));
  }

  @Property
  void camelDiffersFromPascalOnlyInTheFirstWord(@ForAll("names") String name) {
    String pascal = CaseConversion.pascalCase(name);
    String camel = CaseConversion.camelCase(name);
    String firstWord = CaseConversion.words(name).stream().findFirst().orElse("");
    assertThat(camel).isEqualTo(
        firstWord.toLowerCase(Locale.ROOT) + pascal.substring(Math.min(pascal.length(),
            CaseConversion.pascalCase(firstWord).length())));
  }

  @Property
  void titleCaseKeepsTheWords(@ForAll("names") String name) {
    assertThat(CaseConversion.snakeCase(CaseConversion.titleCase(name)))
        .isEqualTo(CaseConversion.snakeCase(name));
  }
}
