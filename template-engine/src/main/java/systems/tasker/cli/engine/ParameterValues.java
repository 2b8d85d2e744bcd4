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
   * @param prompter asks for required values nobody supplied, or {@code null} when there is no
   *     one to ask
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

    Map<String, Object> values = new LinkedHashMap<>();
    for (TemplateParameter parameter : metadata.parameters()) {
      Object value;
      if (byName.containsKey(parameter.name())) {
        value = parse(parameter, byName.get(parameter.name()), "");
      } else if (configDefaults.get(parameter.name()) != null) {
        value = convert(parameter, configDefaults.get(parameter.name()), " (from the configuration)");
      } else if (parameter.hasDefault()) {
        value = templateDefault(metadata, parameter);
      } else if (parameter.required() && prompter != null) {
        value = ask(parameter, prompter);
      } else if (parameter.required()) {
        throw new InvalidParameterException(parameter.name(),
            "Missing required parameter '" + parameter.name() + "'" + described(parameter),
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
        ? "This template takes no parameters"
        : "Known parameters: " + String.join(", ", known);
    return new InvalidParameterException(key,
        "Unknown parameter '" + key + "'" + template + Suggestions.didYouMean(key, known), hint);
  }

  private static String described(TemplateParameter parameter) {
    return parameter.description().isEmpty() ? "" : " (" + parameter.description() + ")";
  }

  private static Object ask(TemplateParameter parameter, ParameterPrompter prompter) {
    String problem = null;
    while (true) {
      String answer = prompter.ask(parameter, problem);
      if (answer == null || answer.isBlank()) {
        problem = "A value is required";
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
        checkChoice(parameter, raw, source);
        checkPattern(parameter, raw, source);
        return raw;
      default:
        // a string parameter with choices (dialect A's enum) takes only those
        if (!parameter.choices().isEmpty()) {
          checkChoice(parameter, raw, source);
        }
        checkPattern(parameter, raw, source);
        return raw;
    }
  }

  private static List<String> checkedItems(
      TemplateParameter parameter, List<String> items, String source) {
    for (String item : items) {
      if (!parameter.choices().isEmpty()) {
        checkChoice(parameter, item, source);
      }
      checkPattern(parameter, item, source);
    }
    return List.copyOf(items);
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
        allowed = "Use one of: true, false, yes, no, 1, 0";
        break;
      case INTEGER:
        allowed = "Use a whole number, e.g. 42";
        break;
      case LIST:
        allowed = "Use a TOML array of strings, e.g. [\"a\", \"b\"]";
        break;
      default:
        allowed = "Use a string";
    }
    String article = parameter.type() == ParameterType.INTEGER ? "an " : "a ";
    return new InvalidParameterException(parameter.name(),
        "Parameter '" + parameter.name() + "' must be " + article + parameter.type().label()
            + ", got '" + raw + "'" + source,
        allowed);
  }

  private static void checkChoice(TemplateParameter parameter, String value, String source) {
    if (!parameter.choices().contains(value)) {
      String item = parameter.type() == ParameterType.LIST ? "Each item of parameter '" : "Parameter '";
      throw new InvalidParameterException(parameter.name(),
          item + parameter.name() + "' must be one of " + String.join(", ", parameter.choices())
              + "; got '" + value + "'" + source
              + Suggestions.didYouMean(value, parameter.choices()),
          "Allowed values: " + String.join(", ", parameter.choices()));
    }
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
    String what = parameter.type() == ParameterType.LIST ? "Item '" + value + "' of parameter '"
        + parameter.name() + "' is refused" : "Parameter '" + parameter.name() + "' cannot be '"
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
          "Parameter '" + parameter.name() + "' declares an invalid pattern " + regex + ": "
              + invalid.getMessage(),
          "Fix the pattern in template.toml (run plugin validate); "
              + ParameterPattern.SYNTAX_HINT);
    }
  }
}
