package systems.tasker.cli.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/** Warns about keys a table holds that no rule reads: usually typos, so it suggests the closest. */
final class UnknownKeys {

  private UnknownKeys() {}

  /**
   * Adds one warning per key of {@code table} (at {@code tablePath}) outside {@code known}.
   *
   * @param tableName how the table is named in messages, e.g. {@code [plugin]}
   */
  static void check(
      TomlSource source,
      String code,
      JsonNode table,
      String tablePath,
      String tableName,
      Collection<String> known,
      List<Diagnostic> out) {
    if (table == null || !table.isObject()) {
      return;
    }
    for (Iterator<String> keys = table.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (known.contains(key)) {
        continue;
      }
      String hint = Suggestions.closest(key, known)
          .map(close -> "rename it to '" + close + "'")
          .orElse("remove it; known keys: " + String.join(", ", known));
      out.add(source.warningAtKey(
          code,
          TomlKeyLocator.child(tablePath, key),
          "unknown key '" + key + "' in " + tableName + Suggestions.didYouMean(key, known),
          hint));
    }
  }
}
