package systems.tasker.cli.engine;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import systems.tasker.cli.plugin.ParameterPattern;
import systems.tasker.cli.plugin.ParameterRule;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TemplateParameter;

/**
 * A parameter's {@link ParameterRule rules} applied to a value: the first that refuses it says
 * why, in the template's own words. This is how a project template's name rules reach the user
 * ("the Python package would be 'class', a Python keyword…") without the CLI knowing any
 * language.
 */
public final class ParameterRules {

  private ParameterRules() {}

  /**
   * The message of the first rule of {@code parameter} that refuses {@code value}, rendered;
   * empty when every rule lets it pass.
   *
   * @throws TaskerException (failure) when a rule's expression or message is broken: the
   *     template's fault, which {@code plugin validate} reports too
   */
  public static Optional<String> refusal(TemplateParameter parameter, String value) {
    for (ParameterRule rule : parameter.rules()) {
      if (refuses(parameter, rule, converted(parameter, rule, value))) {
        return Optional.of(message(parameter, rule, value));
      }
    }
    return Optional.empty();
  }

  private static String converted(TemplateParameter parameter, ParameterRule rule, String value) {
    if (rule.form() == null) {
      return value;
    }
    UnaryOperator<String> conversion = CaseConversion.byFilterName(rule.form())
        .orElseThrow(() -> broken(parameter, "a rule names the unknown case '" + rule.form() + "'"));
    return conversion.apply(value);
  }

  private static boolean refuses(TemplateParameter parameter, ParameterRule rule, String value) {
    if (rule.pattern() != null) {
      return !compiled(parameter, rule.pattern()).matchesWhole(value);
    }
    if (rule.reserved() != null) {
      return compiled(parameter, rule.reserved()).matchesWhole(value);
    }
    return rule.reservedWords().contains(value);
  }

  private static String message(TemplateParameter parameter, ParameterRule rule, String value) {
    if (rule.message() == null || rule.message().isBlank()) {
      return "the template refuses it";
    }
    return TemplateEngines.forText(RenderLimits.DEFAULT).renderString(rule.message(),
        "the message of a rule of parameter '" + parameter.name() + "'", Map.of("value", value))
        .strip();
  }

  private static ParameterPattern compiled(TemplateParameter parameter, String regex) {
    try {
      return ParameterPattern.compile(regex);
    } catch (ParameterPattern.InvalidPatternException invalid) {
      throw broken(parameter, "a rule declares an invalid pattern " + regex + ": "
          + invalid.getMessage());
    }
  }

  private static TaskerException broken(TemplateParameter parameter, String problem) {
    return new TaskerException(TaskerException.Kind.FAILURE,
        "parameter '" + parameter.name() + "': " + problem,
        "fix the rule in template.toml (run plugin validate); " + ParameterPattern.SYNTAX_HINT);
  }
}
