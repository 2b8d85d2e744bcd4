package systems.tasker.cli.command;

import java.util.ArrayList;
import java.util.HashSet;
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
   *       neither, a template offered for several languages is a numbered choice on a terminal
   *       and a usage error that lists them elsewhere, never a silent pick.
   * </ol>
   */
  static TemplateEntry resolve(
      CliContext context, String name, String plugin, String language, String framework) {
    requireKnownFramework(context, framework);
    if (plugin == null) {
      Optional<Project.GeneratedBy> own = context.project().flatMap(Project::generatedBy);
      if (own.isPresent()) {
        try {
          TemplateEntry entry = resolveIn(context, name, own.get().plugin(), language, framework);
          noteAnotherVersion(context, own.get(), entry);
          return entry;
        } catch (TemplateUnavailableException | UnknownNameException notOffered) {
          // the project's plugin has no such template (or is not installed): any plugin may
        }
      }
    }
    return resolveIn(context, name, plugin, language, framework);
  }

  /**
   * Says so when the project's plugin found now is not the version that made the project (a
   * user-level copy of the same name, an upgrade): never a silent change of generator.
   */
  private static void noteAnotherVersion(CliContext context, Project.GeneratedBy recorded,
      TemplateEntry entry) {
    String version = entry.plugin().manifest().version();
    if (recorded.version() == null || recorded.version().equals(version)) {
      return;
    }
    String note = "note: this project was made with " + recorded.plugin() + " "
        + recorded.version() + "; using version " + version + " ("
        + entry.plugin().source().label() + ", " + entry.plugin().directory() + ")";
    if (context.firstNote(note)) {
      context.err().println(TerminalText.line(note));
    }
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
    return find(context, name, plugin, oneLanguage(context, name, plugin, framework), framework);
  }

  /**
   * Never picks among templates of one name written for different languages: on a terminal the
   * user chooses from a numbered list, elsewhere it is a usage error that lists them. Returns the
   * language chosen, or {@code null} when there was nothing to choose.
   */
  private static String oneLanguage(
      CliContext context, String name, String plugin, String framework) {
    if (plugin != null) {
      context.registry().findPlugin(plugin);
    }
    Set<List<String>> variants = new HashSet<>();
    Set<String> languages = new TreeSet<>();
    for (TemplateEntry entry : context.registry().templates(
        new TemplateFilter(plugin, null, framework))) {
      if (entry.ref().hasName(name)) {
        List<String> own = entry.ref().languages().stream().sorted().toList();
        variants.add(own);
        languages.addAll(own);
      }
    }
    if (variants.size() <= 1) {
      return null;
    }
    if (context.prompter() == null) {
      throw new TaskerException(TaskerException.Kind.USAGE,
          "template '" + name + "' exists for several languages: " + String.join(", ", languages)
              + "; say which one",
          "pass --language " + languages.iterator().next() + " (or another of them), or run the"
              + " command inside a project made by 'tasker-cli init'");
    }
    // asked once a run, though the option pass and the command both resolve the template
    return context.languageChoice(TemplateRef.nameKey(name), () -> context.askChoice("language",
        "template '" + name + "' exists for several languages; which one?",
        new ArrayList<>(languages)));
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

  /** Whether {@code ref} names {@code framework}, for listings that filter on one strictly. */
  static boolean namesFramework(TemplateRef ref, String framework) {
    return ref.frameworks().stream().anyMatch(known -> known.equalsIgnoreCase(framework));
  }
}
