package systems.tasker.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds the plugin compiled into the jar ({@code builtin-templates}) as a {@link Path}, so the rest
 * of the engine treats it like any plugin directory: a zip file-system path inside the jar, or a
 * directory on the class path when running from classes.
 */
public final class BuiltinPlugin {

  /** The resource folder that holds the built-in plugin's manifest. */
  public static final String RESOURCE_ROOT = "tasker-cli-builtin";

  private final Class<?> anchor;

  public BuiltinPlugin(Class<?> anchor) {
    this.anchor = anchor;
  }

  /** No built-in plugin (tests that want only their own plugins). */
  public static BuiltinPlugin none() {
    return new BuiltinPlugin(null);
  }

  /** The built-in plugin's directory, or {@code null} when it is not on the class path. */
  public Path directory() {
    if (anchor == null) {
      return null;
    }
    URL manifest = anchor.getResource("/" + RESOURCE_ROOT + "/tasker-plugin.toml");
    if (manifest == null) {
      return null;
    }
    try {
      URI uri = manifest.toURI();
      if ("jar".equals(uri.getScheme())) {
        return zipFileSystem(uri).provider().getPath(uri).getParent();
      }
      return Path.of(uri).getParent();
    } catch (URISyntaxException | IOException e) {
      return null;
    }
  }

  private static FileSystem zipFileSystem(URI uri) throws IOException {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      return FileSystems.getFileSystem(uri);
    }
  }
}
