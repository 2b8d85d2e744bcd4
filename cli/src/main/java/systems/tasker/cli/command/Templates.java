package systems.tasker.cli.command;

import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.discovery.TemplateFilter;
import systems.tasker.cli.discovery.TemplateMatch;
import systems.tasker.cli.discovery.remote.RemoteSpec;
import systems.tasker.cli.discovery.TemplateUnavailableException;
import systems.tasker.cli.output.TerminalText;

/** Finding the template a command means, as every template command does. */
final class Templates {
  private Templates() {}

  /**
   * The template the user means, from the remote {@code --remote} or {@code --url} chose if any;
   * with {@code --verbose}, says once which others were passed over.
   */
  static TemplateEntry find(
      CliContext context, String name, String plugin, String language, String framework) {
    return find(context, name, new TemplateFilter(plugin, language, framework,
        context.chosenRemote().map(RemoteSpec::name).orElse(null)));
  }

  /** A template the command needs whatever remote was chosen (what a project template adds). */
  static TemplateEntry findAnywhere(CliContext context, String name) {
    return find(context, name, TemplateFilter.NONE);
  }

  private static TemplateEntry find(CliContext context, String name, TemplateFilter filter) {
    if (filter.plugin() != null) {
      context.registry().findPlugin(filter.plugin());
    }
    TemplateMatch match = context.templates().find(name, filter);
    if (context.verbose() && context.firstNoteOf(match)) {
      for (TemplateEntry other : match.passedOver()) {
        context.err().println(TerminalText.line("note: using " + match.chosen().plugin().name()
            + "'s " + match.chosen().ref().name() + "; passed over " + other.plugin().name()
            + " (" + other.plugin().sourceLabel() + ", " + other.directory() + ")"));
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
