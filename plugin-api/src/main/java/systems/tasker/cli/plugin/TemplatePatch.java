package systems.tasker.cli.plugin;

import java.util.Objects;

/**
 * One edit of a file that already exists in the output directory: a {@code [[patches]]} entry of
 * {@code template.toml}. Rails, Yeoman and Angular schematics edit files the same way, but here
 * the edit is data: nothing a plugin wrote ever runs.
 *
 * @param file the path of the file to edit, relative to the output directory, rendered with the
 *     parameters
 * @param position where the text goes: after or before the line(s) holding {@code anchor}, or at
 *     the end of the file
 * @param anchor the text to look for, rendered; {@code null} for {@link Position#APPEND}
 * @param insert the text to insert, rendered; it is inserted as whole lines
 * @param condition a Pebble expression; the patch is skipped when it is false; or {@code null}
 */
public record TemplatePatch(
    String file, Position position, String anchor, String insert, String condition) {

  /** The table name of patches in {@code template.toml}. */
  public static final String TABLE = "patches";

  public TemplatePatch {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(insert, "insert");
  }

  /** Where a patch inserts its text. */
  public enum Position {
    /** On the line after the line where the anchor ends ({@code after = "…"}). */
    AFTER,
    /** On the line before the line where the anchor starts ({@code before = "…"}). */
    BEFORE,
    /** At the end of the file ({@code append = true}). */
    APPEND;

    /** The key that chooses this position in {@code template.toml}. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
