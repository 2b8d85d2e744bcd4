package systems.tasker.cli.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template engine's messages in plain words for a plugin's author: no token names
 * ({@code EXECUTE_END}), no Java class names, no engine jargon.
 */
final class EngineMessages {

  private static final Pattern UNEXPECTED =
      Pattern.compile("Unexpected token \"(\\w+)\"(?: of value \"(.*?)\")?");
  private static final Pattern UNEXPECTED_VALUE =
      Pattern.compile("Unexpected token of value \"(.*?)\" and type \\w+");
  private static final Pattern UNENDED =
      Pattern.compile("Unexpected end of template\\. Pebble was looking for the \"(\\w+)\" tag");
  private static final Pattern UNCLOSED = Pattern.compile("Unclosed \"(.*?)\"");
  private static final Pattern CLASS_NAME =
      Pattern.compile("\\b(?:io\\.pebbletemplates|java|javax|jdk|sun)(?:\\.\\w+)+\\b");

  private EngineMessages() {}

  private static String notExpected(String value) {
    return "'" + value + "' is not expected there" + (value.equals("=") ? " (compare with ==)" : "");
  }

  /**
   * {@code message} in plain words: the engine's jargon translated, class names left out, its
   * first line only; any other message as it is.
   */
  static String plain(String message) {
    if (message == null || message.isBlank()) {
      return "it is not valid";
    }
    String text = message.lines().findFirst().orElse("").strip();
    Matcher unexpected = UNEXPECTED.matcher(text);
    if (unexpected.find()) {
      String token = unexpected.group(1);
      String value = unexpected.group(2);
      return token.endsWith("_END") || token.equals("EOF") || value == null
          ? "it ends too early (an operand or a closing bracket is missing)"
          : notExpected(value);
    }
    Matcher unexpectedValue = UNEXPECTED_VALUE.matcher(text);
    if (unexpectedValue.find()) {
      return notExpected(unexpectedValue.group(1));
    }
    Matcher unclosed = UNCLOSED.matcher(text);
    if (unclosed.find()) {
      return "a '" + unclosed.group(1) + "' is not closed";
    }
    Matcher unended = UNENDED.matcher(text);
    if (unended.find()) {
      return "the template ends before its {% " + unended.group(1) + " %}";
    }
    if (text.startsWith("Wrong operand(s) type")) {
      return "it does not give true or false (does it compare text with a number, or use a"
          + " value that is neither?)";
    }
    text = CLASS_NAME.matcher(text).replaceAll("a value");
    return text.isEmpty() ? "it is not valid" : text;
  }
}
