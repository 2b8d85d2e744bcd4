package systems.tasker.cli.discovery;

import systems.tasker.cli.plugin.TaskerException;

/**
 * A template name that plugins do offer, but none for the plugin, language or framework asked for.
 * The message names what is offered.
 */
public final class TemplateUnavailableException extends TaskerException {

  private static final long serialVersionUID = 1L;

  private final String template;

  TemplateUnavailableException(String template, String message) {
    super(
        Kind.USAGE,
        message,
        "run `tasker-cli template list` to see which templates each language and framework has");
    this.template = template;
  }

  public String template() {
    return template;
  }
}
