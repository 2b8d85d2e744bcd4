package systems.tasker.cli.command;

import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.discovery.TemplateFilter;
import systems.tasker.cli.discovery.TemplateMatch;
import systems.tasker.cli.discovery.TemplateUnavailableException;
import systems.tasker.cli.output.TerminalText;

/** Finding the template a command means, as every template command does. */
final class Templates {
  private Templates() {}

  /** The template the user means; with {@code --verbose}, says once which others were passed over. */
  static TemplateEntry find(
      CliContext context, String name, String plugin, String language, String framework) {
    if (plugin != null) {
      context.registry().findPlugin(plugin);
    }
    TemplateMatch match =
        context.templates().find(name, new TemplateFilter(plugin, language, framework));
    if (context.verbose() && context.firstNoteOf(match)) {
      for (TemplateEntry other : match.passedOver()) {
        context.err().println(TerminalText.line("note: using " + match.chosen().plugin().name()
            + "'s " + match.chosen().ref().name() + "; passed over " + other.plugin().name()
            + " (" + other.plugin().source().label() + ", " + other.directory() + ")"));
      }
    }
    return match.chosen();
  }

  /**
   * Like {@link #find}, with the configuration's {@code default-language} standing in for a
   * missing {@code --language} — but only as a preference: a template no plugin offers for that
   * language is still found without it.
   */
  static TemplateEntry findWithDefaultLanguage(
      CliContext context, String name, String plugin, String language, String framework) {
    if (language != null || !context.config().defaultLanguage().isSet()) {
      return find(context, name, plugin, language, framework);
    }
    try {
      return find(context, name, plugin, context.config().defaultLanguage().value(), framework);
    } catch (TemplateUnavailableException notForThatLanguage) {
      return find(context, name, plugin, null, framework);
    }
  }
}
