package systems.tasker.cli;

import systems.tasker.cli.discovery.Environment;

/**
 * What the process is connected to: whether stdin/stdout are terminals and whether colours are
 * allowed. Tests pass {@link #NONE}.
 *
 * @param interactive stdin and stdout are both terminals, so prompts are possible
 * @param color ANSI styles may be printed
 */
public record Terminal(boolean interactive, boolean color) {

  /** Neither prompts nor colours: pipes, files and tests. */
  public static final Terminal NONE = new Terminal(false, false);

  /**
   * Looks at the real process. {@code System.console()} is non-null only when both stdin and
   * stdout are terminals; {@code NO_COLOR} set to anything turns colours off.
   */
  public static Terminal detect(Environment environment) {
    boolean tty = System.console() != null;
    boolean noColor = environment.variables().containsKey("NO_COLOR");
    String term = environment.variables().getOrDefault("TERM", "");
    return new Terminal(tty, tty && !noColor && !"dumb".equals(term));
  }
}
