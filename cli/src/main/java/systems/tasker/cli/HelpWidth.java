package systems.tasker.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import systems.tasker.cli.discovery.Environment;

/**
 * How wide help is: {@code COLUMNS} when it is set, else the terminal's width when output goes to
 * one (asked of {@code stty size} on {@code /dev/tty}, only when help is printed), else 80; never
 * narrower than picocli's minimum of 55.
 */
final class HelpWidth {

  static final int DEFAULT = 80;
  static final int MINIMUM = 55;

  private HelpWidth() {}

  static int of(Environment environment, Terminal terminal) {
    Integer columns = parse(environment.variables().get("COLUMNS"));
    if (columns == null && terminal.interactive()) {
      columns = ttyColumns();
    }
    return columns == null ? DEFAULT : Math.max(MINIMUM, columns);
  }

  /** A positive number of columns, or {@code null}. */
  static Integer parse(String text) {
    if (text == null || !text.trim().matches("[0-9]{1,4}")) {
      return null;
    }
    int columns = Integer.parseInt(text.trim());
    return columns > 0 ? columns : null;
  }

  /** The second number {@code stty size} prints for {@code /dev/tty}, or {@code null}. */
  private static Integer ttyColumns() {
    File tty = new File("/dev/tty");
    if (!tty.exists()) {
      return null;
    }
    try {
      Process stty = new ProcessBuilder("stty", "size")
          .redirectInput(tty).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String output = new String(stty.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!stty.waitFor(2, TimeUnit.SECONDS) || stty.exitValue() != 0) {
        return null;
      }
      String[] rowsAndColumns = output.split("\\s+");
      return rowsAndColumns.length == 2 ? parse(rowsAndColumns[1]) : null;
    } catch (IOException failed) {
      return null;
    } catch (InterruptedException stop) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
