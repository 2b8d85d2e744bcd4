package systems.tasker.cli.engine.plan;

import java.util.Objects;
import systems.tasker.cli.plugin.TemplatePatch;

/**
 * One rendered edit of a file in the output directory: a {@code [[patches]]} entry with its file,
 * anchor and text rendered. It is applied to the file's content when the plan is compared with
 * the disk ({@link PlanWriter#preview}), and again under the lock when it is committed.
 *
 * @param path the file to edit, relative to the output directory, {@code /}-separated
 * @param position where the text goes
 * @param anchor the text to find, or {@code null} for {@link TemplatePatch.Position#APPEND}
 * @param insert the text to insert, as whole lines
 * @param origin which patch of which template produced it, for messages
 */
public record PlannedPatch(String path, TemplatePatch.Position position, String anchor,
    String insert, String origin) {

  public PlannedPatch {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(position, "position");
    if (position != TemplatePatch.Position.APPEND && (anchor == null || anchor.isEmpty())) {
      throw new IllegalArgumentException("a patch " + position.key() + " an anchor needs one");
    }
    Objects.requireNonNull(insert, "insert");
    Objects.requireNonNull(origin, "origin");
  }

  /** What applying a patch to a text gives. */
  record Outcome(String text, boolean changed, String problem) {

    boolean applies() {
      return problem == null;
    }
  }

  /**
   * This patch applied to {@code content}. The inserted text becomes whole lines, in the line
   * endings the file already uses. When its lines are already in the file, one after another, the
   * text is returned as it is: applying a patch twice changes nothing. When the anchor is not in
   * the file, the outcome says so and holds no text.
   */
  Outcome applyTo(String content) {
    String newline = content.contains("\r\n") ? "\r\n" : "\n";
    String block = String.join(newline, lines(insert));
    if (containsLines(content, lines(insert))) {
      return new Outcome(content, false, null);
    }
    if (position == TemplatePatch.Position.APPEND) {
      String separator = content.isEmpty() || content.endsWith("\n") ? "" : newline;
      return new Outcome(content + separator + block + newline, true, null);
    }
    int at = content.indexOf(anchor);
    if (at < 0) {
      return new Outcome(null, false, "the text '" + firstLine(anchor) + "' "
          + position.key() + " which it inserts is not in the file");
    }
    if (position == TemplatePatch.Position.BEFORE) {
      int lineStart = content.lastIndexOf('\n', at - 1) + 1;
      return new Outcome(content.substring(0, lineStart) + block + newline
          + content.substring(lineStart), true, null);
    }
    int lineEnd = content.indexOf('\n', at + anchor.length() - 1);
    if (lineEnd < 0) {
      return new Outcome(content + newline + block + newline, true, null);
    }
    return new Outcome(content.substring(0, lineEnd + 1) + block + newline
        + content.substring(lineEnd + 1), true, null);
  }

  /** The lines of {@code text}, without line endings; trailing empty lines dropped. */
  private static String[] lines(String text) {
    String trimmed = text.replace("\r\n", "\n");
    while (trimmed.endsWith("\n")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed.split("\n", -1);
  }

  /** Whether {@code wanted} are consecutive whole lines of {@code content} (trailing spaces aside). */
  private static boolean containsLines(String content, String[] wanted) {
    String[] have = content.replace("\r\n", "\n").split("\n", -1);
    for (int start = 0; start + wanted.length <= have.length; start++) {
      boolean all = true;
      for (int i = 0; i < wanted.length && all; i++) {
        all = have[start + i].stripTrailing().equals(wanted[i].stripTrailing());
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline) + "…";
  }
}
