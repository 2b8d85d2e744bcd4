package systems.tasker.cli.command;

import java.util.List;

/** Short texts shared by the listing commands. */
final class Labels {
  private Labels() {}

  /** {@code ruby}, {@code ruby, python}, {@code ruby (rails)}, or {@code any}. */
  static String targets(List<String> languages, List<String> frameworks) {
    String text = languages.isEmpty() ? "any" : String.join(", ", languages);
    return frameworks.isEmpty() ? text : text + " (" + String.join(", ", frameworks) + ")";
  }
}
