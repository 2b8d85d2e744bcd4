package systems.tasker.cli.plugin;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * TOML text for the small files tasker-cli writes or edits itself: the answers file, the
 * {@code [[remotes]]} tables of a configuration file.
 */
public final class TomlText {

  private TomlText() {}

  /** A bare key when it may be one, else a quoted key. */
  public static String key(String key) {
    return key.matches("[A-Za-z0-9_-]+") ? key : string(key);
  }

  /** A string, boolean, integer or list of strings as a TOML value. */
  public static String value(Object value) {
    if (value instanceof Boolean || value instanceof Long || value instanceof Integer) {
      return value.toString();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(TomlText::value).collect(Collectors.joining(", ", "[", "]"));
    }
    return string(String.valueOf(value));
  }

  /** {@code text} as a TOML basic string: quoted, with quotes, backslashes and controls escaped. */
  public static String string(String text) {
    Objects.requireNonNull(text, "text");
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
