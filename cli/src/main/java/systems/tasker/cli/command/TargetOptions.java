package systems.tasker.cli.command;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import systems.tasker.cli.discovery.TemplateEntry;

/**
 * {@code --language} and {@code --plugin} of the commands that add to a project
 * ({@code generate handler|template}): inside a project, its configuration says the language.
 */
public final class TargetOptions {

  @Mixin LanguageOption language;

  @Option(names = "--plugin", paramLabel = "P", description = "Take the template from plugin P.")
  String plugin;

  /** The template {@code name} for the project's language, from the chosen plugin. */
  TemplateEntry template(CliContext context, String name,
      String command) {
    return Templates.find(context, name, plugin, ProjectTarget.language(context, language.language, command),
        null);
  }
}
