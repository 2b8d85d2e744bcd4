package systems.tasker.cli.engine.update;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A line-based 3-way merge, as {@code diff3} and git do it, built on java-diff-utils' Myers diff:
 * the changes from base to ours and from base to theirs are laid side by side; where only one side
 * changed a region of base that side wins, where both changed it the same way the change is taken
 * once, and anything else is a conflict. Changes that touch (one ends where the other starts) are a
 * conflict too: a merge that silently interleaves two edits of adjacent lines is how lines get
 * lost. Lines keep their own terminators, so a clean merge is exact to the byte (CRLF, a missing
 * final newline).
 */
public final class ThreeWayMerge {

  /** The marker line that opens the user's side of a conflict. */
  public static final String OURS_MARKER = "<<<<<<< yours";
  /** The line between the two sides. */
  public static final String SEPARATOR = "=======";
  /** The start of the line that closes a conflict, followed by the template's version. */
  public static final String THEIRS_MARKER = ">>>>>>> template ";

  private ThreeWayMerge() {}

  /**
   * The merged text.
   *
   * @param text the merge, with git-style markers around each conflict
   * @param conflicts how many regions conflict; 0 means {@code text} is a clean merge
   */
  public record Result(String text, int conflicts) {
    public Result {
      Objects.requireNonNull(text, "text");
    }

    public boolean clean() {
      return conflicts == 0;
    }
  }

  /** One change of one side: the base lines {@code [start, end)} become {@code lines}. */
  private record Change(int start, int end, List<String> lines) {}

  /**
   * Merges the change from {@code base} to {@code theirs} into {@code ours}.
   *
   * @param theirsLabel what the closing marker names, e.g. {@code template 2.0.0}'s version
   */
  public static Result merge(String base, String ours, String theirs, String theirsLabel) {
    List<String> baseLines = lines(base);
    List<Change> mine = changes(baseLines, lines(ours));
    List<Change> template = changes(baseLines, lines(theirs));
    StringBuilder out = new StringBuilder(Math.max(ours.length(), theirs.length()));
    int conflicts = 0;
    int position = 0;
    int m = 0;
    int t = 0;
    while (m < mine.size() || t < template.size()) {
      boolean mineFirst = t >= template.size()
          || (m < mine.size() && mine.get(m).start() <= template.get(t).start());
      Change first = mineFirst ? mine.get(m++) : template.get(t++);
      append(out, baseLines, position, first.start());
      int start = first.start();
      int end = first.end();
      List<Change> ourGroup = new ArrayList<>();
      List<Change> theirGroup = new ArrayList<>();
      (mineFirst ? ourGroup : theirGroup).add(first);
      boolean grew = true;
      while (grew) {
        grew = false;
        if (m < mine.size() && mine.get(m).start() <= end) {
          end = Math.max(end, mine.get(m).end());
          ourGroup.add(mine.get(m++));
          grew = true;
        }
        if (t < template.size() && template.get(t).start() <= end) {
          end = Math.max(end, template.get(t).end());
          theirGroup.add(template.get(t++));
          grew = true;
        }
      }
      String oursText = apply(baseLines, ourGroup, start, end);
      String theirsText = apply(baseLines, theirGroup, start, end);
      if (theirGroup.isEmpty() || oursText.equals(theirsText)) {
        out.append(oursText);
      } else if (ourGroup.isEmpty()) {
        out.append(theirsText);
      } else {
        conflicts++;
        out.append(OURS_MARKER).append('\n');
        appendLine(out, oursText);
        out.append(SEPARATOR).append('\n');
        appendLine(out, theirsText);
        out.append(THEIRS_MARKER).append(theirsLabel).append('\n');
      }
      position = end;
    }
    append(out, baseLines, position, baseLines.size());
    return new Result(out.toString(), conflicts);
  }

  private static List<Change> changes(List<String> base, List<String> side) {
    List<Change> changes = new ArrayList<>();
    for (AbstractDelta<String> delta : DiffUtils.diff(base, side).getDeltas()) {
      int start = delta.getSource().getPosition();
      changes.add(new Change(start, start + delta.getSource().size(),
          List.copyOf(delta.getTarget().getLines())));
    }
    return changes;
  }

  /** Base lines {@code [start, end)} with {@code group}'s changes in place. */
  private static String apply(List<String> base, List<Change> group, int start, int end) {
    StringBuilder text = new StringBuilder();
    int position = start;
    for (Change change : group) {
      append(text, base, position, change.start());
      change.lines().forEach(text::append);
      position = change.end();
    }
    append(text, base, position, end);
    return text.toString();
  }

  private static void append(StringBuilder out, List<String> lines, int from, int to) {
    for (int i = from; i < to; i++) {
      out.append(lines.get(i));
    }
  }

  /** A side of a conflict: a side whose last line has no newline still ends before a marker. */
  private static void appendLine(StringBuilder out, String text) {
    out.append(text);
    if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  /** The lines of {@code text}, each with its terminator ({@code \n} or {@code \r\n}). */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.add(text.substring(start, i + 1));
      start = i + 1;
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }
}
