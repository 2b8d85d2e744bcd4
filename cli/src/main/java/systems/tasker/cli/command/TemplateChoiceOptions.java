package systems.tasker.cli.command;

import picocli.CommandLine.Option;
import systems.tasker.cli.discovery.TemplateFilter;

/**
 * {@code --language}, {@code --framework} and {@code --plugin} of the {@code template} commands:
 * which template a name means, or which templates to list ({@link TemplateListCommand} words them
 * so). {@code -l} and {@code -f} are tasker-ctl's short forms ({@code template list}).
 */
public final class TemplateChoiceOptions {

  @Option(names = {"-l", "--language"}, paramLabel = "L", descriptionKey = "language",
      description = "Take the template for language L.")
  String language;

  @Option(names = {"-f", "--framework"}, paramLabel = "F", descriptionKey = "framework",
      description = "Take the template for framework F.")
  String framework;

  @Option(names = "--plugin", paramLabel = "P", descriptionKey = "plugin",
      description = "Take the template from plugin P.")
  String plugin;

  TemplateFilter filter() {
    return new TemplateFilter(plugin, language, framework);
  }
}
