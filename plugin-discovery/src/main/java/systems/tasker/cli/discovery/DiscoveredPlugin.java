package systems.tasker.cli.discovery;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import systems.tasker.cli.plugin.Diagnostic;
import systems.tasker.cli.plugin.PluginManifest;
import systems.tasker.cli.plugin.TemplateRef;

/**
 * A plugin directory found on a search path, usable or not.
 *
 * @param directory the plugin directory (the one holding {@code tasker-plugin.toml})
 * @param source the search path it was found on
 * @param manifest the manifest as read, or {@code null} when it could not be read at all
 * @param diagnostics what reading the manifest reported
 * @param status whether the plugin is used, shadowed or broken
 * @param shadowedBy the directory of the plugin that shadows this one, or {@code null}
 * @param remote the remote whose checkout it is in, only for {@link PluginSource#REMOTE}
 */
public record DiscoveredPlugin(
    Path directory,
    PluginSource source,
    PluginManifest manifest,
    List<Diagnostic> diagnostics,
    PluginStatus status,
    Path shadowedBy,
    RemoteOrigin remote) {

  /** The directory name the published contrib layout nests each plugin in. */
  static final String NESTED_PLUGIN_DIR = "tasker-cli-plugin";

  public DiscoveredPlugin {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(source, "source");
    diagnostics = List.copyOf(diagnostics);
    Objects.requireNonNull(status, "status");
    if ((status == PluginStatus.SHADOWED) != (shadowedBy != null)) {
      throw new IllegalArgumentException("shadowedBy is required exactly when SHADOWED");
    }
    if (manifest == null && status != PluginStatus.BROKEN) {
      throw new IllegalArgumentException("a plugin without a manifest is BROKEN");
    }
    if ((source == PluginSource.REMOTE) != (remote != null)) {
      throw new IllegalArgumentException("a remote is required exactly for REMOTE plugins");
    }
  }

  /** A plugin that is not from a remote. */
  public DiscoveredPlugin(Path directory, PluginSource source, PluginManifest manifest,
      List<Diagnostic> diagnostics, PluginStatus status, Path shadowedBy) {
    this(directory, source, manifest, diagnostics, status, shadowedBy, null);
  }

  /** {@code remote:<name>} for a remote's plugin, else the source's label. */
  public String sourceLabel() {
    return remote == null ? source.label() : remote.label();
  }

  /**
   * Whether the project being worked in chose this plugin (its plugin directory, its
   * configuration's plugin-paths or remotes), rather than the user.
   */
  public boolean fromProject() {
    return source.fromProject() || (remote != null && remote.fromProject());
  }

  /**
   * The manifest's name; when the manifest gives none, the directory's name (for the contrib layout
   * {@code ruby/tasker-cli-plugin/}, the parent's: {@code ruby}).
   */
  public String name() {
    if (manifest != null && !manifest.name().isBlank()) {
      return manifest.name();
    }
    Path named = directory;
    if (named.getFileName() != null
        && named.getFileName().toString().equals(NESTED_PLUGIN_DIR)
        && named.getParent() != null
        && named.getParent().getFileName() != null) {
      named = named.getParent();
    }
    return named.getFileName() == null ? named.toString() : named.getFileName().toString();
  }

  /** The manifest's templates; none when the manifest could not be read. */
  public List<TemplateRef> templates() {
    return manifest == null ? List.of() : manifest.templates();
  }

  public boolean isActive() {
    return status == PluginStatus.OK;
  }

  /** This plugin as shadowed by the plugin in {@code winner}. */
  DiscoveredPlugin asShadowedBy(Path winner) {
    return new DiscoveredPlugin(
        directory, source, manifest, diagnostics, PluginStatus.SHADOWED, winner, remote);
  }

  /** This plugin with no shadowing: OK unless broken. */
  DiscoveredPlugin unshadowed() {
    return status == PluginStatus.SHADOWED
        ? new DiscoveredPlugin(
            directory, source, manifest, diagnostics, PluginStatus.OK, null, remote)
        : this;
  }
}
