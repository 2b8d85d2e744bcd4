package systems.tasker.cli.plugin;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A plugin as described by its {@code tasker-plugin.toml}, normalised from either dialect.
 *
 * @param name lowercase plugin name
 * @param version semantic version
 * @param description one line, may be empty
 * @param languages languages the plugin targets (dialect B's single {@code language} becomes one)
 * @param frameworks frameworks the plugin targets, often empty
 * @param templates the templates it offers, in manifest order
 * @param dialect which dialect the manifest was written in
 */
public record PluginManifest(
    String name,
    String version,
    String description,
    List<String> languages,
    List<String> frameworks,
    List<TemplateRef> templates,
    ManifestDialect dialect) {

  public PluginManifest {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(description, "description");
    languages = List.copyOf(languages);
    frameworks = List.copyOf(frameworks);
    templates = List.copyOf(templates);
    Objects.requireNonNull(dialect, "dialect");
  }

  /** The file name every plugin directory holds. */
  public static final String FILE_NAME = "tasker-plugin.toml";

  /**
   * Lowercase, starting with a letter or digit, so names are safe as directory and key names, on a
   * command line and on a terminal; as long as {@link PluginNames#MAX_LENGTH} at most.
   */
  private static final Pattern NAME =
      Pattern.compile("[a-z0-9][a-z0-9._-]{0," + (PluginNames.MAX_LENGTH - 1) + "}");

  /**
   * Whether {@code name} is a valid plugin name: lowercase {@code [a-z0-9][a-z0-9._-]*}, at most
   * {@value PluginNames#MAX_LENGTH} characters.
   */
  public static boolean isValidName(String name) {
    return NAME.matcher(name).matches();
  }

  /** A valid plugin name close to {@code name}, to suggest in place of an invalid one. */
  public static String suggestedName(String name) {
    String lowered = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
    lowered = lowered.replaceAll("^[^a-z0-9]+", "");
    if (lowered.length() > PluginNames.MAX_LENGTH) {
      lowered = lowered.substring(0, PluginNames.MAX_LENGTH);
    }
    return lowered.isEmpty() ? "my-plugin" : lowered;
  }

  /** This manifest as if it had been written in {@code other}. */
  public PluginManifest withDialect(ManifestDialect other) {
    return new PluginManifest(name, version, description, languages, frameworks, templates, other);
  }

  /**
   * Whether {@code other} describes the same plugin, whichever dialect each was written in.
   * {@code equals} keeps comparing the dialect too, since it is part of what was read.
   */
  public boolean sameContentAs(PluginManifest other) {
    return other != null && equals(other.withDialect(dialect));
  }
}
