package systems.tasker.cli.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import systems.tasker.cli.plugin.ParameterPattern;
import systems.tasker.cli.plugin.ParameterType;
import systems.tasker.cli.plugin.Suggestions;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TemplateMetadata;
import systems.tasker.cli.plugin.TemplateParameter;

/**
 * Resolves the values of a template's parameters from the command line, the configuration, the
 * template's defaults and, for required values still missing, a prompt; and converts each to its
 * declared type.
 */
public final class ParameterValues {

  /** Words and separators only: a value whose case forms may be what the user meant. */
  private static final java.util.regex.Pattern NAME_LIKE =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.-]*");

  private ParameterValues() {}

  /**
   * The typed value of every parameter that has one, in declaration order: a {@code String},
   * {@code Boolean}, {@code Long} or {@code List<String>}. An optional parameter with no value
   * anywhere is left out (templates test it with {@code is defined}).
   *
   * @param metadata the template
   * @param given raw values from the command line ({@code --name X}, {@code --param k=v}); a
   *     {@code -} in a key matches {@code _} in a parameter name
   * @param configDefaults the configuration's {@code [params]}: {@code String}, {@code Boolean},
   *     {@code Long} or {@code List}; keys the template does not declare are ignored, since the
   *     configuration is shared by every template
   * @param prompter asks for required values nobody supplied (and then offers the optional ones
   *     that have only the template's default), or {@code null} when there is no one to ask
   * @throws InvalidParameterException for an unknown parameter, a missing required one, or a
   *     value that does not fit its declaration
   */
  public static Map<String, Object> resolve(
      TemplateMetadata metadata,
      Map<String, String> given,
      Map<String, Object> configDefaults,
      ParameterPrompter prompter) {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(given, "given");
    Objects.requireNonNull(configDefaults, "configDefaults");

    Map<String, String> byName = new LinkedHashMap<>();
    List<String> known = metadata.parameters().stream().map(TemplateParameter::name).toList();
    for (Map.Entry<String, String> entry : given.entrySet()) {
      String name = declaredName(entry.getKey(), known);
      if (name == null) {
        throw unknown(entry.getKey(), metadata, known);
      }
      byName.put(name, Objects.requireNonNull(entry.getValue(), "value of " + entry.getKey()));
    }

    // Once someone is asked for a required value, the optional ones with only the template's
    // default are offered too (Enter takes the default); a run given every required value asks
    // nothing.
    boolean asking = prompter != null && metadata.parameters().stream().anyMatch(parameter ->
        parameter.required() && !parameter.hasDefault() && !byName.containsKey(parameter.name())
            && configDefaults.get(parameter.name()) == null);
    Map<String, Object> values = new LinkedHashMap<>();
    for (TemplateParameter parameter : metadata.parameters()) {
      Object value;
      if (byName.containsKey(parameter.name())) {
        value = parse(parameter, byName.get(parameter.name()), "");
      } else if (configDefaults.get(parameter.name()) != null) {
        value = convert(parameter, configDefaults.get(parameter.name()), " (from the configuration)");
      } else if (parameter.hasDefault() && asking) {
        value = ask(parameter, prompter);
      } else if (parameter.hasDefault()) {
        value = templateDefault(metadata, parameter);
      } else if (parameter.required() && prompter != null) {
        value = ask(parameter, prompter);
      } else if (parameter.required()) {
        throw new InvalidParameterException(parameter.name(),
            "missing required parameter '" + parameter.name() + "'" + described(parameter),
            "pass it as " + OptionNames.optionOf(parameter.name()) + " VALUE or --param "
                + parameter.name() + "=VALUE");
      } else {
        continue;
      }
      values.put(parameter.name(), value);
    }
    return Collections.unmodifiableMap(values);
  }

  private static String declaredName(String key, List<String> known) {
    if (known.contains(key)) {
      return key;
    }
    String underscored = OptionNames.parameterOf(key);
    return known.contains(underscored) ? underscored : null;
  }

  private static InvalidParameterException unknown(
      String key, TemplateMetadata metadata, List<String> known) {
    String template = metadata.name().isEmpty() ? "" : " for template '" + metadata.name() + "'";
    String hint = known.isEmpty()
        ? "this template takes no parameters"
        : "known parameters: " + String.join(", ", known);
    return new InvalidParameterException(key,
        "unknown parameter '" + key + "'" + template + Suggestions.didYouMean(key, known), hint);
  }

  private static String described(TemplateParameter parameter) {
    return parameter.description().isEmpty() ? "" : " (" + parameter.description() + ")";
  }

  private static Object ask(TemplateParameter parameter, ParameterPrompter prompter) {
    String problem = null;
    while (true) {
      String answer = prompter.ask(parameter, problem);
      if ((answer == null || answer.isBlank()) && parameter.hasDefault()) {
        return convert(parameter, parameter.defaultValue(), " (the template's default)");
      }
      if (answer == null || answer.isBlank()) {
        problem = "a value is required";
        continue;
      }
      try {
        return parse(parameter, answer, "");
      } catch (InvalidParameterException refused) {
        problem = refused.getMessage();
      }
    }
  }

  /**
   * The template's own default, converted and checked. One that does not fit its own
   * declaration is the plugin's mistake, not the user's (exit 1): {@code plugin validate}
   * reports it where it is written.
   */
  private static Object templateDefault(TemplateMetadata metadata, TemplateParameter parameter) {
    try {
      return convert(parameter, parameter.defaultValue(), " (the template's default)");
    } catch (InvalidParameterException broken) {
      String template = metadata.name().isEmpty() ? "the template" : "template '"
          + metadata.name() + "'";
      throw new TaskerException(TaskerException.Kind.FAILURE,
          "the default of parameter '" + parameter.name() + "' of " + template
              + " does not fit its own declaration: "
              + Character.toLowerCase(broken.getMessage().charAt(0))
              + broken.getMessage().substring(1),
          "this is a mistake of the plugin: pass " + OptionNames.optionOf(parameter.name())
              + " VALUE to choose a value, and run 'tasker-cli plugin validate' on the plugin");
    }
  }

  /** Converts a typed value from TOML (configuration or template default). */
  private static Object convert(TemplateParameter parameter, Object value, String source) {
    if (value instanceof List<?> list) {
      if (parameter.type() != ParameterType.LIST) {
        throw wrongType(parameter, list.toString(), source);
      }
      List<String> items = new ArrayList<>();
      for (Object item : list) {
        String text = String.valueOf(item).trim();
        if (!text.isEmpty()) {
          items.add(text);
        }
      }
      return checkedItems(parameter, items, source);
    }
    return parse(parameter, String.valueOf(value), source);
  }

  /** Converts a raw string to the parameter's type, then checks choices and pattern. */
  private static Object parse(TemplateParameter parameter, String raw, String source) {
    switch (parameter.type()) {
      case BOOLEAN:
        return parseBoolean(parameter, raw, source);
      case INTEGER:
        Long number = parseInteger(raw.trim());
        if (number == null) {
          throw wrongType(parameter, raw, source);
        }
        checkPattern(parameter, raw.trim(), source);
        return number;
      case LIST:
        List<String> items = new ArrayList<>();
        for (String item : raw.split(",", -1)) {
          if (!item.isBlank()) {
            items.add(item.trim());
          }
        }
        return checkedItems(parameter, items, source);
      case CHOICE:
        String choice = canonicalChoice(parameter, raw, source);
        checkPattern(parameter, choice, source);
        return choice;
      default:
        // a string parameter with choices (dialect A's enum) takes only those
        String value = parameter.choices().isEmpty() ? raw
            : canonicalChoice(parameter, raw, source);
        checkPattern(parameter, value, source);
        return value;
    }
  }

  private static List<String> checkedItems(
      TemplateParameter parameter, List<String> items, String source) {
    List<String> checked = new ArrayList<>();
    for (String item : items) {
      String value = parameter.choices().isEmpty() ? item : canonicalChoice(parameter, item, source);
      checkPattern(parameter, value, source);
      checked.add(value);
    }
    return List.copyOf(checked);
  }

  private static Boolean parseBoolean(TemplateParameter parameter, String raw, String source) {
    switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "true": case "yes": case "1":
        return Boolean.TRUE;
      case "false": case "no": case "0":
        return Boolean.FALSE;
      default:
        throw wrongType(parameter, raw, source);
    }
  }

  private static Long parseInteger(String raw) {
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException notAnInteger) {
      return null;
    }
  }

  private static InvalidParameterException wrongType(
      TemplateParameter parameter, String raw, String source) {
    String allowed;
    switch (parameter.type()) {
      case BOOLEAN:
        allowed = "use one of: true, false, yes, no, 1, 0";
        break;
      case INTEGER:
        allowed = "use a whole number, e.g. 42";
        break;
      case LIST:
        allowed = "use a TOML array of strings, e.g. [\"a\", \"b\"]";
        break;
      default:
        allowed = "use a string";
    }
    String article = parameter.type() == ParameterType.INTEGER ? "an " : "a ";
    return new InvalidParameterException(parameter.name(),
        "parameter '" + parameter.name() + "' must be " + article + parameter.type().label()
            + ", got '" + raw + "'" + source,
        allowed);
  }

  /**
   * The declared choice {@code value} names: itself, else the one choice equal to it ignoring case
   * ({@code API} is {@code api}, as for the command's own options like {@code --type}), so the
   * template always sees a value exactly as declared.
   */
  private static String canonicalChoice(TemplateParameter parameter, String value, String source) {
    if (parameter.choices().contains(value)) {
      return value;
    }
    List<String> ignoringCase = parameter.choices().stream()
        .filter(choice -> choice.equalsIgnoreCase(value)).toList();
    if (ignoringCase.size() == 1) {
      return ignoringCase.get(0);
    }
    String item = parameter.type() == ParameterType.LIST ? "each item of parameter '" : "parameter '";
    throw new InvalidParameterException(parameter.name(),
        item + parameter.name() + "' must be one of " + String.join(", ", parameter.choices())
            + "; got '" + value + "'" + source
            + Suggestions.didYouMean(value, parameter.choices()),
        "allowed values: " + String.join(", ", parameter.choices()));
  }

  /**
   * Refuses a value its parameter's rules, pattern or reserved values refuse. The message says why
   * in the template's words (a rule's message), never with the expression itself, and the hint
   * offers the nearest case form of the value that the parameter accepts ({@code send-receipt}
   * → {@code send_receipt}), else the parameter's description.
   */
  private static void checkPattern(TemplateParameter parameter, String value, String source) {
    Optional<String> refusal = refusal(parameter, value);
    if (refusal.isEmpty()) {
      return;
    }
    String what = parameter.type() == ParameterType.LIST ? "item '" + value + "' of parameter '"
        + parameter.name() + "' is refused" : "parameter '" + parameter.name() + "' cannot be '"
        + value + "'";
    String hint = nearestAccepted(parameter, value).map(near -> "use `" + near + "`"
            + (parameter.description().isEmpty() ? "" : " (" + parameter.description() + ")"))
        .orElse(parameter.description().isEmpty() ? null
            : parameter.name() + ": " + parameter.description());
    throw new InvalidParameterException(parameter.name(),
        what + ": " + refusal.get() + source, hint);
  }

  /** Why the parameter refuses {@code value}: its rules first, then pattern and reserved. */
  private static Optional<String> refusal(TemplateParameter parameter, String value) {
    Optional<String> byRule = ParameterRules.refusal(parameter, value);
    if (byRule.isPresent()) {
      return byRule;
    }
    if (parameter.pattern() != null
        && !compiled(parameter, parameter.pattern()).matchesWhole(value)) {
      return Optional.of("it does not have the form the template expects");
    }
    if (parameter.reserved() != null
        && compiled(parameter, parameter.reserved()).matchesWhole(value)) {
      return Optional.of("the template reserves it");
    }
    return Optional.empty();
  }

  /**
   * The case form of {@code value} ({@code snake_case}, {@code kebab_case}, …) nearest to it
   * that the parameter accepts; empty when none does.
   */
  static Optional<String> nearestAccepted(TemplateParameter parameter, String value) {
    if (!NAME_LIKE.matcher(value).matches()) {
      return Optional.empty(); // free text (a description) has no case forms worth offering
    }
    return CaseConversion.filterNames().stream()
        .map(filter -> CaseConversion.byFilterName(filter).orElseThrow().apply(value))
        .filter(form -> !form.isEmpty() && !form.equals(value))
        .distinct()
        .filter(form -> parameter.choices().isEmpty() || parameter.choices().contains(form))
        .filter(form -> refusal(parameter, form).isEmpty())
        .min(Comparator.comparingInt((String form) -> Suggestions.distance(value, form))
            .thenComparing(Comparator.naturalOrder()));
  }

  /** A plugin's expression, compiled by RE2/J: linear time, whatever the plugin wrote. */
  private static ParameterPattern compiled(TemplateParameter parameter, String regex) {
    try {
      return ParameterPattern.compile(regex);
    } catch (ParameterPattern.InvalidPatternException invalid) {
      throw new TaskerException(TaskerException.Kind.FAILURE,
          "parameter '" + parameter.name() + "' declares an invalid pattern " + regex + ": "
              + invalid.getMessage(),
          "fix the pattern in template.toml (run plugin validate); "
              + ParameterPattern.SYNTAX_HINT);
    }
  }
}
