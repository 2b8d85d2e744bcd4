package systems.tasker.cli.command;

import java.util.List;
import java.util.stream.Collectors;
import systems.tasker.cli.discovery.TomlStrings;

/** TOML literals for the small files the CLI writes itself (answers, project config). */
final class TomlText {
  private TomlText() {}

  /** A bare key when it may be one, else a quoted key. */
  static String key(String key) {
    return key.matches("[A-Za-z0-9_-]+") ? key : string(key);
  }

  /** A string, boolean, integer or list of strings as a TOML value. */
  static String value(Object value) {
    if (value instanceof Boolean || value instanceof Long || value instanceof Integer) {
      return value.toString();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(TomlText::value).collect(Collectors.joining(", ", "[", "]"));
    }
    return string(String.valueOf(value));
  }

  private static String string(String text) {
    return TomlStrings.quoted(text);
  }
}
