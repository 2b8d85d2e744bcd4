package systems.tasker.cli.engine;

import java.util.List;
import java.util.stream.Collectors;

/** TOML literals for the small files the engine writes itself (the answers file). */
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
    StringBuilder quoted = new StringBuilder("\"");
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        case '\r' -> quoted.append("\\r");
        default -> {
          if (cp < 0x20 || cp == 0x7f) {
            quoted.append(String.format("\\u%04X", cp));
          } else {
            quoted.appendCodePoint(cp);
          }
        }
      }
    });
    return quoted.append('"').toString();
  }
}
