package systems.tasker.cli.plugin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * A TOML file that parsed: its tree and where each key sits, so rules can point at the offending
 * key (a key problem) or value (a value problem).
 */
record TomlSource(Path file, ObjectNode document, TomlKeyLocator locator) {

  static TomlSource of(TomlFiles.Parsed parsed, Path file) {
    return new TomlSource(file, parsed.document(), TomlKeyLocator.scan(parsed.source()));
  }

  Diagnostic errorAtKey(String code, String path, String message, String hint) {
    return Diagnostic.error(code, file, locator.key(path), message, hint);
  }

  Diagnostic errorAtValue(String code, String path, String message, String hint) {
    return Diagnostic.error(code, file, locator.value(path), message, hint);
  }

  Diagnostic warningAtKey(String code, String path, String message, String hint) {
    return Diagnostic.warning(code, file, locator.key(path), message, hint);
  }

  Diagnostic warningAtValue(String code, String path, String message, String hint) {
    return Diagnostic.warning(code, file, locator.value(path), message, hint);
  }
}
