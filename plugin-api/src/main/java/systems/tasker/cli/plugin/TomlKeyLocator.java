package systems.tasker.cli.plugin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the line and column of keys and values in TOML source text.
 *
 * <p>Jackson's TOML parser builds a tree and keeps no token locations, so diagnostics about a key
 * would otherwise have no position. This scanner only ever sees text that already parsed, so it
 * is lenient: it follows table headers ({@code [a.b]}, {@code [[a]]}), {@code key = value} lines
 * (bare, quoted and dotted keys), inline tables and arrays (which may span lines), and skips
 * strings and comments so that their content is never mistaken for structure.
 *
 * <p>Paths use TOML's own dotted-key syntax plus {@code [n]} for array elements:
 * {@code plugin.name}, {@code templates.step-handler.path}, {@code templates[1].path},
 * {@code plugin.languages[0]}. Build them with {@link #child} and {@link #element} so keys that
 * need quotes get them. Columns count characters, 1-based.
 */
final class TomlKeyLocator {

  private static final Pattern BARE_KEY = Pattern.compile("[A-Za-z0-9_-]+");
  private static final SourcePosition START = SourcePosition.at(1, 1);

  /** Where a key (or table header) starts and where its value starts; value is null for tables. */
  private record Spot(SourcePosition key, SourcePosition value) {}

  private final Map<String, Spot> spots = new HashMap<>();

  private TomlKeyLocator() {}

  /** Scans {@code source}, which must be text that already parsed as TOML. */
  static TomlKeyLocator scan(String source) {
    TomlKeyLocator locator = new TomlKeyLocator();
    new Scanner(source, locator).document();
    return locator;
  }

  /** The path of key {@code key} inside the table at {@code parent} ({@code ""} is the root). */
  static String child(String parent, String key) {
    String segment = BARE_KEY.matcher(key).matches() ? key : quote(key);
    return parent.isEmpty() ? segment : parent + "." + segment;
  }

  /** The path of element {@code index} of the array at {@code parent}. */
  static String element(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** Whether the key (or table) at {@code path} is written in the text. */
  boolean has(String path) {
    return spots.containsKey(path);
  }

  /**
   * Where the key at {@code path} starts; for a key that is not written, where its nearest written
   * ancestor (key or table header) starts; 1:1 when none is.
   */
  SourcePosition key(String path) {
    for (String candidate = path; candidate != null; candidate = parent(candidate)) {
      Spot spot = spots.get(candidate);
      if (spot != null) {
        return spot.key();
      }
    }
    return START;
  }

  /** Where the value of the key at {@code path} starts; falls back like {@link #key}. */
  SourcePosition value(String path) {
    Spot spot = spots.get(path);
    return spot != null && spot.value() != null ? spot.value() : key(path);
  }

  private void record(String path, SourcePosition key, SourcePosition value) {
    Spot existing = spots.get(path);
    // The first mention of a table wins (its header); a key written later with a value replaces
    // a bare mention made by a dotted prefix, so values always point at the value itself.
    if (existing == null || (existing.value() == null && value != null)) {
      spots.put(path, new Spot(key, value));
    }
  }

  private static String quote(String key) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : key.toCharArray()) {
      if (c == '"' || c == '\\') {
        quoted.append('\\');
      }
      quoted.append(c);
    }
    return quoted.append('"').toString();
  }

  /** The path one level up, or {@code null} for a top-level key. */
  static String parent(String path) {
    List<Integer> cuts = new ArrayList<>();
    boolean quoted = false;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (quoted) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == '.' || c == '[') {
        cuts.add(i);
      }
    }
    return cuts.isEmpty() ? null : path.substring(0, cuts.get(cuts.size() - 1));
  }

  /** A one-pass reader over the source that records every key it meets. */
  private static final class Scanner {
    private final String text;
    private final TomlKeyLocator out;
    private final Map<String, Integer> arrayLengths = new HashMap<>();
    private int pos;
    private int line = 1;
    private int column = 1;

    Scanner(String text, TomlKeyLocator out) {
      this.text = text;
      this.out = out;
      if (text.startsWith("\uFEFF")) {
        pos = 1;
      }
    }

    void document() {
      String table = "";
      while (!atEnd()) {
        skipBlanks();
        char c = peek();
        if (c == '\n' || c == '\r') {
          advance();
        } else if (c == '#') {
          skipLine();
        } else if (c == '[') {
          table = header();
          skipLine();
        } else {
          keyValue(table);
          skipLine();
        }
      }
    }

    /** Reads {@code [a.b]} or {@code [[a.b]]} and returns the path of the table it opens. */
    private String header() {
      SourcePosition at = here();
      advance();
      boolean arrayOfTables = !atEnd() && peek() == '[';
      if (arrayOfTables) {
        advance();
      }
      List<String> keys = new ArrayList<>();
      for (Part part : key()) {
        keys.add(part.name());
      }
      String path = "";
      for (int i = 0; i < keys.size(); i++) {
        path = child(path, keys.get(i));
        boolean last = i == keys.size() - 1;
        if (last && arrayOfTables) {
          out.record(path, at, null);
          int index = arrayLengths.merge(path, 1, Integer::sum) - 1;
          path = element(path, index);
        } else if (arrayLengths.containsKey(path)) {
          // [a.b] after [[a]] means b inside the last element of a.
          path = element(path, arrayLengths.get(path) - 1);
        }
        out.record(path, at, null);
      }
      return path;
    }

    private void keyValue(String table) {
      List<Part> parts = key();
      if (parts.isEmpty()) {
        return;
      }
      String path = table;
      for (int i = 0; i < parts.size() - 1; i++) {
        path = child(path, parts.get(i).name());
        out.record(path, parts.get(i).at(), null);
      }
      Part last = parts.get(parts.size() - 1);
      path = child(path, last.name());
      skipBlanks();
      if (atEnd() || peek() != '=') {
        return;
      }
      advance();
      skipBlanks();
      SourcePosition valueAt = here();
      out.record(path, last.at(), valueAt);
      value(path);
    }

    private void value(String path) {
      if (atEnd()) {
        return;
      }
      char c = peek();
      if (c == '"' || c == '\'') {
        string();
      } else if (c == '[') {
        array(path);
      } else if (c == '{') {
        inlineTable(path);
      } else {
        while (!atEnd() && " \t\r\n,]}#".indexOf(peek()) < 0) {
          advance();
        }
      }
    }

    private void array(String path) {
      advance();
      int index = 0;
      while (!atEnd()) {
        skipBlanksNewlinesAndComments();
        if (atEnd() || peek() == ']') {
          break;
        }
        if (peek() == ',') {
          advance();
          continue;
        }
        int before = pos;
        SourcePosition at = here();
        String elementPath = element(path, index++);
        out.record(elementPath, at, at);
        value(elementPath);
        if (pos == before) {
          advance();
        }
      }
      if (!atEnd()) {
        advance();
      }
    }

    private void inlineTable(String path) {
      advance();
      while (!atEnd()) {
        skipBlanks();
        if (atEnd() || peek() == '}' || peek() == '\n') {
          break;
        }
        if (peek() == ',') {
          advance();
          continue;
        }
        int before = pos;
        keyValue(path);
        if (pos == before) {
          advance();
        }
      }
      if (!atEnd() && peek() == '}') {
        advance();
      }
    }

    /** A dotted key, each part with where it starts; leaves the cursor after the last part. */
    private List<Part> key() {
      List<Part> parts = new ArrayList<>();
      while (!atEnd()) {
        skipBlanks();
        if (atEnd()) {
          break;
        }
        SourcePosition at = here();
        char c = peek();
        String name;
        if (c == '"' || c == '\'') {
          name = quotedKey(c);
        } else {
          int start = pos;
          while (!atEnd() && " \t\r\n.=]#".indexOf(peek()) < 0) {
            advance();
          }
          name = text.substring(start, pos);
        }
        if (name.isEmpty() && c != '"' && c != '\'') {
          break;
        }
        parts.add(new Part(name, at));
        skipBlanks();
        if (atEnd() || peek() != '.') {
          break;
        }
        advance();
      }
      return parts;
    }

    private String quotedKey(char quote) {
      advance();
      StringBuilder name = new StringBuilder();
      while (!atEnd() && peek() != quote && peek() != '\n') {
        char c = peek();
        advance();
        if (c == '\\' && quote == '"' && !atEnd()) {
          name.append(unescape());
        } else {
          name.append(c);
        }
      }
      if (!atEnd() && peek() == quote) {
        advance();
      }
      return name.toString();
    }

    private String unescape() {
      char c = peek();
      advance();
      switch (c) {
        case 'n':
          return "\n";
        case 't':
          return "\t";
        case 'r':
          return "\r";
        case 'b':
          return "\b";
        case 'f':
          return "\f";
        case 'u':
        case 'U':
          int digits = c == 'u' ? 4 : 8;
          int end = Math.min(text.length(), pos + digits);
          String hex = text.substring(pos, end);
          while (pos < end) {
            advance();
          }
          try {
            return new String(Character.toChars(Integer.parseInt(hex, 16)));
          } catch (IllegalArgumentException e) {
            return hex;
          }
        default:
          return String.valueOf(c);
      }
    }

    private void string() {
      char quote = peek();
      boolean multiline = text.startsWith(String.valueOf(quote).repeat(3), pos);
      int quotes = multiline ? 3 : 1;
      for (int i = 0; i < quotes; i++) {
        advance();
      }
      String close = String.valueOf(quote).repeat(quotes);
      while (!atEnd() && !text.startsWith(close, pos)) {
        if (!multiline && peek() == '\n') {
          return;
        }
        if (peek() == '\\' && quote == '"') {
          advance();
        }
        if (!atEnd()) {
          advance();
        }
      }
      for (int i = 0; i < quotes && !atEnd(); i++) {
        advance();
      }
      // A multi-line string may end with up to two extra quotes that belong to its content.
      while (multiline && !atEnd() && peek() == quote) {
        advance();
      }
    }

    private void skipBlanks() {
      while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
        advance();
      }
    }

    private void skipBlanksNewlinesAndComments() {
      while (!atEnd()) {
        char c = peek();
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
          advance();
        } else if (c == '#') {
          while (!atEnd() && peek() != '\n') {
            advance();
          }
        } else {
          return;
        }
      }
    }

    private void skipLine() {
      while (!atEnd() && peek() != '\n') {
        advance();
      }
      if (!atEnd()) {
        advance();
      }
    }

    private boolean atEnd() {
      return pos >= text.length();
    }

    private char peek() {
      return text.charAt(pos);
    }

    private void advance() {
      char c = text.charAt(pos++);
      if (c == '\n') {
        line++;
        column = 1;
      } else if (c != '\r' && !Character.isLowSurrogate(c)) {
        column++;
      }
    }

    private SourcePosition here() {
      return SourcePosition.at(line, column);
    }
  }

  private record Part(String name, SourcePosition at) {}
}
