package systems.tasker.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import systems.tasker.cli.discovery.DiscoveredPlugin;
import systems.tasker.cli.discovery.PluginRegistry;
import systems.tasker.cli.discovery.PluginScanner;
import systems.tasker.cli.discovery.PluginSource;
import systems.tasker.cli.discovery.Project;
import systems.tasker.cli.discovery.RemoteOrigin;
import systems.tasker.cli.discovery.SearchPath;
import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.discovery.TemplateFilter;
import systems.tasker.cli.discovery.UnknownNameException;
import systems.tasker.cli.discovery.VersionCache;
import systems.tasker.cli.discovery.remote.CachedRemote;
import systems.tasker.cli.discovery.remote.RemoteSpec;
import systems.tasker.cli.discovery.remote.RemoteUrls;
import systems.tasker.cli.engine.AnswersFile;
import systems.tasker.cli.engine.ParameterValues;
import systems.tasker.cli.engine.plan.ExistingFiles;
import systems.tasker.cli.engine.plan.FileChange;
import systems.tasker.cli.engine.plan.GenerationPlan;
import systems.tasker.cli.engine.plan.PlanWriter;
import systems.tasker.cli.engine.plan.PlannedFile;
import systems.tasker.cli.engine.update.ProjectUpdate;
import systems.tasker.cli.engine.update.ProjectUpdate.Outcome;
import systems.tasker.cli.output.Json;
import systems.tasker.cli.output.Style;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TemplateMetadata;
import systems.tasker.cli.plugin.TemplateParameter;

/**
 * {@code tasker-cli update}: the project made again from the newer version of its template, and
 * the change from the old version to the new one merged into each file as the user has it.
 */
@Command(
    name = "update",
    description = "Update the project to a newer template version; keeps your edits.",
    footer = {
      "",
      "Run it in the project (or any directory below it). Each file is unchanged, updated,",
      "merged, a conflict, added, removed upstream or deleted by user. A conflict stops the",
      "update with nothing written, unless --conflicts=markers.",
      "",
      "Examples:",
      "  tasker-cli update --dry-run",
      "  tasker-cli update",
      "  tasker-cli update --to 0.2.0 --conflicts=markers"
    })
public final class UpdateCommand extends TaskerCommand {

  @Option(names = "--to", paramLabel = "VERSION|REF",
      description = "The plugin version to update to (default: the one installed): any version"
          + " the CLI has rendered from is in its cache; for a plugin from a git remote, also a"
          + " branch, tag or commit of that remote.")
  String to;

  @Option(names = "--conflicts", paramLabel = "MODE",
      description = "refuse (default: list the conflicts, write nothing) or markers (write them"
          + " with <<<<<<< yours / >>>>>>> template markers).")
  String conflicts = "refuse";

  @Option(names = "--dry-run", description = "Print the plan with the diffs, and write nothing.")
  boolean dryRun;

  @Mixin OutputFormatOption format;

  /** Where the base came from, for the output. */
  private String baseSource;

  /** The ref of the remote {@code --to} named, for the output; empty otherwise. */
  private String toRef = "";

  @Override
  protected int execute() {
    ProjectUpdate.Conflicts mode = conflictMode();
    Path root = projectRoot();
    AnswersFile recorded = AnswersFile.read(root.resolve(AnswersFile.PATH));
    DiscoveredPlugin installed = installed(recorded);
    DiscoveredPlugin target = target(recorded, installed);
    String version = target.manifest().version() + toRef;
    ProjectUpdate.Result result = plan(root, recorded, installed, target, version, mode);
    Report report = new Report(root, recorded, version, result);
    if (result.hasConflicts() && mode == ProjectUpdate.Conflicts.REFUSE) {
      print(report, Optional.empty());
      throw conflicts(result);
    }
    PlanWriter writer = new PlanWriter();
    List<FileChange> changes = dryRun
        ? writer.preview(root, result.plan(), ExistingFiles.OVERWRITE)
        : writer.commit(root, result.plan(), ExistingFiles.OVERWRITE, context().interruption());
    print(report, changes.stream().filter(c -> c.path().equals(AnswersFile.PATH)).findFirst());
    if (!dryRun) {
      ProjectPlans.remember(context(), target);
      if (result.hasConflicts()) {
        context().warn("conflict markers were written; resolve them, then commit the project");
      }
    }
    return ExitCodes.OK;
  }

  /**
   * Renders the new version (theirs) with the recorded answers, finds the base, and merges them
   * into the project's files; reads the project, writes nothing.
   */
  private ProjectUpdate.Result plan(Path root, AnswersFile recorded, DiscoveredPlugin installed,
      DiscoveredPlugin target, String version, ProjectUpdate.Conflicts mode) {
    CliContext context = context();
    TemplateEntry entry = template(target, recorded);
    TemplateMetadata metadata = context.templates().metadata(entry);
    Map<String, Object> values = Generation.values(context, metadata,
        given(recorded.values(), metadata));
    GenerationPlan theirs = ProjectPlans.files(context, entry, metadata, values);
    ProjectUpdate.Base base = base(recorded, installed);
    PlannedFile answers = withGeneratedEntries(
        ProjectPlans.answers(entry, recorded.language(), values, theirs).contribute().get(0),
        root.resolve(AnswersFile.PATH));
    return ProjectUpdate.plan(root, base, theirs, version, mode, answers);
  }

  private ProjectUpdate.Conflicts conflictMode() {
    return switch (conflicts) {
      case "refuse" -> ProjectUpdate.Conflicts.REFUSE;
      case "markers" -> ProjectUpdate.Conflicts.MARKERS;
      default -> throw new TaskerException(TaskerException.Kind.USAGE,
          "invalid value for --conflicts: '" + TerminalText.line(conflicts) + "'",
          "use --conflicts=refuse (the default) or --conflicts=markers");
    };
  }

  /** The nearest directory from the working directory upward that holds an answers file. */
  private Path projectRoot() {
    Path cwd = context().environment().workingDirectory();
    Path dir = Project.nearestHolding(cwd, AnswersFile.PATH).orElseThrow(
        () -> new TaskerException(TaskerException.Kind.USAGE,
            "no " + AnswersFile.PATH + " in " + cwd + " or above: update works in a project made"
                + " by 'tasker-cli init'",
            "run it in the project's directory"));
    if (!Files.isRegularFile(dir.resolve(AnswersFile.PATH), LinkOption.NOFOLLOW_LINKS)) {
      throw new TaskerException(TaskerException.Kind.USAGE,
          dir.resolve(AnswersFile.PATH) + " is not a regular file",
          "restore the project's " + AnswersFile.PATH + " from version control");
    }
    return dir;
  }

  private DiscoveredPlugin installed(AnswersFile recorded) {
    try {
      return context().registry().findPlugin(recorded.plugin());
    } catch (UnknownNameException missing) {
      throw new TaskerException(TaskerException.Kind.USAGE,
          "the plugin that made the project, " + TerminalText.line(recorded.plugin())
              + ", is not installed",
          "install it (or pass --plugin-path DIR), then run update again");
    }
  }

  /**
   * The plugin at the version to update to: the installed one, a cached one (also older), or for
   * a plugin from a git remote, the remote at {@code --to} as a branch, tag or commit.
   */
  private DiscoveredPlugin target(AnswersFile recorded, DiscoveredPlugin installed) {
    if (to == null || to.equals(installed.manifest().version())) {
      return installed;
    }
    Optional<DiscoveredPlugin> cached = cached(recorded.plugin(), to);
    if (cached.isPresent() || installed.remote() == null) {
      return cached.orElseThrow(() -> notAvailable(recorded, installed));
    }
    DiscoveredPlugin fetched = atRef(installed.remote(), to, recorded.plugin());
    toRef = " (" + TerminalText.line(to) + ")";
    return fetched;
  }

  private TaskerException notAvailable(AnswersFile recorded, DiscoveredPlugin installed) {
    return new TaskerException(
        TaskerException.Kind.USAGE,
        "version " + TerminalText.line(to) + " of " + TerminalText.line(recorded.plugin())
            + " is neither installed nor in the cache of versions",
        "the installed version is " + installed.manifest().version()
            + "; install the version you want, then run update without --to");
  }

  private Optional<DiscoveredPlugin> cached(String plugin, String version) {
    return VersionCache.of(context().environment()).find(plugin, version)
        .map(dir -> new PluginScanner().read(dir, PluginSource.USER))
        .filter(DiscoveredPlugin::isActive);
  }

  /** The template that made the project, in {@code plugin} alone. */
  private TemplateEntry template(DiscoveredPlugin plugin, AnswersFile recorded) {
    try {
      return new PluginRegistry(List.of(plugin)).findTemplate(recorded.template(),
          new TemplateFilter(null, recorded.language().isEmpty() ? null : recorded.language(),
              null)).chosen();
    } catch (TaskerException missing) {
      throw new TaskerException(TaskerException.Kind.USAGE,
          TerminalText.line(plugin.name()) + " " + plugin.manifest().version()
              + " has no template '" + TerminalText.line(recorded.template()) + "' any more",
          "update to a version that has it with --to VERSION");
    }
  }

  /**
   * The template as the project was made from it: the recorded commit of a remote plugin, else a
   * cached copy of the recorded version, else the installed plugin when it is still that version,
   * else only the recorded hashes.
   */
  private ProjectUpdate.Base base(AnswersFile recorded, DiscoveredPlugin installed) {
    Optional<DiscoveredPlugin> plugin = fromHistory(recorded, installed);
    if (plugin.isEmpty()) {
      plugin = cached(recorded.plugin(), recorded.pluginVersion());
      baseSource = "the cached copy of " + recorded.pluginVersion();
    }
    if (plugin.isEmpty() && recorded.pluginVersion().equals(installed.manifest().version())) {
      plugin = Optional.of(installed);
      baseSource = "the installed " + recorded.pluginVersion();
    }
    if (plugin.isEmpty()) {
      baseSource = "the file hashes of " + recorded.pluginVersion();
      return new ProjectUpdate.Base(null, recorded.files());
    }
    TemplateEntry entry = template(plugin.get(), recorded);
    TemplateMetadata metadata = context().templates().metadata(entry);
    Map<String, Object> values = ParameterValues.resolve(metadata,
        given(recorded.values(), metadata), Map.of(), null);
    return ProjectUpdate.Base.rendered(ProjectPlans.files(context(), entry, metadata, values));
  }

  /**
   * The plugin at the commit {@code init} recorded, for a plugin from a git remote: the installed
   * checkout when it is still that commit, else that commit fetched into the cache of remotes. The
   * answers file is the project's, so a URL in it is fetched only when it is the URL of the remote
   * the installed plugin comes from (one the user configured or chose); a fetch that fails falls
   * back to the other sources, with a warning.
   */
  private Optional<DiscoveredPlugin> fromHistory(AnswersFile recorded,
      DiscoveredPlugin installed) {
    Map<String, String> source = recorded.source();
    String commit = source.getOrDefault("commit", "");
    RemoteOrigin origin = installed.remote();
    if (!"remote".equals(source.get("kind")) || !commit.matches("[0-9a-f]{40}") || origin == null
        || !origin.remote().displayUrl().equals(source.get("url"))) {
      return Optional.empty();
    }
    baseSource = "commit " + commit.substring(0, 12) + " of " + origin.remote().displayUrl();
    if (commit.equals(origin.commit())) {
      return Optional.of(installed);
    }
    try {
      return Optional.of(atRef(origin, commit, recorded.plugin()));
    } catch (TaskerException unavailable) {
      context().warn(TerminalText.line("could not fetch commit " + commit.substring(0, 12)
          + " of " + origin.remote().displayUrl() + " (" + unavailable.getMessage()
          + "); the base comes from the cache of versions or the recorded hashes"));
      return Optional.empty();
    }
  }

  /**
   * The plugin {@code name} at {@code ref} (a commit, branch or tag) of the remote {@code origin}
   * names, fetched into the cache of remotes as an ad hoc remote of its own.
   *
   * @throws TaskerException when it cannot be fetched or holds no such plugin
   */
  private DiscoveredPlugin atRef(RemoteOrigin origin, String ref, String name) {
    RemoteSpec remote = origin.remote();
    RemoteSpec atRef = new RemoteSpec(RemoteUrls.adHocName(remote.url() + "#" + ref),
        remote.url(), ref, remote.pluginPath(), "update", false);
    CachedRemote fetched = context().remotes().ensure(atRef);
    return new PluginScanner().scan(List.of(new SearchPath(fetched.pluginRoot(),
            PluginSource.REMOTE, SearchPath.Kind.DIRECTORY, RemoteOrigin.of(fetched))), null)
        .plugins().stream()
        .filter(plugin -> plugin.isActive() && plugin.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new TaskerException(TaskerException.Kind.USAGE,
            remote.displayUrl() + " at " + TerminalText.line(ref) + " has no plugin "
                + TerminalText.line(name),
            "pass --to a ref of the remote that has the plugin"));
  }

  /**
   * The new answers file, with the {@code [[generated]]} entries the old one ends with (templates
   * of remotes generated into the project later, {@link Provenance#recordGeneration}) kept as
   * they are.
   */
  private static PlannedFile withGeneratedEntries(PlannedFile answers, Path old) {
    String text;
    try {
      text = Files.readString(old, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException unreadable) {
      return answers; // it was read whole a moment ago; nothing to keep then
    }
    Matcher generated = GENERATED.matcher(text);
    if (!generated.find()) {
      return answers;
    }
    String kept = new String(answers.content(), StandardCharsets.UTF_8) + "\n"
        + text.substring(generated.start());
    return new PlannedFile(answers.path(), kept.getBytes(StandardCharsets.UTF_8),
        answers.executable(), answers.origin());
  }

  private static final Pattern GENERATED = Pattern.compile("(?m)^\\[\\[generated]]");

  /** The recorded answers the template still declares, as typed on a command line. */
  private static Map<String, String> given(Map<String, Object> values, TemplateMetadata metadata) {
    Map<String, String> given = new LinkedHashMap<>();
    for (TemplateParameter parameter : metadata.parameters()) {
      Object value = values.get(parameter.name());
      if (value != null) {
        given.put(parameter.name(), ProjectPlans.given(value));
      }
    }
    return given;
  }

  private static TaskerException conflicts(ProjectUpdate.Result result) {
    List<String> paths = result.files().stream()
        .filter(file -> file.outcome() == Outcome.CONFLICT).map(ProjectUpdate.FileUpdate::path)
        .toList();
    return new TaskerException(TaskerException.Kind.FAILURE,
        (paths.size() == 1 ? "1 file conflicts" : paths.size() + " files conflict")
            + " with your changes, nothing was written: " + String.join(", ", paths),
        "pass --conflicts=markers to write them with conflict markers and resolve them in your"
            + " editor");
  }

  /** What the output describes. */
  private record Report(Path root, AnswersFile recorded, String version,
      ProjectUpdate.Result result) {}

  private void print(Report report, Optional<FileChange> answers) {
    List<ProjectUpdate.FileUpdate> files = new ArrayList<>(report.result().files());
    boolean answersChanged = answers.map(change -> change.action().writes()).orElse(false);
    if (answers.isPresent()) {
      files.add(new ProjectUpdate.FileUpdate(AnswersFile.PATH,
          answersChanged ? Outcome.UPDATED : Outcome.UNCHANGED, null, null));
    }
    if (format.json()) {
      printJson(report, files);
    } else if (!context().quiet()) {
      printText(report, files, answers.isEmpty());
    }
  }

  private boolean showsDiff(ProjectUpdate.FileUpdate file, boolean refused) {
    return file.diff() != null && (dryRun || file.outcome() == Outcome.REVIEW
        || (refused && file.outcome() == Outcome.CONFLICT));
  }

  private void printJson(Report report, List<ProjectUpdate.FileUpdate> files) {
    boolean refused = report.result().hasConflicts() && conflicts.equals("refuse");
    List<Json.Obj> entries = new ArrayList<>();
    for (ProjectUpdate.FileUpdate file : files) {
      Json.Obj entry = Json.obj().put("path", file.path()).put("outcome", file.outcome().label());
      if (file.note() != null) {
        entry.put("note", file.note());
      }
      if (showsDiff(file, refused)) {
        entry.put("diff", file.diff());
      }
      entries.add(entry);
    }
    context().out().println(Json.write(Json.obj()
        .put("project_dir", report.root().toString())
        .put("plugin", report.recorded().plugin())
        .put("template", report.recorded().template())
        .put("from_version", report.recorded().pluginVersion())
        .put("to_version", report.version())
        .put("base", baseSource)
        .put("dry_run", dryRun)
        .put("written", !dryRun && !refused)
        .put("files", entries)));
  }

  private void printText(Report report, List<ProjectUpdate.FileUpdate> files, boolean refused) {
    PrintWriter out = context().out();
    Style style = context().style();
    out.println(TerminalText.line("Updating " + report.root() + " from "
        + report.recorded().plugin() + " " + report.recorded().pluginVersion() + " to "
        + report.version() + " (base: " + baseSource + ")"));
    int width = files.stream().mapToInt(file -> file.outcome().label().length()).max().orElse(0);
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (ProjectUpdate.FileUpdate file : files) {
      counts.merge(file.outcome(), 1, Integer::sum);
      String word = file.outcome().label();
      out.println(color(style, file.outcome(), word) + " ".repeat(width - word.length() + 2)
          + TerminalText.line(file.path())
          + (file.note() == null ? "" : ": " + TerminalText.line(file.note())));
    }
    for (ProjectUpdate.FileUpdate file : files) {
      if (showsDiff(file, refused)) {
        // the template's text and the user's file: sanitised like all output
        out.print(TerminalText.lines(file.diff()));
      }
    }
    List<String> summary = new ArrayList<>();
    counts.forEach((outcome, count) -> summary.add(count + " " + outcome.label()));
    String lead = dryRun ? "Dry run, nothing written: " : refused ? "Nothing written: "
        : "Updated to " + report.version() + ": ";
    out.println(TerminalText.line(lead + files.size() + " file" + (files.size() == 1 ? "" : "s")
        + ": " + String.join(", ", summary)));
  }

  private static String color(Style style, Outcome outcome, String word) {
    return switch (outcome) {
      case UPDATED, MERGED, ADDED -> style.green(word);
      case CONFLICT, REVIEW, REMOVED_UPSTREAM -> style.yellow(word);
      case UNCHANGED, DELETED_BY_USER -> style.dim(word);
    };
  }
}
