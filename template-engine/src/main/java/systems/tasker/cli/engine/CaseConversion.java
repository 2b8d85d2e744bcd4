package systems.tasker.cli.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The case conversions behind the {@code snake_case}, {@code pascal_case}, {@code camel_case},
 * {@code kebab_case}, {@code screaming_snake_case} and {@code title_case} template filters.
 *
 * <p>Words are split the way the Rust {@code heck} crate (0.5) splits them, so a plugin renders
 * the same names under this CLI and the reference Rust CLI (see {@code docs/case-conversion.md}).
 * This class does not touch Pebble: the command line validates names with it before any template
 * is loaded.
 */
public final class CaseConversion {

  /** Each conversion by the name of its template filter, in the order the filters are listed. */
  private static final Map<String, UnaryOperator<String>> BY_FILTER_NAME = new LinkedHashMap<>();

  static {
    BY_FILTER_NAME.put("snake_case", CaseConversion::snakeCase);
    BY_FILTER_NAME.put("kebab_case", CaseConversion::kebabCase);
    BY_FILTER_NAME.put("pascal_case", CaseConversion::pascalCase);
    BY_FILTER_NAME.put("camel_case", CaseConversion::camelCase);
    BY_FILTER_NAME.put("screaming_snake_case", CaseConversion::screamingSnakeCase);
    BY_FILTER_NAME.put("title_case", CaseConversion::titleCase);
  }

  private CaseConversion() {}

  /** The names of the case filters of templates, {@code snake_case} first. */
  public static List<String> filterNames() {
    return List.copyOf(BY_FILTER_NAME.keySet());
  }

  /** The conversion of the template filter {@code name} ({@code snake_case}…), if it is one. */
  public static Optional<UnaryOperator<String>> byFilterName(String name) {
    return Optional.ofNullable(BY_FILTER_NAME.get(name));
  }

  /** {@code ProcessPayment} → {@code process_payment}. */
  public static String snakeCase(String input) {
    return join(words(input), "_", Style.LOWER, Style.LOWER);
  }

  /** {@code process_payment} → {@code process-payment}. */
  public static String kebabCase(String input) {
    return join(words(input), "-", Style.LOWER, Style.LOWER);
  }

  /** {@code ProcessPayment} → {@code PROCESS_PAYMENT}. */
  public static String screamingSnakeCase(String input) {
    return join(words(input), "_", Style.UPPER, Style.UPPER);
  }

  /** {@code process_payment} → {@code ProcessPayment}. */
  public static String pascalCase(String input) {
    return join(words(input), "", Style.CAPITALISED, Style.CAPITALISED);
  }

  /** {@code process_payment} → {@code processPayment}. */
  public static String camelCase(String input) {
    return join(words(input), "", Style.LOWER, Style.CAPITALISED);
  }

  /** {@code process_payment} → {@code Process Payment}. */
  public static String titleCase(String input) {
    return join(words(input), " ", Style.CAPITALISED, Style.CAPITALISED);
  }

  /**
   * The words of {@code input}, as written (case unchanged): separators dropped, boundaries at
   * lower→upper changes and before the last capital of a run that a lowercase letter follows.
   */
  public static List<String> words(String input) {
    Objects.requireNonNull(input, "input");
    List<String> words = new ArrayList<>();
    int start = 0;
    int length = input.length();
    while (start < length) {
      int end = start;
      while (end < length && isAlphanumeric(input.codePointAt(end))) {
        end += Character.charCount(input.codePointAt(end));
      }
      splitWord(input.substring(start, end), words);
      start = end < length ? end + Character.charCount(input.codePointAt(end)) : end;
    }
    return words;
  }

  private enum Mode { BOUNDARY, LOWER, UPPER }

  /** Splits one run of alphanumerics at case changes, following heck's state machine. */
  private static void splitWord(String word, List<String> into) {
    int wordStart = 0;
    Mode mode = Mode.BOUNDARY;
    int i = 0;
    while (i < word.length()) {
      int c = word.codePointAt(i);
      int next = i + Character.charCount(c);
      if (next >= word.length()) {
        into.add(word.substring(wordStart));
        return;
      }
      int following = word.codePointAt(next);
      // Uncased characters (digits) carry the case of the nearest cased letter to their left.
      Mode nextMode = Character.isLowerCase(c) ? Mode.LOWER
          : Character.isUpperCase(c) ? Mode.UPPER : mode;
      if (nextMode == Mode.LOWER && Character.isUpperCase(following)) {
        into.add(word.substring(wordStart, next));
        wordStart = next;
        mode = Mode.BOUNDARY;
      } else if (mode == Mode.UPPER && Character.isUpperCase(c)
          && Character.isLowerCase(following)) {
        into.add(word.substring(wordStart, i));
        wordStart = i;
        mode = Mode.BOUNDARY;
      } else {
        mode = nextMode;
      }
      i = next;
    }
  }

  /** Rust's {@code char::is_alphanumeric}: Alphabetic, or a number of any kind. */
  private static boolean isAlphanumeric(int codePoint) {
    if (Character.isAlphabetic(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private enum Style { LOWER, UPPER, CAPITALISED }

  private static String join(List<String> words, String separator, Style first, Style rest) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        out.append(separator);
      }
      out.append(styled(words.get(i), i == 0 ? first : rest));
    }
    return out.toString();
  }

  private static String styled(String word, Style style) {
    switch (style) {
      case LOWER:
        return word.toLowerCase(Locale.ROOT);
      case UPPER:
        return word.toUpperCase(Locale.ROOT);
      default:
        int firstLength = Character.charCount(word.codePointAt(0));
        // heck lowercases the tail as a string of its own; doing the same keeps Σ → σ/ς identical.
        return word.substring(0, firstLength).toUpperCase(Locale.ROOT)
            + word.substring(firstLength).toLowerCase(Locale.ROOT);
    }
  }
}
