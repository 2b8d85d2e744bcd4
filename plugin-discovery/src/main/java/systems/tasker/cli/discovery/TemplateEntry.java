package systems.tasker.cli.discovery;

import java.nio.file.Path;
import java.util.Objects;
import systems.tasker.cli.plugin.TemplateRef;

/**
 * A template offered by an active plugin.
 *
 * @param plugin the plugin that offers it
 * @param ref the template's entry in the plugin manifest
 * @param directory the template directory, absolute and inside the plugin directory
 */
public record TemplateEntry(DiscoveredPlugin plugin, TemplateRef ref, Path directory) {

  public TemplateEntry {
    Objects.requireNonNull(plugin, "plugin");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(directory, "directory");
  }

  /** The template name as the manifest writes it. */
  public String name() {
    return ref.name();
  }
}
