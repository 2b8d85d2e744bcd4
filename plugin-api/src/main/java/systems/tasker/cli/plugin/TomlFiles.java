package systems.tasker.cli.plugin;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/** Reads TOML files into Jackson trees, turning every failure into a positioned diagnostic. */
public final class TomlFiles {

  // The factory, not a TomlMapper: an ObjectMapper loads and initialises some 300 classes of
  // data-binding machinery that reading a small file into a tree never uses (start-up, see
  // docs/performance.md).
  private static final TomlFactory FACTORY = new TomlFactory();

  private TomlFiles() {}

  /**
   * The parsed document and its source text, or the one diagnostic that says why there is none.
   *
   * @param document the root table, or {@code null} when the file could not be read or parsed
   * @param source the file's text, or {@code null} when it could not be read
   * @param diagnostics empty when the file parsed
   */
  public record Parsed(ObjectNode document, String source, List<Diagnostic> diagnostics) {
    public Parsed {
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
      return document != null;
    }

    /**
     * Where the key at {@code path} is written ({@code profiles.dev.plugin-paths}, {@code
     * remotes[0].url}), else its nearest written parent; {@code null} without a source.
     */
    public SourcePosition keyAt(String path) {
      return source == null ? null : TomlKeyLocator.scan(source).key(path);
    }

    /** Where the value of the key at {@code path} starts; falls back like {@link #keyAt}. */
    public SourcePosition valueAt(String path) {
      return source == null ? null : TomlKeyLocator.scan(source).value(path);
    }
  }

  /**
   * The largest TOML file read. Manifests, {@code template.toml} files and configuration files are
   * a few KiB; the cap keeps a hostile file (a link to {@code /dev/zero}, a sparse giant) from
   * exhausting memory.
   */
  public static final int MAX_BYTES = 1 << 20;

  private static final String BYTE_ORDER_MARK = "\uFEFF";

  /** The TOML files tasker-cli reads, each with the codes of its three ways to fail. */
  public enum Kind {
    MANIFEST(DiagnosticCodes.MANIFEST_MISSING, DiagnosticCodes.MANIFEST_UNREADABLE,
        DiagnosticCodes.MANIFEST_SYNTAX),
    TEMPLATE_TOML(DiagnosticCodes.TEMPLATE_TOML_MISSING, DiagnosticCodes.TEMPLATE_TOML_UNREADABLE,
        DiagnosticCodes.TEMPLATE_TOML_SYNTAX),
    CONFIG(DiagnosticCodes.CONFIG_MISSING, DiagnosticCodes.CONFIG_UNREADABLE,
        DiagnosticCodes.CONFIG_SYNTAX);

    private final String missing;
    private final String unreadable;
    private final String syntax;

    Kind(String missing, String unreadable, String syntax) {
      this.missing = missing;
      this.unreadable = unreadable;
      this.syntax = syntax;
    }

    /** The code of a file that does not exist. */
    public String missing() {
      return missing;
    }
  }

  /**
   * Reads and parses {@code file}. A missing file, an unreadable one and a syntax error each
   * become one error diagnostic with the code {@code kind} gives it. Only a regular file
   * (after following links) of at most {@link #MAX_BYTES} is read: a FIFO would block the read
   * forever and a device would never end.
   */
  public static Parsed parse(Path file, Kind kind) {
    String source;
    try {
      source = readRegularFile(file);
    } catch (NoSuchFileException e) {
      return failed(
          null,
          Diagnostic.error(
              kind.missing, file, null, "file not found", "create " + file.getFileName()));
    } catch (RefusedFileException e) {
      return failed(null, Diagnostic.error(kind.unreadable, file, null,
          e.getMessage(), e.hint));
    } catch (NotUtf8Exception e) {
      return failed(null, Diagnostic.error(kind.unreadable, file, e.at,
          e.getMessage(), "save the file as UTF-8"));
    } catch (IOException | java.io.UncheckedIOException e) {
      return failed(
          null,
          Diagnostic.error(
              kind.unreadable,
              file,
              null,
              "cannot read file: " + e.getMessage(),
              "check that the file is readable UTF-8 text"));
    }
    return parseText(file, source, kind);
  }

  /** A file that exists but is not one we read. */
  private static final class RefusedFileException extends IOException {
    private final String hint;

    RefusedFileException(String message, String hint) {
      super(message);
      this.hint = hint;
    }
  }

  /** A file whose bytes are not UTF-8, with where the first bad byte is. */
  private static final class NotUtf8Exception extends IOException {
    private final transient SourcePosition at;

    NotUtf8Exception(long byteNumber, SourcePosition at) {
      super("not UTF-8 at byte " + byteNumber);
      this.at = at;
    }
  }

  private static String readRegularFile(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (!attributes.isRegularFile()) {
      throw new RefusedFileException(
          (attributes.isDirectory() ? "a directory" : "a FIFO, device or socket")
              + " where a regular file was expected; not read",
          "replace it by a regular TOML file");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw new RefusedFileException("larger than " + (MAX_BYTES >> 20) + " MiB; not read",
          "a TOML file of tasker-cli is a few KiB; check that this is the right file");
    }
    return decode(bytes);
  }

  /**
   * {@code bytes} as UTF-8 text; the first byte that is not UTF-8 is reported by its 1-based
   * number and its line and column (in characters, as positions count them).
   *
   * @throws IOException saying {@code not UTF-8 at byte N}, never the decoder's own words
   */
  public static String decode(byte[] bytes) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(in, out, true);
    if (result.isError()) {
      out.flip();
      String before = out.toString();
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      int column = before.length() - before.lastIndexOf('\n');
      throw new NotUtf8Exception(in.position() + 1L, SourcePosition.at(line, column));
    }
    out.flip();
    return out.toString();
  }

  /** Parses {@code source}, reporting problems against {@code file}. */
  public static Parsed parseText(Path file, String text, Kind kind) {
    // A byte order mark is allowed before a TOML document; the parser does not skip it.
    String source = text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
    try {
      ObjectNode tree;
      try (JsonParser parser = FACTORY.createParser(source)) {
        JsonToken first = parser.nextToken();
        tree = first == JsonToken.START_OBJECT
            ? (ObjectNode) readValue(parser, first)
            : JsonNodeFactory.instance.objectNode();
      }
      return new Parsed(tree, source, List.of());
    } catch (JsonProcessingException e) {
      SourcePosition at = syntaxErrorAt(source, e.getLocation());
      return failed(
          source,
          Diagnostic.error(
              kind.syntax,
              file,
              at,
              "TOML syntax error: " + e.getOriginalMessage(),
              "fix the TOML syntax (see https://toml.io)"));
    } catch (IOException e) {
      // Reading from a String fails only by a syntax error; anything else is a bug.
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Where a syntax error is. The parser notices some mistakes only at the next line or at the end
   * of the file (an unclosed {@code [[templates]} on the last line); such a position is moved back
   * to just after the last character written before it, on the line that has the mistake.
   */
  static SourcePosition syntaxErrorAt(String source, JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return null;
    }
    SourcePosition reported =
        SourcePosition.at(location.getLineNr(), Math.max(1, location.getColumnNr()));
    long offset = location.getCharOffset();
    if (offset < 0 || offset > source.length()) {
      return reported;
    }
    int at = (int) offset;
    int lineStart = source.lastIndexOf('\n', at - 1) + 1;
    if (at < source.length() && !source.substring(lineStart, at).isBlank()) {
      return reported;
    }
    int last = at - 1;
    while (last >= 0 && Character.isWhitespace(source.charAt(last))) {
      last--;
    }
    if (last < 0) {
      return reported;
    }
    String before = source.substring(0, last + 1);
    int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
    return SourcePosition.at(line, before.length() - before.lastIndexOf('\n'));
  }

  /** The value whose first token is {@code token}, as a tree node. */
  private static JsonNode readValue(JsonParser parser, JsonToken token) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        for (JsonToken next = parser.nextToken(); next == JsonToken.FIELD_NAME; next = parser.nextToken()) {
          String name = parser.currentName();
          object.set(name, readValue(parser, parser.nextToken()));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
          array.add(readValue(parser, next));
        }
        return array;
      }
      case VALUE_STRING -> {
        return nodes.textNode(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? nodes.numberNode(parser.getBigIntegerValue())
            : nodes.numberNode(parser.getLongValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return nodes.numberNode(parser.getDoubleValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return nodes.nullNode();
      }
      default -> {
        // Dates and times arrive as embedded objects; the model only ever shows them as text.
        Object embedded = parser.getEmbeddedObject();
        return nodes.textNode(embedded == null ? parser.getText() : embedded.toString());
      }
    }
  }

  private static Parsed failed(String source, Diagnostic diagnostic) {
    return new Parsed(null, source, List.of(diagnostic));
  }
}
