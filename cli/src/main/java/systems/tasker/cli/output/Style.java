package systems.tasker.cli.output;

/** ANSI styles, or none: chosen once per run from the terminal, {@code NO_COLOR} and {@code --no-color}. */
public enum Style {
  PLAIN,
  ANSI;

  public String bold(String text) {
    return wrap("1", text);
  }

  public String dim(String text) {
    return wrap("2", text);
  }

  public String red(String text) {
    return wrap("31", text);
  }

  public String green(String text) {
    return wrap("32", text);
  }

  public String yellow(String text) {
    return wrap("33", text);
  }

  private String wrap(String code, String text) {
    return this == PLAIN ? text : "\u001b[" + code + "m" + text + "\u001b[0m";
  }
}
