package systems.tasker.cli.engine;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A template file name as a plugin wrote it (an output's {@code template}, {@code [files] dir}, an
 * include), checked and normalised: a plain relative path inside the template directory, or the
 * reason it is not one.
 *
 * @param name the normalised name ({@code a/b.tera}), or {@code null} when {@code problem} says
 *     why there is none
 * @param problem why the written name is refused, completing "the output template …", or
 *     {@code null}
 */
record TemplateName(String name, String problem) {

  /** Checks and normalises {@code written}: {@code ./} and inner {@code ..} are resolved. */
  static TemplateName of(String written) {
    if (written.isEmpty()) {
      return refused("the name is empty");
    }
    if (written.indexOf('\0') >= 0 || written.indexOf('\\') >= 0) {
      return refused("'" + written.replace("\0", "\\0") + "' is not a plain relative path");
    }
    if (written.startsWith("/") || written.matches("^[A-Za-z]:.*")) {
      return refused("'" + written + "' is an absolute path outside the template directory");
    }
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : written.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          return refused("'" + written + "' is outside the template directory");
        }
        segments.removeLast();
      } else {
        segments.addLast(segment);
      }
    }
    if (segments.isEmpty()) {
      return refused("'" + written + "' names the template directory itself");
    }
    return new TemplateName(String.join("/", segments), null);
  }

  private static TemplateName refused(String problem) {
    return new TemplateName(null, problem);
  }

  boolean isValid() {
    return name != null;
  }
}
