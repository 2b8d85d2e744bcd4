package systems.tasker.cli.output;

/**
 * Text from untrusted sources (plugin metadata, parameter values, a cloned repository's
 * configuration, file names), made safe to print on a terminal: the one sanitiser every command
 * uses before text reaches stdout or stderr.
 *
 * <p>A terminal obeys escape sequences (ESC, and the 8-bit C1 controls such as CSI U+009B): a
 * plugin could clear the screen, retitle the window or hide text. A carriage return or backspace
 * can overwrite what was printed, and the Unicode bidirectional controls reorder it (the "Trojan
 * Source" trick). Each such character is shown as a visible {@code \\uXXXX} instead, so nothing is
 * hidden and nothing is obeyed. Our own colours are added after sanitising.
 */
public final class TerminalText {

  private TerminalText() {}

  /** {@code text} as one line: every control character escaped, newlines and tabs included. */
  public static String line(String text) {
    return escape(text, false);
  }

  /**
   * {@code text} that may span lines: like {@link #line}, but newlines and tabs are kept (they
   * move the cursor forward only, and cannot hide anything printed before).
   */
  public static String lines(String text) {
    return escape(text, true);
  }

  /** Whether {@code text} needs no escaping: a plain loop, as every cell of a listing passes here. */
  private static boolean isSafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      // Every unsafe code point is in the Basic Multilingual Plane, so chars suffice.
      if (isUnsafe(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a terminal could act on {@code codePoint} rather than show it. */
  public static boolean isUnsafe(int codePoint) {
    return codePoint < 0x20
        || (codePoint >= 0x7f && codePoint <= 0x9f)
        || codePoint == 0x061c
        || codePoint == 0x200e
        || codePoint == 0x200f
        || (codePoint >= 0x2028 && codePoint <= 0x202e)
        || (codePoint >= 0x2066 && codePoint <= 0x2069);
  }

  private static String escape(String text, boolean keepLineBreaks) {
    if (text == null || isSafe(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      if (!isUnsafe(c) || (keepLineBreaks && (c == '\n' || c == '\t'))) {
        out.appendCodePoint(c);
      } else {
        out.append(String.format("\\u%04x", c));
      }
    });
    return out.toString();
  }
}
