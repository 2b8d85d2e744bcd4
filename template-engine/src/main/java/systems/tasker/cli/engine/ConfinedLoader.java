package systems.tasker.cli.engine;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Loads templates by their {@code /}-separated name relative to one template directory, and
 * nothing else: a name that is absolute, climbs out with {@code ..}, or reaches a file through a
 * symbolic link leading out of the directory (its own or a parent directory's) is refused, and so
 * is anything but a regular file within the size cap ({@link PluginFiles}). Works on any
 * {@link Path} file system.
 */
final class ConfinedLoader implements Loader<String> {

  private final PluginFiles files;
  private final RenderBudget budget;

  /** A loader for checks: no budget to spend. */
  ConfinedLoader(Path root) {
    this(new PluginFiles(root), null);
  }

  /**
   * @param budget takes a step per template lookup, so that includes count like loop
   *     iterations; {@code null} for none
   */
  ConfinedLoader(PluginFiles files, RenderBudget budget) {
    this.files = files;
    this.budget = budget;
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
    if (budget != null) {
      // Pebble asks for a key on every include, import and extends, compiled or cached
      budget.step(key, 0);
    }
    return key;
  }

  @Override
  public Reader getReader(String key) {
    try {
      return new StringReader(new String(files.read(file(key)), StandardCharsets.UTF_8));
    } catch (PluginFiles.Refused refused) {
      throw new LoaderException(null, "Template '" + key + "' " + refused.getMessage());
    }
  }

  /** The file of a normalised name; it may not exist. */
  Path file(String key) {
    Path file = files.root();
    for (String segment : key.split("/")) {
      file = file.resolve(segment);
    }
    return file;
  }

  @Override
  public boolean resourceExists(String templateName) {
    String[] problem = new String[1];
    String key = normalise(templateName, problem);
    if (key == null) {
      return false;
    }
    try {
      files.checked(file(key));
      return true;
    } catch (PluginFiles.Refused missing) {
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
