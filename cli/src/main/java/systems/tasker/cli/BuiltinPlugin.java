package systems.tasker.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Finds the plugin compiled into the jar ({@code builtin-templates}) as a {@link Path}, so the rest
 * of the engine treats it like any plugin directory.
 *
 * <p>A release holds the same files unpacked beside the jar ({@code lib/tasker-cli-builtin/}), with
 * the build-time index of them ({@code lib/tasker-cli-builtin.index}: one {@code sha256  size  path}
 * line a file). When that index is byte for byte the one built into the jar, the unpacked directory
 * is the built-in plugin: two small reads, where opening the jar as a zip file system reads its
 * whole central directory (thousands of entries) on every run. Otherwise (a plain {@code java -jar}
 * of a jar alone, or an index that does not match) it is a zip file-system path inside the jar, or a
 * directory on the class path when running from classes.
 */
public final class BuiltinPlugin {

  /** The resource folder that holds the built-in plugin's manifest. */
  public static final String RESOURCE_ROOT = "tasker-cli-builtin";

  /** The build-time index of the built-in plugin's files, at the root of the jar and beside it. */
  public static final String INDEX = RESOURCE_ROOT + ".index";

  /** Far more than the index of a few dozen files needs. */
  private static final int MAX_INDEX_BYTES = 1 << 20;

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
    Path unpacked = unpackedBesideTheJar();
    if (unpacked != null) {
      return unpacked;
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

  /**
   * {@code <jar's directory>/tasker-cli-builtin} when the index beside the jar equals the jar's
   * own; {@code null} when there is none, it differs, or the class path is not that one jar. The
   * jar is the class path ({@code java -jar}) rather than this class's code source: a class from
   * an AOT cache or class-data-sharing archive reports where the jar was when the cache was made.
   */
  private Path unpackedBesideTheJar() {
    String classPath = System.getProperty("java.class.path", "");
    if (!classPath.endsWith(".jar") || classPath.indexOf(java.io.File.pathSeparatorChar) >= 0) {
      return null;
    }
    try (InputStream in = anchor.getResourceAsStream("/" + INDEX)) {
      Path jar = Path.of(classPath).toAbsolutePath();
      Path index = jar.resolveSibling(INDEX);
      Path directory = jar.resolveSibling(RESOURCE_ROOT);
      if (in == null || !Files.isRegularFile(jar) || !Files.isRegularFile(index)
          || !Files.isDirectory(directory) || Files.size(index) > MAX_INDEX_BYTES) {
        return null;
      }
      return Arrays.equals(in.readNBytes(MAX_INDEX_BYTES + 1), Files.readAllBytes(index))
          ? directory : null;
    } catch (IOException | RuntimeException unusable) {
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
