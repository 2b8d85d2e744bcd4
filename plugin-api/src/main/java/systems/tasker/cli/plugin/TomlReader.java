package systems.tasker.cli.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The skeleton of the readers of a plugin's TOML files ({@link ManifestReader},
 * {@link TemplateMetadataReader}): a file found in its directory is read only when it stays inside
 * it; it is parsed (a missing, unreadable or broken file is a diagnostic, never an exception); a
 * file that parsed becomes a model together with every problem of its own rules.
 *
 * @param <T> the model
 */
abstract class TomlReader<T> {

  /**
   * A file as read, with what the validator needs to point into it.
   *
   * @param result the model (when the file parsed) and every problem
   * @param source the parsed file, or {@code null} when it did not parse
   * @param entries the entries the validator checks further (templates, outputs), in model order
   */
  record Loaded<T>(ReadResult<T> result, TomlSource source, List<TomlEntry> entries) {}

  private final TomlFiles.Kind kind;
  private final String fileName;
  private final String escapesCode;
  private final String directoryName;

  /**
   * @param kind which file it is, for the codes of a file that cannot be read
   * @param fileName the name the file has in its directory
   * @param escapesCode the code of a file that is a link leading out of its directory
   * @param directoryName the directory, in that code's message ("the plugin directory")
   */
  TomlReader(TomlFiles.Kind kind, String fileName, String escapesCode, String directoryName) {
    this.kind = kind;
    this.fileName = fileName;
    this.escapesCode = escapesCode;
    this.directoryName = directoryName;
  }

  /**
   * Reads {@code file}. The result has a model whenever the file parsed, even when it breaks
   * rules; it has none when the file is missing, unreadable or not TOML. Check
   * {@link ReadResult#hasErrors()} before using it.
   */
  public ReadResult<T> read(Path file) {
    return load(file).result();
  }

  /** The file in {@code directory}; one that is a link leading outside the directory is not read. */
  Loaded<T> loadIn(Path directory) {
    Path file = directory.resolve(fileName);
    if (PluginPaths.leavesFrom(directory, file)) {
      return failed(List.of(Diagnostic.error(escapesCode, file, null,
          fileName + " leads outside " + directoryName + "; not read",
          "replace the symbolic link by the file itself")));
    }
    return load(file);
  }

  Loaded<T> load(Path file) {
    TomlFiles.Parsed parsed = TomlFiles.parse(file, kind);
    if (!parsed.ok()) {
      return failed(parsed.diagnostics());
    }
    return interpret(TomlSource.of(parsed, file));
  }

  /** The model of a file that parsed, with every problem its rules find. */
  abstract Loaded<T> interpret(TomlSource source);

  private Loaded<T> failed(List<Diagnostic> diagnostics) {
    return new Loaded<>(new ReadResult<>(null, diagnostics), null, List.of());
  }

  /**
   * The string value of {@code key}, or {@code ""} when it is absent or not a string (a value of
   * the wrong type is reported by {@link TypedKeys}, and never reaches the model).
   */
  static String text(JsonNode node, String key) {
    JsonNode value = node == null ? null : node.get(key);
    return value == null || !value.isTextual() ? "" : value.asText();
  }

  /** A list key ({@code languages}) or its single-valued twin ({@code language}), as strings. */
  static List<String> stringsOf(JsonNode node, String listKey, String singleKey) {
    List<String> values = new ArrayList<>();
    JsonNode list = node == null ? null : node.get(listKey);
    if (list != null && list.isArray()) {
      list.forEach(item -> {
        if (item.isTextual()) {
          values.add(item.asText());
        }
      });
    } else if (list != null && list.isTextual()) {
      values.add(list.asText());
    }
    JsonNode single = node == null || singleKey == null ? null : node.get(singleKey);
    if (single != null && single.isTextual() && !values.contains(single.asText())) {
      values.add(single.asText());
    }
    return values;
  }
}
