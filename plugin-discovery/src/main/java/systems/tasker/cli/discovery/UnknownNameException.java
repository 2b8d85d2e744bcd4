package systems.tasker.cli.discovery;

import java.util.Collection;
import systems.tasker.cli.plugin.Suggestions;
import systems.tasker.cli.plugin.TaskerException;

/** A plugin or template name that nothing discovered has; the message suggests a close one. */
public final class UnknownNameException extends TaskerException {

  private static final long serialVersionUID = 1L;

  /** What the name was meant to name, and where to look for the real ones. */
  public enum What {
    PLUGIN("plugin", "run `tasker-cli plugin list` to see the plugins found and where they were"
        + " searched for"),
    TEMPLATE("template", "run `tasker-cli template list` to see the available templates");

    private final String noun;
    private final String hint;

    What(String noun, String hint) {
      this.noun = noun;
      this.hint = hint;
    }
  }

  private final What what;
  private final String name;

  UnknownNameException(What what, String name, Collection<String> known) {
    super(Kind.USAGE, "unknown " + what.noun + " '" + name + "'"
        + Suggestions.didYouMean(name, known), what.hint);
    this.what = what;
    this.name = name;
  }

  /** Whether a plugin or a template was asked for. */
  public What what() {
    return what;
  }

  /** The name as asked for. */
  public String name() {
    return name;
  }
}
