package systems.tasker.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import systems.tasker.cli.discovery.DiscoveredPlugin;
import systems.tasker.cli.discovery.Project;
import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.discovery.TemplateFilter;
import systems.tasker.cli.discovery.TemplateMatch;
import systems.tasker.cli.discovery.remote.RemoteSpec;
import systems.tasker.cli.discovery.TemplateUnavailableException;
import systems.tasker.cli.discovery.UnknownNameException;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.plugin.Suggestions;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TemplateRef;

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
   * The template a command renders or describes, chosen the same way by {@code template info},
   * {@code template generate}, {@code generate …} and their {@code --help}, so that what is
   * shown is what is used:
   * <ol>
   *   <li>{@code --framework} must be one that a plugin declares;
   *   <li>the plugin: {@code --plugin}; else, inside a project, the plugin its
   *       {@code .tasker-cli-answers.toml} says made it, when that plugin offers the template
   *       (for the language); else the highest-priority plugin;
   *   <li>the language: {@code --language}; else the configuration's {@code default-language},
   *       as a preference (a template no plugin offers for it is still found without it); with
   *       neither, a template offered for several languages is a usage error that lists them,
   *       never a silent pick.
   * </ol>
   */
  static TemplateEntry resolve(
      CliContext context, String name, String plugin, String language, String framework) {
    requireKnownFramework(context, framework);
    if (plugin == null) {
      Optional<String> own = context.project().flatMap(Project::generatedBy)
          .map(Project.GeneratedBy::plugin);
      if (own.isPresent()) {
        try {
          return resolveIn(context, name, own.get(), language, framework);
        } catch (TemplateUnavailableException | UnknownNameException notOffered) {
          // the project's plugin has no such template (or is not installed): any plugin may
        }
      }
    }
    return resolveIn(context, name, plugin, language, framework);
  }

  private static TemplateEntry resolveIn(
      CliContext context, String name, String plugin, String language, String framework) {
    if (language != null) {
      return find(context, name, plugin, language, framework);
    }
    if (context.config().defaultLanguage().isSet()) {
      try {
        return find(context, name, plugin, context.config().defaultLanguage().value(),
            framework);
      } catch (TemplateUnavailableException notForThatLanguage) {
        // a template for no language in particular (a compose file) is still found
      }
    }
    requireOneLanguage(context, name, plugin, framework);
    return find(context, name, plugin, null, framework);
  }

  /** Refuses to pick among templates of one name written for different languages. */
  private static void requireOneLanguage(
      CliContext context, String name, String plugin, String framework) {
    if (plugin != null) {
      context.registry().findPlugin(plugin);
    }
    Set<List<String>> variants = new java.util.HashSet<>();
    Set<String> languages = new TreeSet<>();
    for (TemplateEntry entry : context.registry().templates(
        new TemplateFilter(plugin, null, framework))) {
      if (entry.ref().hasName(name)) {
        List<String> own = entry.ref().languages().stream().sorted().toList();
        variants.add(own);
        languages.addAll(own);
      }
    }
    if (variants.size() > 1) {
      throw new TaskerException(TaskerException.Kind.USAGE,
          "template '" + name + "' exists for several languages: " + String.join(", ", languages)
              + "; say which one",
          "pass --language " + languages.iterator().next() + " (or another of them), or run the"
              + " command inside a project made by 'tasker-cli init'");
    }
  }

  /**
   * Refuses a {@code --framework} no active plugin declares (on the plugin or on one of its
   * templates), with a suggestion: a misspelt framework would otherwise match every template that
   * names none.
   */
  static void requireKnownFramework(CliContext context, String framework) {
    if (framework == null || framework.isBlank()) {
      return;
    }
    Set<String> declared = new TreeSet<>();
    for (DiscoveredPlugin plugin : context.registry().active()) {
      declared.addAll(plugin.manifest().frameworks());
      for (TemplateRef ref : plugin.templates()) {
        declared.addAll(ref.frameworks());
      }
    }
    String wanted = framework.toLowerCase(Locale.ROOT);
    if (declared.stream().anyMatch(known -> known.toLowerCase(Locale.ROOT).equals(wanted))) {
      return;
    }
    throw new TaskerException(TaskerException.Kind.USAGE,
        TerminalText.line("unknown framework '" + framework + "'"
            + Suggestions.didYouMean(framework, declared)),
        declared.isEmpty() ? "no installed plugin declares a framework; leave out --framework"
            : "frameworks the installed plugins declare: " + String.join(", ", declared));
  }

  /** The frameworks {@code ref} names, for listings that filter on one strictly. */
  static boolean namesFramework(TemplateRef ref, String framework) {
    List<String> frameworks = new ArrayList<>(ref.frameworks());
    return frameworks.stream().anyMatch(known -> known.equalsIgnoreCase(framework));
  }
}
