package systems.tasker.cli.plugin;

import java.util.List;
import java.util.Objects;

/**
 * A parameter a template asks for.
 *
 * @param name the parameter name as written (snake_case by convention)
 * @param description one line, may be empty
 * @param type the declared type ({@link ParameterType#CHOICE} when {@code choices} are given
 *     without a type)
 * @param required whether a value must be supplied when there is no default
 * @param defaultValue the default as written in TOML: a {@code String}, {@code Boolean},
 *     {@code Long} or {@code List<String>}; {@code null} when there is none
 * @param choices the allowed values, empty when any value is allowed
 * @param pattern a regular expression (RE2 syntax, {@link ParameterPattern}) the whole value must
 *     match, or {@code null}
 * @param reserved a regular expression (RE2 syntax) for values refused even when they match
 *     {@code pattern}, such as a language's keywords; the whole value must match it to be refused.
 *     {@code null} when none
 * @param rules further checks, each with its own message, run in order before {@code pattern} and
 *     {@code reserved}
 */
public record TemplateParameter(
    String name,
    String description,
    ParameterType type,
    boolean required,
    Object defaultValue,
    List<String> choices,
    String pattern,
    String reserved,
    List<ParameterRule> rules) {

  public TemplateParameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(type, "type");
    choices = List.copyOf(choices);
    rules = List.copyOf(rules);
  }

  /** A parameter without rules of its own. */
  public TemplateParameter(String name, String description, ParameterType type, boolean required,
      Object defaultValue, List<String> choices, String pattern, String reserved) {
    this(name, description, type, required, defaultValue, choices, pattern, reserved, List.of());
  }

  /** A parameter without {@code reserved} values. */
  public TemplateParameter(String name, String description, ParameterType type, boolean required,
      Object defaultValue, List<String> choices, String pattern) {
    this(name, description, type, required, defaultValue, choices, pattern, null, List.of());
  }

  public boolean hasDefault() {
    return defaultValue != null;
  }
}
