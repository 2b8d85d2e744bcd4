package systems.tasker.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The written-out equals and hashCode mean what a record's would: every component counts. */
class GlobalOptionsTest {

  private static GlobalOptions options(List<String> paths, String config, String profile,
      boolean... flags) {
    return new GlobalOptions(paths, config, profile, flags[0], flags[1], flags[2], flags[3]);
  }

  @Test
  void equalComponentsAreEqualOptionsWithEqualHashes() {
    GlobalOptions one = options(List.of("a", "b"), "c.toml", "work", true, false, true, false);
    GlobalOptions two = options(List.of("a", "b"), "c.toml", "work", true, false, true, false);

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(GlobalOptions.NONE).isEqualTo(options(List.of(), null, null, false, false, false, false));
  }

  @Test
  void anyComponentThatDiffersMakesThemDiffer() {
    GlobalOptions base = options(List.of("a"), "c.toml", "work", false, false, false, false);

    assertThat(List.of(
        options(List.of("b"), "c.toml", "work", false, false, false, false),
        options(List.of("a", "a"), "c.toml", "work", false, false, false, false),
        options(List.of("a"), null, "work", false, false, false, false),
        options(List.of("a"), "c.toml", "home", false, false, false, false),
        options(List.of("a"), "c.toml", "work", true, false, false, false),
        options(List.of("a"), "c.toml", "work", false, true, false, false),
        options(List.of("a"), "c.toml", "work", false, false, true, false),
        options(List.of("a"), "c.toml", "work", false, false, false, true)))
        .allSatisfy(other -> assertThat(other).isNotEqualTo(base));
    assertThat(base).isNotEqualTo(null).isNotEqualTo("options");
  }
}
