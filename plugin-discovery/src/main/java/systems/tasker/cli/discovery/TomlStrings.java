package systems.tasker.cli.discovery;

import java.util.Objects;

/** TOML basic strings, as tasker-cli writes them into the TOML files it edits or creates. */
public final class TomlStrings {

  private TomlStrings() {}

  /** {@code text} as a TOML basic string: quoted, with quotes, backslashes and controls escaped. */
  public static String quoted(String text) {
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
