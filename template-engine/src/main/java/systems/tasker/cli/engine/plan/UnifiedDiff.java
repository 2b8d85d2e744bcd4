package systems.tasker.cli.engine.plan;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.Arrays;
import java.util.List;

/** The unified diff ({@code diff -u}) between two versions of a text file, by java-diff-utils. */
public final class UnifiedDiff {

  private static final int CONTEXT_LINES = 3;

  private UnifiedDiff() {}

  /** The diff of {@code path} from {@code before} to {@code after}, with a/ and b/ headers. */
  public static String of(String path, String before, String after) {
    List<String> original = lines(before);
    List<String> revised = lines(after);
    Patch<String> patch = DiffUtils.diff(original, revised);
    return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path,
        original, patch, CONTEXT_LINES)) + "\n";
  }

  private static List<String> lines(String text) {
    String unix = text.replace("\r\n", "\n");
    if (unix.endsWith("\n")) {
      unix = unix.substring(0, unix.length() - 1);
    }
    return unix.isEmpty() ? List.of() : Arrays.asList(unix.split("\n", -1));
  }
}
