package systems.tasker.cli.engine;

import com.google.common.base.CaseFormat;

/**
 * A template parameter as a command-line option, and back. Parameter names are identifiers in one
 * well-formed style ({@code handler_type}), so Guava's {@link CaseFormat} converts them; free text
 * ({@code {{ name | kebab_case }}}) goes through {@link CaseConversion}, which splits words as the
 * Rust CLI does.
 */
public final class OptionNames {

  private OptionNames() {}

  /** {@code handler_type} → {@code --handler-type}. */
  public static String optionOf(String parameterName) {
    return "--" + CaseFormat.LOWER_UNDERSCORE.to(CaseFormat.LOWER_HYPHEN, parameterName);
  }

  /** {@code handler-type} (as in {@code --param handler-type=api}) → {@code handler_type}. */
  public static String parameterOf(String hyphenated) {
    return CaseFormat.LOWER_HYPHEN.to(CaseFormat.LOWER_UNDERSCORE, hyphenated);
  }
}
