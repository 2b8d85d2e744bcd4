package systems.tasker.cli.discovery;

import java.util.Collection;
import systems.tasker.cli.plugin.Suggestions;
import systems.tasker.cli.plugin.TaskerException;

/** A template name that no active plugin offers. */
public final class UnknownTemplateException extends TaskerException {

  private static final long serialVersionUID = 1L;

  private final String template;

  UnknownTemplateException(String template, Collection<String> known) {
    super(
        Kind.USAGE,
        "unknown template '" + template + "'" + Suggestions.didYouMean(template, known),
        "run `tasker-cli template list` to see the available templates");
    this.template = template;
  }

  public String template() {
    return template;
  }
}
