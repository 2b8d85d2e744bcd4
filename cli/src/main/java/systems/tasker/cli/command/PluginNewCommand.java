package systems.tasker.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.discovery.TemplateUnavailableException;
import systems.tasker.cli.discovery.UnknownNameException;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.plugin.ParameterType;
import systems.tasker.cli.plugin.PluginManifest;
import systems.tasker.cli.plugin.Suggestions;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TemplateMetadata;
import systems.tasker.cli.plugin.TemplateParameter;

/**
 * {@code tasker-cli plugin new NAME}: a new plugin for a plugin author, rendered from the
 * scaffold template {@code plugin} of the built-in plugin (which an installed plugin may override).
 */
@Command(
    name = "new",
    description = "Create a new plugin with an example template and a README for its author.",
    footer = {
      "",
      "The plugin goes to DIR/NAME (DIR is -o, else the current directory) and passes",
      "'tasker-cli plugin validate --strict' as written.",
      "",
      "Examples:",
      "  tasker-cli plugin new acme-rails",
      "  tasker-cli plugin new acme-python --language python -o ~/src --dry-run"
    })
public final class PluginNewCommand extends TaskerCommand {

  private static final String SCAFFOLD_TEMPLATE = "plugin";

  @Parameters(index = "0", paramLabel = "NAME",
      description = "Plugin name: lowercase letters, digits, '.', '_' and '-', e.g. acme-rails.")
  String name;

  @Option(names = "--description", paramLabel = "TEXT", description = "One line for the manifest.")
  String description;

  @Mixin NewDirectoryOptions target;

  @Override
  protected Map<String, String> optionTexts() {
    return NewDirectoryOptions.optionTexts("plugin",
        "Language of the example template: ruby (default), python, typescript or rust.");
  }

  @Override
  protected int execute() {
    CliContext context = context();
    String language = target.language();
    if (!PluginManifest.isValidName(name)) {
      throw new TaskerException(TaskerException.Kind.USAGE,
          "invalid plugin name '" + name + "': " + whyInvalid(name),
          "use a name like '" + PluginManifest.suggestedName(name) + "'");
    }
    TemplateEntry entry = scaffold();
    TemplateMetadata metadata = context.templates().metadata(entry);
    if (language != null) {
      requireKnownLanguage(metadata, language);
    }
    Path directory = target.target(context, name, "plugin");

    Map<String, String> given = new LinkedHashMap<>();
    given.put("name", name);
    if (language != null) {
      given.put("language", language);
    }
    if (description != null) {
      given.put("description", description);
    }
    Generation.run(context, new Generation.Request(entry, metadata, given, directory,
        target.policy(), target.write));
    if (target.write.format.text() && !target.write.dryRun && !context.quiet()) {
      printNextSteps(directory);
    }
    return ExitCodes.OK;
  }

  /** Which part of the rule {@code [a-z0-9][a-z0-9._-]*} an invalid name breaks. */
  private static String whyInvalid(String name) {
    if (name.isEmpty()) {
      return "the name is empty";
    }
    if (!name.equals(name.toLowerCase(Locale.ROOT))) {
      return "plugin names are lowercase";
    }
    char first = name.charAt(0);
    if (!(first >= 'a' && first <= 'z' || first >= '0' && first <= '9')) {
      return "it must start with a lowercase letter or a digit";
    }
    return "it may hold only lowercase letters, digits, '.', '_' and '-'";
  }

  private TemplateEntry scaffold() {
    try {
      return Templates.find(context(), SCAFFOLD_TEMPLATE, null, null, null);
    } catch (TemplateUnavailableException | UnknownNameException missing) {
      throw new TaskerException(TaskerException.Kind.FAILURE,
          "no '" + SCAFFOLD_TEMPLATE + "' template to create a plugin from; tasker-cli ships one in its"
              + " built-in plugin, which this build lacks",
          "reinstall tasker-cli, or pass --plugin-path DIR to a plugin with a '" + SCAFFOLD_TEMPLATE
              + "' template");
    }
  }

  /** A language outside the scaffold's choices is a usage error that lists them. */
  private static void requireKnownLanguage(TemplateMetadata metadata, String language) {
    Optional<List<String>> choices = metadata.parameters().stream()
        .filter(parameter -> parameter.name().equals("language") && parameter.type() == ParameterType.CHOICE)
        .map(TemplateParameter::choices)
        .findFirst();
    if (choices.isPresent() && !choices.get().contains(language)) {
      throw new TaskerException(TaskerException.Kind.USAGE,
          "unknown language '" + language + "'" + Suggestions.didYouMean(language, choices.get())
              + "; choose one of: " + String.join(", ", choices.get()),
          "pass --language " + String.join("|", choices.get()));
    }
  }

  private void printNextSteps(Path directory) {
    PrintWriter out = context().out();
    String dir = TerminalText.line(NextSteps.shown(context(), directory));
    out.println();
    out.println("Next steps:");
    out.println("  tasker-cli plugin validate --strict " + dir);
    out.println("  tasker-cli --plugin-path " + dir + " template list");
    out.println("  tasker-cli --plugin-path " + dir + " template generate step_handler --plugin " + name
        + " --name ProcessPayment --dry-run");
    out.println("See " + dir + "/README.md for writing templates and where to install the plugin.");
  }
}
