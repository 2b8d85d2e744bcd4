package systems.tasker.cli.plugin;

import java.util.Objects;

/**
 * One file a template writes.
 *
 * @param template the template file, relative to the template directory
 * @param path the output path pattern (dialect B's {@code filename}, dialect A's {@code path}),
 *     rendered with the parameters
 * @param subdir dialect B's optional directory pattern the file goes into, or {@code null}
 * @param condition a Pebble expression; the file is skipped when it is false; or {@code null}
 * @param optional dialect A's {@code optional} flag: a missing template file is not an error
 */
public record TemplateOutput(
    String template, String path, String subdir, String condition, boolean optional) {

  public TemplateOutput {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(path, "path");
  }

  /** The full path pattern as shown to users: {@code subdir/path}, or {@code path}. */
  public String displayPath() {
    return subdir == null || subdir.isEmpty() ? path : subdir + "/" + path;
  }
}
