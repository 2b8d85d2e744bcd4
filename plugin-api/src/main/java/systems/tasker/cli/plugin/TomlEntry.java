package systems.tasker.cli.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One named entry of a collection that dialect A writes as a table keyed by name
 * ({@code [templates] x = {...}}) and dialect B as an array of tables with a {@code name} key
 * ({@code [[templates]] name = "x"}). Readers and rules walk collections through this one view,
 * so both dialects are handled by the same code.
 *
 * @param name the entry's name ({@code ""} when dialect B leaves it out)
 * @param path the entry's key path, for {@link TomlKeyLocator}
 * @param keyed whether the name is the entry's key (dialect A) rather than a {@code name} value
 * @param node the entry's table (or whatever value stands where a table should)
 */
record TomlEntry(String name, String path, boolean keyed, JsonNode node) {

  /** The entries of {@code collection}, found at {@code collectionPath}, in file order. */
  static List<TomlEntry> of(JsonNode collection, String collectionPath) {
    List<TomlEntry> entries = new ArrayList<>();
    if (collection == null) {
      return entries;
    }
    if (collection.isArray()) {
      for (int i = 0; i < collection.size(); i++) {
        JsonNode node = collection.get(i);
        entries.add(new TomlEntry(
            TomlReader.text(node, "name"),
            TomlKeyLocator.element(collectionPath, i),
            false,
            node));
      }
    } else if (collection.isObject()) {
      for (Map.Entry<String, JsonNode> field : collection.properties()) {
        entries.add(new TomlEntry(
            field.getKey(), TomlKeyLocator.child(collectionPath, field.getKey()), true,
            field.getValue()));
      }
    }
    return entries;
  }

  boolean isTable() {
    return node != null && node.isObject();
  }

  /** The path of key {@code key} inside this entry. */
  String child(String key) {
    return TomlKeyLocator.child(path, key);
  }

  /** Where the entry's name is written: its key in dialect A, its {@code name} value in dialect B. */
  SourcePosition nameAt(TomlKeyLocator locator) {
    return keyed ? locator.key(path) : locator.value(child("name"));
  }
}
