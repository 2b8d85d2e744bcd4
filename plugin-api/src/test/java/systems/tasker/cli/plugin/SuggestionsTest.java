package systems.tasker.cli.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Did you mean" is offered for likely typos only: at most a third of the name's length in edits
 * (at least 1, at most 3), counting a swap of two neighbouring letters as one edit.
 */
class SuggestionsTest {

  @Test
  void aShortNameIsOfferedOnlyWhatIsOneEditAway() {
    List<String> known = List.of("path", "name");

    assertThat(Suggestions.closest("pth", known)).contains("path");
    assertThat(Suggestions.closest("nam", known)).contains("name");
    assertThat(Suggestions.closest("pt", known)).isEmpty();
    assertThat(Suggestions.closest("xyz", List.of("abc"))).isEmpty();
  }

  @Test
  void aSwapOfNeighbouringLettersIsOneEdit() {
    assertThat(Suggestions.closest("nmae", List.of("name"))).contains("name");
    assertThat(Suggestions.closest("tyep", List.of("type"))).contains("type");
    // three swaps in six letters: more than a third of the name
    assertThat(Suggestions.closest("badcfe", List.of("abcdef"))).isEmpty();
  }

  @Test
  void theAllowanceGrowsWithTheLengthUpToThreeEdits() {
    // six letters: two edits
    assertThat(Suggestions.closest("pluxin", List.of("plugin"))).contains("plugin");
    assertThat(Suggestions.closest("plxxin", List.of("plugin"))).contains("plugin");
    assertThat(Suggestions.closest("pxxxin", List.of("plugin"))).isEmpty();
    // nine letters and more: three edits, never four
    assertThat(Suggestions.closest("frxxxwork", List.of("framework"))).contains("framework");
    assertThat(Suggestions.closest("dxxxription", List.of("description"))).contains("description");
    assertThat(Suggestions.closest("dxxxxiption", List.of("description"))).isEmpty();
  }

  @Test
  void namesOfVeryDifferentLengthsAreNotClose() {
    assertThat(Suggestions.closest("abcdefghi", List.of("x"))).isEmpty();
    assertThat(Suggestions.closest("x", List.of("abcdefghi"))).isEmpty();
    assertThat(Suggestions.closest("languages", List.of("l", "la"))).isEmpty();
  }

  @Test
  void theNearestWinsThenTheFirstInAlphabeticalOrder() {
    // 'language' is two edits from 'anguages', 'languages' one
    assertThat(Suggestions.closest("anguages", List.of("language", "languages")))
        .contains("languages");
    assertThat(Suggestions.closest("anguages", List.of("languages", "language")))
        .contains("languages");
    // both one edit away
    assertThat(Suggestions.closest("bat", List.of("cat", "bar"))).contains("bar");
  }

  @Test
  void caseAndSeparatorsDoNotCount() {
    assertThat(Suggestions.closest("Step-Handler", List.of("step_handler")))
        .contains("step_handler");
    assertThat(Suggestions.closest("DEFAULT_LANGUAGE", List.of("default-language")))
        .contains("default-language");
  }

  @Test
  void didYouMeanIsASuffixOrNothing() {
    assertThat(Suggestions.didYouMean("strng", List.of("string", "boolean")))
        .isEqualTo(" (did you mean 'string'?)");
    assertThat(Suggestions.didYouMean("zzzzzz", List.of("string", "boolean"))).isEmpty();
  }
}
