package systems.tasker.cli.plugin;

import java.util.List;

/**
 * A check a parameter's value must pass, with the message a value it refuses gets: how a
 * template states which names its language cannot use ({@code class} as a Python package, {@code
 * String} as a Ruby module) and says why. Written as {@code [[parameters.rules]]} in either
 * dialect; the rules run in order, before the parameter's own {@code pattern} and {@code reserved}.
 *
 * @param form the case filter the value goes through before it is checked ({@code snake_case}
 *     and the others of {@link #FORMS}), or {@code null} to check the value as given
 * @param pattern an expression (RE2) the whole converted value must match, or {@code null}
 * @param reserved an expression (RE2) the whole converted value must not match, or {@code null}
 * @param reservedWords words the converted value must not be (exactly), empty when none
 * @param message the text a refused value gets, rendered like a template with {@code value} (the
 *     value as given) and the case filters, e.g. {@code the package would be '{{ value |
 *     snake_case }}', a keyword}
 */
public record ParameterRule(
    String form, String pattern, String reserved, List<String> reservedWords, String message) {

  /** The case filters a rule may put a value through: those templates use. */
  public static final List<String> FORMS = List.of("snake_case", "kebab_case", "pascal_case",
      "camel_case", "screaming_snake_case", "title_case");

  public ParameterRule {
    reservedWords = List.copyOf(reservedWords);
  }
}
