package systems.tasker.cli.plugin;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Objects;

/**
 * A regular expression a plugin gives for a parameter ({@code pattern}, {@code reserved}),
 * compiled with RE2/J: matching takes time linear in the input whatever the expression, so no
 * plugin can hang the CLI with catastrophic backtracking. RE2 has no lookaround and no
 * backreferences; {@code reserved} covers what a negative lookahead was used for.
 */
public final class ParameterPattern {

  /** The hint for an expression RE2 cannot compile. */
  public static final String SYNTAX_HINT = "patterns use RE2 syntax, which always matches in"
      + " linear time: no lookahead, lookbehind or backreferences; refuse words with"
      + " reserved = '…' instead of (?!…)";

  private final Pattern pattern;

  private ParameterPattern(Pattern pattern) {
    this.pattern = pattern;
  }

  /**
   * Compiles {@code regex}.
   *
   * @throws InvalidPatternException when RE2 cannot compile it
   */
  public static ParameterPattern compile(String regex) {
    Objects.requireNonNull(regex, "regex");
    try {
      return new ParameterPattern(Pattern.compile(regex));
    } catch (PatternSyntaxException invalid) {
      throw new InvalidPatternException(invalid.getDescription()
          + (invalid.getPattern() == null || invalid.getPattern().isEmpty() ? ""
              : ": `" + invalid.getPattern() + "`"));
    }
  }

  /** Whether the whole of {@code value} matches. */
  public boolean matchesWhole(String value) {
    return pattern.matches(value);
  }

  /** The expression as written. */
  public String regex() {
    return pattern.pattern();
  }

  /** An expression RE2 cannot compile; the message says why. */
  public static final class InvalidPatternException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    InvalidPatternException(String reason) {
      super(reason);
    }
  }
}
