package systems.tasker.cli.engine;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Loads templates by their {@code /}-separated name relative to one template directory, and
 * nothing else: a name that is absolute, climbs out with {@code ..}, or reaches a file through a
 * symbolic link leading out of the directory is refused. Works on any {@link Path} file system.
 */
final class ConfinedLoader implements Loader<String> {

  private final Path root;
  private Path realRoot;

  ConfinedLoader(Path root) {
    this.root = root;
  }

  /**
   * The normalised name of a template, or {@code null} with the reason in {@code problem[0]}.
   */
  static String normalise(String name, String[] problem) {
    if (name.isEmpty()) {
      problem[0] = "the name is empty";
      return null;
    }
    if (name.indexOf('\0') >= 0 || name.indexOf('\\') >= 0) {
      problem[0] = "'" + name.replace("\0", "\\0") + "' is not a plain relative path";
      return null;
    }
    if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
      problem[0] = "'" + name + "' is an absolute path outside the template directory";
      return null;
    }
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : name.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          problem[0] = "'" + name + "' is outside the template directory";
          return null;
        }
        segments.removeLast();
      } else {
        segments.addLast(segment);
      }
    }
    if (segments.isEmpty()) {
      problem[0] = "'" + name + "' names the template directory itself";
      return null;
    }
    return String.join("/", segments);
  }

  @Override
  public String createCacheKey(String templateName) {
    String[] problem = new String[1];
    String key = normalise(templateName, problem);
    if (key == null) {
      throw new LoaderException(null, "Template " + problem[0]);
    }
    return key;
  }

  @Override
  public Reader getReader(String key) {
    Path file = file(key);
    try {
      return new StringReader(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    } catch (IOException unreadable) {
      throw new LoaderException(unreadable, "Template '" + key + "' cannot be read");
    }
  }

  /** The file of a normalised name, after checking it is a regular file inside the root. */
  Path file(String key) {
    Path file = root;
    for (String segment : key.split("/")) {
      file = file.resolve(segment);
    }
    if (!Files.isRegularFile(file)) {
      throw new LoaderException(null, "Template '" + key + "' does not exist");
    }
    try {
      if (!file.toRealPath().startsWith(realRoot())) {
        throw new LoaderException(null,
            "Template '" + key + "' is a symbolic link leading outside the template directory");
      }
    } catch (IOException unresolvable) {
      throw new LoaderException(unresolvable, "Template '" + key + "' cannot be resolved");
    }
    return file;
  }

  private Path realRoot() throws IOException {
    if (realRoot == null) {
      realRoot = root.toRealPath();
    }
    return realRoot;
  }

  @Override
  public boolean resourceExists(String templateName) {
    String[] problem = new String[1];
    String key = normalise(templateName, problem);
    if (key == null) {
      return false;
    }
    try {
      file(key);
      return true;
    } catch (LoaderException missing) {
      return false;
    }
  }

  /** {@code ./x} and {@code ../x} are relative to the including template; other names to the root. */
  @Override
  public String resolveRelativePath(String relativePath, String anchorPath) {
    if (relativePath == null || anchorPath == null
        || !(relativePath.startsWith("./") || relativePath.startsWith("../"))) {
      return null;
    }
    int slash = anchorPath.lastIndexOf('/');
    return slash < 0 ? relativePath : anchorPath.substring(0, slash + 1) + relativePath;
  }

  @Override
  public void setCharset(String charset) {
    // always UTF-8
  }

  @Override
  public void setPrefix(String prefix) {
    // names are always relative to the template directory
  }

  @Override
  public void setSuffix(String suffix) {
    // names are always complete file names
  }
}
