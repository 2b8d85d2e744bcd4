package systems.tasker.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import systems.tasker.cli.discovery.SearchPath;
import systems.tasker.cli.plugin.Diagnostic;

/**
 * JSON output: ordered maps and lists written with two-space indentation and "\n" line ends on
 * every platform. The shapes are those of docs/architecture.md, and only ever grow.
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

  /** The JSON text of {@code value} (an {@link Obj}, list, string, number, boolean or null). */
  public static String write(Object value) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    printer = printer.withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      ObjectMapper mapper = new ObjectMapper();
      mapper.getFactory().setCharacterEscapes(TERMINAL_SAFE);
      return mapper
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .writer(printer)
          .writeValueAsString(plain(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }

  private static Object plain(Object value) {
    if (value instanceof Obj obj) {
      Map<String, Object> copy = new LinkedHashMap<>();
      obj.fields().forEach((key, field) -> copy.put(key, plain(field)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(item -> copy.add(plain(item)));
      return copy;
    }
    if (value instanceof Path path) {
      return path.toString();
    }
    return value;
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
