package systems.tasker.cli.plugin;

/**
 * A place in a text file.
 *
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourcePosition(int line, int column) {

  public SourcePosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
  }

  public static SourcePosition at(int line, int column) {
    return new SourcePosition(line, column);
  }
}
