package systems.tasker.cli.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import systems.tasker.cli.discovery.DiscoveredPlugin;
import systems.tasker.cli.discovery.PluginSource;
import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.discovery.VersionCache;
import systems.tasker.cli.discovery.TemplateUnavailableException;
import systems.tasker.cli.discovery.UnknownNameException;
import systems.tasker.cli.engine.AnswersFile;
import systems.tasker.cli.engine.ProjectAssembly;
import systems.tasker.cli.engine.ProjectContributor;
import systems.tasker.cli.engine.plan.GenerationPlan;
import systems.tasker.cli.engine.plan.PlannedFile;
import systems.tasker.cli.engine.update.FileHashes;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.plugin.TemplateMetadata;
import systems.tasker.cli.plugin.TemplateParameter;

/**
 * A whole project as {@code init} makes it and {@code update} makes it again: the project
 * template, then the templates it names as contributions, then the answers file.
 */
final class ProjectPlans {

  private ProjectPlans() {}

  /**
   * The project's files without the answers file: the project template's, then those of each
   * contribution that a plugin offers (a file the project template writes itself wins).
   */
  static GenerationPlan files(CliContext context, TemplateEntry entry, TemplateMetadata metadata,
      Map<String, Object> values) {
    List<ProjectContributor> contributors = new ArrayList<>();
    contributors.add(() -> Generation.render(context, entry, metadata, values).files());
    for (String contribution : metadata.project().contributions()) {
      contribution(context, contribution, metadata, values).ifPresent(contributors::add);
    }
    return ProjectAssembly.plan(contributors);
  }

  /** The answers file of a project made by {@code entry}, with the hash of each of its files. */
  static AnswersFile answers(TemplateEntry entry, String language, Map<String, Object> values,
      GenerationPlan files) {
    return new AnswersFile(entry.plugin().name(), entry.plugin().manifest().version(),
        entry.ref().name(), language, values, Provenance.of(entry), FileHashes.of(files.files()));
  }

  /** {@code files} with the answers file last, unless the project template wrote one itself. */
  static GenerationPlan withAnswers(GenerationPlan files, AnswersFile answers) {
    List<PlannedFile> all = new ArrayList<>(files.files());
    if (files.file(AnswersFile.PATH) == null) {
      all.addAll(answers.contribute());
    }
    return new GenerationPlan(all, files.patches(), files.deletions());
  }

  /**
   * The template {@code templateName} rendered into the project, with the project's values of
   * the parameters it shares with the project template; empty when no plugin offers it.
   */
  private static Optional<ProjectContributor> contribution(CliContext context,
      String templateName, TemplateMetadata project, Map<String, Object> projectValues) {
    TemplateEntry entry;
    try {
      entry = Templates.findAnywhere(context, templateName);
    } catch (TemplateUnavailableException | UnknownNameException notInstalled) {
      return Optional.empty();
    }
    TemplateMetadata metadata = context.templates().metadata(entry);
    Map<String, String> given = new LinkedHashMap<>();
    for (TemplateParameter parameter : metadata.parameters()) {
      if (project.parameter(parameter.name()).isPresent()
          && projectValues.containsKey(parameter.name())) {
        given.put(parameter.name(), given(projectValues.get(parameter.name())));
      }
    }
    Map<String, Object> values = Generation.values(context, metadata, given);
    return Optional.of(() -> Generation.render(context, entry, metadata, values).files());
  }

  /**
   * Keeps a copy of the plugin's version in the cache of versions: the base a later
   * {@code update} renders again. A failure only warns; the project is written already.
   */
  static void remember(CliContext context, DiscoveredPlugin plugin) {
    if (plugin.source() == PluginSource.BUILTIN) {
      return; // inside the jar, and the jar's version says which
    }
    try {
      VersionCache.of(context.environment()).store(plugin);
    } catch (IOException | RuntimeException notKept) {
      context.warn(TerminalText.line("could not keep a copy of " + plugin.name() + " "
          + plugin.manifest().version() + " for later updates: " + notKept.getMessage()));
    }
  }

  /** A typed value as typed again: lists comma-separated, as on the command line. */
  static String given(Object value) {
    return value instanceof List<?> list
        ? String.join(",", list.stream().map(String::valueOf).toList())
        : String.valueOf(value);
  }
}
