package systems.tasker.cli.plugin;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A template entry of a manifest: where the template directory is and what it targets.
 *
 * @param name the template name as written
 * @param path the template directory, relative to the plugin directory, as written
 * @param description one line, may be empty
 * @param languages the template's languages, defaulting to the plugin's
 * @param frameworks the template's frameworks, defaulting to the plugin's
 */
public record TemplateRef(
    String name, String path, String description, List<String> languages, List<String> frameworks) {

  public TemplateRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(description, "description");
    languages = List.copyOf(languages);
    frameworks = List.copyOf(frameworks);
  }

  /**
   * The key under which template names compare: case- and separator-insensitive, so
   * {@code step-handler}, {@code step_handler} and {@code Step_Handler} are one name.
   */
  public static String nameKey(String name) {
    return name.toLowerCase(Locale.ROOT).replace('-', '_');
  }

  public boolean hasName(String other) {
    return nameKey(name).equals(nameKey(other));
  }
}
