package systems.tasker.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;
import systems.tasker.cli.plugin.Suggestions;

/**
 * A usage error from picocli's parser, said in the project's words: lower-case, choices as they
 * are typed ({@code api}, not {@code API}), options by the name a user types, and no parser
 * vocabulary ("positional parameter at index 0", "(case-insensitive)", Java types).
 *
 * @param message the one-line error
 * @param hint what to do about it, or {@code null} for only the pointer to {@code --help}
 */
record UsageProblem(String message, String hint) {

  private static final Pattern EXCLUSIVE =
      Pattern.compile("Error: (.+) are mutually exclusive \\(specify only one\\)");

  static UsageProblem of(ParameterException exception, CommandLine commandLine) {
    String qualified = commandLine.getCommandSpec().qualifiedName();
    String root = commandLine.getCommandSpec().root().name();
    String command = qualified.startsWith(root + " ") ? qualified.substring(root.length() + 1) : qualified;
    if (exception instanceof UnmatchedArgumentException unmatched) {
      return unmatched(unmatched.getUnmatched(), commandLine);
    }
    if (exception instanceof MissingParameterException missing) {
      return missing(missing, command, qualified);
    }
    if (exception instanceof OverwrittenOptionException twice) {
      return new UsageProblem("option '" + name(twice.getOverwritten()) + "' is given more than once",
          "give it once");
    }
    if (exception instanceof MutuallyExclusiveArgsException) {
      Matcher names = EXCLUSIVE.matcher(String.valueOf(exception.getMessage()));
      if (names.matches()) {
        return new UsageProblem(names.group(1).replace(", ", " and ") + " cannot be used together",
            "give only one of them");
      }
    }
    ArgSpec arg = exception.getArgSpec();
    String value = exception.getValue();
    if (arg != null && value != null) {
      return invalidValue(exception, arg, value, command);
    }
    return new UsageProblem(lowerCaseStart(String.valueOf(exception.getMessage())), null);
  }

  /**
   * "unknown command 'plugn', did you mean 'plugin'?" for a mistyped subcommand, "unknown option
   * '--languge', did you mean '--language'?" for a mistyped option.
   */
  static UsageProblem unmatched(List<String> args, CommandLine commandLine) {
    String first = args.isEmpty() ? "" : args.get(0);
    // Hidden commands (the completion helper) are not offered.
    Set<String> commands = new LinkedHashSet<>();
    commandLine.getSubcommands().forEach((name, sub) -> {
      if (!sub.getCommandSpec().usageMessage().hidden()) {
        commands.add(name);
      }
    });
    if (!commands.isEmpty() && !first.startsWith("-")) {
      return new UsageProblem("unknown command '" + first + "'" + didYouMean(first, commands),
          "commands: " + String.join(", ", commands));
    }
    if (first.startsWith("-")) {
      String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
      return new UsageProblem("unknown option '" + name + "'"
          + didYouMean(name, optionNames(commandLine)), null);
    }
    return new UsageProblem("unexpected argument '" + first + "'", null);
  }

  /** Whether {@code arg} is an option {@code commandLine} does not have but one of its own is close to. */
  static boolean isMistyped(String arg, CommandLine commandLine) {
    String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
    List<String> options = optionNames(commandLine);
    return arg.startsWith("-") && !options.contains(name)
        && Suggestions.closest(name, options).isPresent();
  }

  /** Every name of every option of {@code commandLine}'s command, hidden ones included. */
  static List<String> optionNames(CommandLine commandLine) {
    List<String> options = new ArrayList<>();
    commandLine.getCommandSpec().options().forEach(option -> options.addAll(List.of(option.names())));
    return options;
  }

  /** ", did you mean 'x'?" when one of {@code known} is close to {@code typed}, else nothing. */
  static String didYouMean(String typed, java.util.Collection<String> known) {
    return Suggestions.closest(typed, known).map(name -> ", did you mean '" + name + "'?").orElse("");
  }

  private static UsageProblem missing(MissingParameterException missing, String command,
      String qualified) {
    List<ArgSpec> args = missing.getMissing();
    ArgSpec first = args.isEmpty() ? null : args.get(0);
    if (first instanceof OptionSpec option) {
      String message = String.valueOf(missing.getMessage());
      if (message.startsWith("Missing required option")) {
        return new UsageProblem(command + " needs " + option.longestName() + " " + label(option),
            "e.g. " + option.longestName() + " " + example(option));
      }
      return new UsageProblem("option '" + option.longestName() + "' needs a value" + choicesOf(option),
          "e.g. " + option.longestName() + " " + example(option));
    }
    if (first == null) {
      return new UsageProblem(lowerCaseStart(String.valueOf(missing.getMessage())), null);
    }
    // picocli names the first missing argument; the ones after it are missing too
    int from = ((PositionalParamSpec) first).index().min();
    List<String> labels = first.command().positionalParameters().stream()
        .filter(arg -> arg.index().min() >= from && arg.arity().min() > 0)
        .map(UsageProblem::label).toList();
    String needed = labels.size() == 1 ? labels.get(0)
        : String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
    return new UsageProblem(command + " needs " + needed + choicesOf(first),
        "usage: " + qualified + " " + String.join(" ", labels));
  }

  private static UsageProblem invalidValue(ParameterException exception, ArgSpec arg, String value,
      String command) {
    Throwable cause = exception.getCause();
    if (cause instanceof TypeConversionException conversion
        && !String.valueOf(conversion.getMessage()).startsWith("expected one of")) {
      // our converters word their own messages, in the project's voice
      return new UsageProblem("invalid value for " + name(arg) + ": " + conversion.getMessage(), null);
    }
    List<String> choices = choices(arg);
    if (!choices.isEmpty()) {
      return new UsageProblem((arg instanceof OptionSpec ? "" : command + ": ") + name(arg)
          + " must be one of " + String.join(", ", choices) + "; got '"
          + value + "'" + didYouMean(value, choices),
          example(arg, Suggestions.closest(value, choices).orElse(choices.get(0))));
    }
    if (Map.class.isAssignableFrom(arg.type())) {
      return new UsageProblem("option '" + name(arg) + "' takes KEY=VALUE; got '" + value + "'",
          "e.g. " + name(arg) + " name=ProcessPayment");
    }
    return new UsageProblem("invalid value for " + name(arg) + ": '" + value + "'", null);
  }

  /** An option by its longest name; a command argument by its label ({@code SHELL}). */
  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() : label(arg);
  }

  private static String label(ArgSpec arg) {
    String label = arg.paramLabel();
    return label.startsWith("<") && label.endsWith(">") ? label.substring(1, label.length() - 1) : label;
  }

  /** The values of an enum-typed argument as typed (lower case), else none. */
  static List<String> choices(ArgSpec arg) {
    Class<?> type = arg.type();
    if (arg.isMultiValue() && arg.auxiliaryTypes().length > 0) {
      type = arg.auxiliaryTypes()[0];
    }
    if (!type.isEnum()) {
      return List.of();
    }
    return Arrays.stream(type.getEnumConstants())
        .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT)).toList();
  }

  private static String choicesOf(ArgSpec arg) {
    List<String> choices = choices(arg);
    if (choices.isEmpty()) {
      return "";
    }
    return ": " + (choices.size() == 1 ? choices.get(0)
        : String.join(", ", choices.subList(0, choices.size() - 1)) + " or " + choices.get(choices.size() - 1));
  }

  private static String example(OptionSpec option) {
    List<String> choices = choices(option);
    return choices.isEmpty() ? label(option) : choices.get(0);
  }

  private static String example(ArgSpec arg, String choice) {
    return arg instanceof OptionSpec option ? "e.g. " + option.longestName() + " " + choice
        : "e.g. " + choice;
  }

  private static String lowerCaseStart(String message) {
    String text = message.startsWith("Error: ") ? message.substring("Error: ".length()) : message;
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
