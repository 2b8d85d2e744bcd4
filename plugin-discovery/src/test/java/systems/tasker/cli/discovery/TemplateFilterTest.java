package systems.tasker.cli.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import systems.tasker.cli.plugin.TemplateRef;

/**
 * Discovery never yields a template without languages (its plugin would be broken), so the "names
 * none, matches any" rule for languages is tested here on hand-built references.
 */
class TemplateFilterTest {

  private static TemplateRef ref(List<String> languages, List<String> frameworks) {
    return new TemplateRef("step_handler", "templates/step_handler", "", languages, frameworks);
  }

  @Test
  void aTemplateNamingNoLanguagesOrFrameworksMatchesAny() {
    TemplateRef any = ref(List.of(), List.of());

    assertThat(new TemplateFilter(null, "go", "sinatra").matches("p", any)).isTrue();
  }

  @Test
  void aTemplateNamingLanguagesAndFrameworksMatchesOnlyThoseIgnoringCase() {
    TemplateRef rails = ref(List.of("ruby"), List.of("rails"));

    assertThat(new TemplateFilter(null, "RUBY", "Rails").matches("p", rails)).isTrue();
    assertThat(new TemplateFilter(null, "python", null).matches("p", rails)).isFalse();
    assertThat(new TemplateFilter(null, null, "sinatra").matches("p", rails)).isFalse();
  }

  @Test
  void specificityCountsWhatTheTemplateNamesOutright() {
    TemplateFilter filter = new TemplateFilter(null, "ruby", "rails");

    assertThat(filter.specificity(ref(List.of(), List.of()))).isZero();
    assertThat(filter.specificity(ref(List.of("ruby"), List.of()))).isEqualTo(1);
    assertThat(filter.specificity(ref(List.of("ruby"), List.of("rails")))).isEqualTo(2);
    assertThat(TemplateFilter.NONE.specificity(ref(List.of("ruby"), List.of()))).isZero();
    assertThat(TemplateFilter.NONE.specificity(ref(List.of("ruby"), List.of("rails")))).isEqualTo(-1);
    assertThat(TemplateFilter.language("ruby").specificity(ref(List.of("ruby"), List.of("rails"))))
        .isZero();
  }
}
