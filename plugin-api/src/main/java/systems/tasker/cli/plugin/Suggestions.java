package systems.tasker.cli.plugin;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" for unknown names: the closest known name within a small edit distance. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The known name closest to {@code unknown}, compared case- and separator-insensitively, when it
   * is close enough to be a likely typo (at most a third of the name's length, and at most 3 edits).
   */
  public static Optional<String> closest(String unknown, Collection<String> known) {
    String target = normalise(unknown);
    int limit = Math.max(1, Math.min(3, target.length() / 3));
    return known.stream()
        .filter(candidate -> distance(target, normalise(candidate)) <= limit)
        .min(Comparator.comparingInt((String candidate) -> distance(target, normalise(candidate)))
            .thenComparing(Comparator.naturalOrder()));
  }

  /** {@code " (did you mean 'x'?)"}, or the empty string when nothing is close. */
  public static String didYouMean(String unknown, Collection<String> known) {
    return closest(unknown, known).map(name -> " (did you mean '" + name + "'?)").orElse("");
  }

  private static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT).replace('-', '_');
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
