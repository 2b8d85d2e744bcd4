package systems.tasker.cli.engine;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

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
   * The loader of text that stands alone (a rule's message, next steps): every include, import
   * or extends is refused.
   */
  static ConfinedLoader noFiles() {
    return new ConfinedLoader(null, null);
  }

  @Override
  public String createCacheKey(String templateName) {
    if (files == null) {
      throw new LoaderException(null, "'" + templateName + "' cannot be read: this text may not"
          + " include, import or extend a file");
    }
    TemplateName name = TemplateName.of(templateName);
    if (!name.isValid()) {
      throw new LoaderException(null, "template " + name.problem());
    }
    String key = name.name();
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
      throw new LoaderException(null, "template '" + key + "' " + refused.getMessage());
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
    if (files == null) {
      return false;
    }
    TemplateName name = TemplateName.of(templateName);
    if (!name.isValid()) {
      return false;
    }
    String key = name.name();
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
