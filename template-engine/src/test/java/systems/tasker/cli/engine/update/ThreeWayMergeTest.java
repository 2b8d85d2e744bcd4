package systems.tasker.cli.engine.update;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

  private static final String BASE = "one\ntwo\nthree\nfour\nfive\nsix\nseven\n";

  private static ThreeWayMerge.Result merge(String ours, String theirs) {
    return ThreeWayMerge.merge(BASE, ours, theirs, "2.0.0");
  }

  @Test
  void changesOfDifferentLinesAreBothKept() {
    ThreeWayMerge.Result result = merge(BASE.replace("two", "TWO"), BASE.replace("six", "SIX"));

    assertThat(result.clean()).isTrue();
    assertThat(result.text()).isEqualTo("one\nTWO\nthree\nfour\nfive\nSIX\nseven\n");
  }

  @Test
  void aChangeOfOneSideOnlyIsTaken() {
    assertThat(merge(BASE, BASE.replace("four\n", "")).text())
        .isEqualTo("one\ntwo\nthree\nfive\nsix\nseven\n");
    assertThat(merge(BASE + "eight\n", BASE).text()).isEqualTo(BASE + "eight\n");
  }

  @Test
  void theSameChangeOnBothSidesIsTakenOnce() {
    String both = BASE.replace("three", "3");

    ThreeWayMerge.Result result = merge(both, both);

    assertThat(result.conflicts()).isZero();
    assertThat(result.text()).isEqualTo(both);
  }

  @Test
  void differentChangesOfTheSameLineConflictWithGitStyleMarkers() {
    ThreeWayMerge.Result result = merge(BASE.replace("four", "4 (mine)"),
        BASE.replace("four", "4 (template)"));

    assertThat(result.conflicts()).isEqualTo(1);
    assertThat(result.text()).isEqualTo("one\ntwo\nthree\n<<<<<<< yours\n4 (mine)\n=======\n"
        + "4 (template)\n>>>>>>> template 2.0.0\nfive\nsix\nseven\n");
  }

  @Test
  void changesOfAdjacentLinesConflictRatherThanInterleaveSilently() {
    ThreeWayMerge.Result result = merge(BASE.replace("three", "THREE"),
        BASE.replace("four", "FOUR"));

    assertThat(result.conflicts()).isEqualTo(1);
    assertThat(result.text()).contains("<<<<<<< yours\nTHREE\nfour\n=======\nthree\nFOUR\n"
        + ">>>>>>> template 2.0.0\n");
  }

  @Test
  void eachConflictIsCountedAndTheLinesBetweenThemMergeCleanly() {
    ThreeWayMerge.Result result = merge(
        BASE.replace("one", "1a").replace("seven", "7a").replace("four", "4a"),
        BASE.replace("one", "1b").replace("seven", "7b"));

    assertThat(result.conflicts()).isEqualTo(2);
    assertThat(result.text()).contains("three\n4a\nfive\n");
  }

  @Test
  void lineEndingsAndAMissingFinalNewlineAreKeptToTheByte() {
    String base = "a\r\nb\r\nc\r\nd\r\ne";
    ThreeWayMerge.Result result = ThreeWayMerge.merge(base, "A\r\nb\r\nc\r\nd\r\ne",
        "a\r\nb\r\nc\r\nd\r\nE", "2");

    assertThat(result.clean()).isTrue();
    assertThat(result.text()).isEqualTo("A\r\nb\r\nc\r\nd\r\nE");
  }

  @Test
  void aConflictingSideWithoutAFinalNewlineStillEndsBeforeTheMarker() {
    ThreeWayMerge.Result result = ThreeWayMerge.merge("x", "mine", "theirs", "2");

    assertThat(result.text())
        .isEqualTo("<<<<<<< yours\nmine\n=======\ntheirs\n>>>>>>> template 2\n");
  }

  @Test
  void bothAddingDifferentFilesFromNothingIsAConflict() {
    ThreeWayMerge.Result result = ThreeWayMerge.merge("", "mine\n", "theirs\n", "2");

    assertThat(result.conflicts()).isEqualTo(1);
  }
}
