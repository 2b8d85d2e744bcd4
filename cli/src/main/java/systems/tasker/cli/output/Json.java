package systems.tasker.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import systems.tasker.cli.discovery.SearchPath;
import systems.tasker.cli.plugin.Diagnostic;

/**
 * JSON output: ordered maps and lists written with two-space indentation and "\n" line ends on
 * every platform. The shapes are those of docs/architecture.md, and only ever grow. Written with
 * jackson-core's streaming generator: an {@code ObjectMapper} would load several hundred classes
 * of data binding for what is a walk over maps and lists.
 */
public final class Json {

  private Json() {}

  /**
   * JSON escapes C0 controls anyway; these escapes cover the rest of what {@link TerminalText}
   * refuses (DEL, C1, bidirectional controls), so JSON printed on a terminal is as safe as text
   * and still means the same to a parser.
   */
  private static final CharacterEscapes TERMINAL_SAFE = new CharacterEscapes() {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    {
      ascii[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return TerminalText.isUnsafe(ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
  };

  /** An insertion-ordered object, built with {@link Obj#put}. */
  public static final class Obj {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    public Obj put(String key, Object value) {
      fields.put(key, value instanceof Path path ? path.toString() : value);
      return this;
    }

    Map<String, Object> fields() {
      return fields;
    }
  }

  public static Obj obj() {
    return new Obj();
  }

  /**
   * The JSON text of {@code value}: an {@link Obj} or map, a list or other iterable, a string,
   * number, boolean, path or null; anything else is written as its string.
   */
  public static String write(Object value) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      json.setCharacterEscapes(TERMINAL_SAFE);
      json.setPrettyPrinter(printer);
      write(json, value);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return text.toString();
  }

  private static void write(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Obj obj) {
      writeFields(json, obj.fields());
    } else if (value instanceof Map<?, ?> map) {
      writeFields(json, map);
    } else if (value instanceof Iterable<?> items) {
      json.writeStartArray();
      for (Object item : items) {
        write(json, item);
      }
      json.writeEndArray();
    } else if (value instanceof Boolean bool) {
      json.writeBoolean(bool);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      json.writeNumber(((Number) value).doubleValue());
    } else if (value instanceof BigDecimal decimal) {
      json.writeNumber(decimal);
    } else if (value instanceof BigInteger integer) {
      json.writeNumber(integer);
    } else {
      json.writeString(value.toString());
    }
  }

  private static void writeFields(JsonGenerator json, Map<?, ?> fields) throws IOException {
    json.writeStartObject();
    for (Map.Entry<?, ?> field : fields.entrySet()) {
      json.writeFieldName(String.valueOf(field.getKey()));
      write(json, field.getValue());
    }
    json.writeEndObject();
  }

  /** A diagnostic as {@code plugin validate --format json} shows it (docs/architecture.md). */
  public static Obj diagnostic(Diagnostic diagnostic) {
    return obj()
        .put("severity", diagnostic.severity().label())
        .put("code", diagnostic.code())
        .put("file", diagnostic.file() == null ? null : diagnostic.file().toString())
        .put("line", diagnostic.line())
        .put("column", diagnostic.column())
        .put("message", diagnostic.message())
        .put("hint", diagnostic.hint());
  }

  /** Each diagnostic as JSON. */
  public static List<Obj> diagnostics(List<Diagnostic> diagnostics) {
    List<Obj> list = new ArrayList<>();
    diagnostics.forEach(d -> list.add(diagnostic(d)));
    return list;
  }

  /** The plugin search paths, as {@code plugin list} and {@code config show} both print them. */
  public static List<Obj> searchPaths(List<SearchPath> paths) {
    List<Obj> list = new ArrayList<>();
    for (SearchPath path : paths) {
      list.add(obj()
          .put("path", path.path().toString())
          .put("source", path.sourceLabel())
          .put("exists", path.exists())
          .put("kind", path.kind().label())
          .put("from_project", path.fromProject()));
    }
    return list;
  }
}
