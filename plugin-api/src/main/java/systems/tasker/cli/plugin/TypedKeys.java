package systems.tasker.cli.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The TOML type each key of a table must have, shared by the rules of the manifest and of
 * {@code template.toml}: one table per kind of table (the keys of {@code [plugin]}, of a
 * parameter, of an output…), checked in one place, so a wrong type is an error at its value
 * whatever the key. The rules then leave a key of the wrong type alone ({@link Checked#wrong}),
 * so it is reported once.
 */
final class TypedKeys {

  /** What a key's value must be. */
  enum Type {
    STRING("a string", "put the value in quotes: KEY = \"…\""),
    BOOLEAN("true or false", "write KEY = true or KEY = false, without quotes"),
    INTEGER("a whole number", "write a number without quotes, e.g. KEY = 3"),
    STRINGS("a list of strings", "write KEY = [\"…\", \"…\"]"),
    STRING_OR_STRINGS("a string or a list of strings", "write KEY = \"…\" or KEY = [\"…\", \"…\"]");

    private final String expected;
    private final String hint;

    Type(String expected, String hint) {
      this.expected = expected;
      this.hint = hint;
    }

    private boolean holds(JsonNode value) {
      return switch (this) {
        case STRING -> value.isTextual();
        case BOOLEAN -> value.isBoolean();
        case INTEGER -> value.isIntegralNumber();
        case STRINGS -> value.isArray();
        case STRING_OR_STRINGS -> value.isArray() || value.isTextual();
      };
    }

    String hint(String key) {
      return hint.replace("KEY", key);
    }
  }

  /** The keys found of the wrong type, by their key path. */
  record Checked(Set<String> wrongPaths) {
    static final Checked NONE = new Checked(Set.of());

    boolean wrong(String path) {
      return wrongPaths.contains(path);
    }
  }

  private TypedKeys() {}

  /** An ordered table of key types: {@code key, type, key, type, …}. */
  static Map<String, Type> of(Object... keysAndTypes) {
    Map<String, Type> types = new LinkedHashMap<>();
    for (int i = 0; i < keysAndTypes.length; i += 2) {
      types.put((String) keysAndTypes[i], (Type) keysAndTypes[i + 1]);
    }
    return Collections.unmodifiableMap(types);
  }

  /**
   * Adds an error for each key of {@code table} (at {@code tablePath}) whose value is not of the
   * type {@code types} gives it, and for each item of a list of strings that is not a string.
   * Keys {@code types} does not name are left to the unknown-key check.
   *
   * @param tableName how the table is named in messages, e.g. {@code [plugin]}
   */
  static Checked check(TomlSource source, String code, JsonNode table, String tablePath,
      String tableName, Map<String, Type> types, List<Diagnostic> out) {
    if (table == null || !table.isObject()) {
      return Checked.NONE;
    }
    Set<String> wrong = new HashSet<>();
    for (Map.Entry<String, Type> typed : types.entrySet()) {
      String key = typed.getKey();
      JsonNode value = table.get(key);
      if (value == null) {
        continue;
      }
      Type type = typed.getValue();
      String path = TomlKeyLocator.child(tablePath, key);
      if (!type.holds(value)) {
        wrong.add(path);
        out.add(source.errorAtValue(code, path,
            key + " in " + tableName + " must be " + type.expected + ", not " + describe(value),
            type.hint(key)));
      } else if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          if (!value.get(i).isTextual()) {
            wrong.add(path);
            out.add(source.errorAtValue(code, TomlKeyLocator.element(path, i),
                "item " + (i + 1) + " of " + key + " in " + tableName + " is not a string ("
                    + describe(value.get(i)) + ")",
                "put each item in quotes: " + key + " = [\"…\", \"…\"]"));
          }
        }
      }
    }
    return new Checked(wrong);
  }

  /** A value's TOML type, with the value when it is short enough to show. */
  static String describe(JsonNode value) {
    if (value.isObject()) {
      return "a table";
    }
    if (value.isArray()) {
      return "a list";
    }
    String shown = value.isTextual() ? "\"" + value.asText() + "\"" : value.asText();
    String type = value.isTextual() ? "a string"
        : value.isBoolean() ? "a boolean"
        : value.isIntegralNumber() ? "a number"
        : value.isNumber() ? "a decimal number"
        : "a value";
    return shown.length() > 40 || shown.contains("\n") ? type : type + " " + shown;
  }
}
