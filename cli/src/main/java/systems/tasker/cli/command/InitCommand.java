package systems.tasker.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import systems.tasker.cli.CliContext;
import systems.tasker.cli.GlobalOptions;
import systems.tasker.cli.RemoteOptions;
import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.discovery.TemplateFilter;
import systems.tasker.cli.discovery.TemplateUnavailableException;
import systems.tasker.cli.discovery.UnknownTemplateException;
import systems.tasker.cli.engine.CaseConversion;
import systems.tasker.cli.engine.plan.ExistingFiles;
import systems.tasker.cli.engine.plan.GenerationPlan;
import systems.tasker.cli.engine.plan.PlannedFile;
import systems.tasker.cli.output.OutputFormat;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TemplateMetadata;

/** {@code tasker-cli init NAME --language L}: a whole Tasker project, from a plugin's project template. */
@Command(
    name = "init",
    description = "Create a complete Tasker project whose own tests pass.",
    mixinStandardHelpOptions = true,
    footer = {
      "",
      "The project goes to DIR/NAME in kebab-case (DIR is -o, else the current directory).",
      "",
      "Examples:",
      "  tasker-cli init my-project --language ruby",
      "  tasker-cli init billing --language python -o ~/src --dry-run"
    })
public final class InitCommand extends TemplateDrivenCommand {

  static final String PROJECT_TEMPLATE = "project";
  static final String CONFIG_TEMPLATE = "tasker_config";
  /**
   * The templates of the Tasker runtime files every project gets, whatever its language, found in
   * the registry: the worker and orchestration configuration (built-in {@code tasker_config}), and
   * the compose file whose orchestration service mounts the latter (the ops plugin's
   * {@code docker_compose}). One source for all languages.
   */
  static final List<String> RUNTIME_TEMPLATES = List.of(CONFIG_TEMPLATE, "docker_compose");
  static final String ANSWERS_FILE = ".tasker-cli-answers.toml";

  private final CliContext context;

  @Mixin GlobalOptions global;

  @Mixin RemoteOptions remote;

  @Parameters(index = "0", paramLabel = "NAME", description = "Project name, e.g. my-project.")
  String name;

  @Option(
      names = {"-l", "--language"},
      paramLabel = "L",
      description = "ruby, python, typescript or rust (default: config default-language).")
  String language;

  @Option(names = "--framework", paramLabel = "F", description = "Use the project template for framework F.")
  String framework;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Create the project inside DIR (default: the current directory).")
  String output;

  @Option(names = "--force", description = "Write into a non-empty project directory, overwriting files.")
  boolean force;

  @Option(names = "--dry-run", description = "Print what would be written, and write nothing.")
  boolean dryRun;

  @Option(
      names = "--param",
      paramLabel = "KEY=VALUE",
      description = "A project template parameter (repeatable).")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: text).")
  OutputFormat format = OutputFormat.TEXT;

  public InitCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Set<String> parametersSetByCommand() {
    return Set.of("name");
  }

  @Override
  public Optional<TemplateMetadata> templateForOptions() {
    return Optional.of(Templates.metadata(context, projectTemplate(language())));
  }

  private String language() {
    if (language != null) {
      return language;
    }
    if (context.config().defaultLanguage().isSet()) {
      return context.config().defaultLanguage().value();
    }
    throw new TaskerException(TaskerException.Kind.USAGE,
        "init needs a language: " + String.join(", ", projectLanguages()),
        "pass --language, e.g. 'tasker-cli init " + (name == null ? "my-project" : name) + " --language ruby'");
  }

  /** The highest-priority {@code project} template for the language (and framework). */
  private TemplateEntry projectTemplate(String lang) {
    try {
      return Templates.find(context, PROJECT_TEMPLATE, null, lang, framework);
    } catch (TemplateUnavailableException | UnknownTemplateException missing) {
      throw new TaskerException(TaskerException.Kind.USAGE,
          "no project template for language '" + lang + "'"
              + (framework == null ? "" : " and framework '" + framework + "'")
              + "; languages with one: " + String.join(", ", projectLanguages()),
          "install a plugin with a 'project' template, or pass --plugin-path DIR");
    }
  }

  private Set<String> projectLanguages() {
    Set<String> languages = new TreeSet<>();
    for (TemplateEntry entry : context.registry().templates(TemplateFilter.NONE)) {
      if (entry.ref().hasName(PROJECT_TEMPLATE)) {
        languages.addAll(entry.ref().languages());
      }
    }
    return languages;
  }

  @Override
  public void run() {
    String lang = language();
    ProjectNames.problem(lang, name).ifPresent(problem -> {
      throw new TaskerException(TaskerException.Kind.USAGE, "invalid project name: " + problem,
          "use letters, digits, '-' and '_', starting with a letter, e.g. 'my-project'");
    });
    TemplateEntry entry = projectTemplate(lang);
    TemplateMetadata metadata = Templates.metadata(context, entry);
    Path target = Generation.newDirectory(
        context, output, CaseConversion.kebabCase(name), force, dryRun, "project");

    Map<String, String> given = given(params, Map.of("name", name));
    Map<String, Object> values = Generation.values(context, metadata, given);
    List<PlannedFile> files = new ArrayList<>(
        Generation.render(context, entry, metadata, values).files());
    files.addAll(runtimeFiles(files));
    files.add(answers(entry, lang, values));

    Generation.Request request = new Generation.Request(entry, metadata, given, target,
        force ? ExistingFiles.OVERWRITE : ExistingFiles.REFUSE, dryRun, format);
    Generation.run(context, request, new GenerationPlan(files));
    if (format == OutputFormat.TEXT && !dryRun && !context.quiet()) {
      printNextSteps(lang, target);
    }
  }

  /**
   * The files of the {@link #RUNTIME_TEMPLATES} that are installed, except those the project
   * template writes itself (a plugin may ship its own configuration or compose file).
   */
  private List<PlannedFile> runtimeFiles(List<PlannedFile> projectFiles) {
    Set<String> taken = new HashSet<>();
    projectFiles.forEach(file -> taken.add(file.path()));
    List<PlannedFile> files = new ArrayList<>();
    for (String templateName : RUNTIME_TEMPLATES) {
      TemplateEntry entry;
      try {
        entry = Templates.findAnywhere(context, templateName);
      } catch (TaskerException notInstalled) {
        continue;
      }
      TemplateMetadata metadata = Templates.metadata(context, entry);
      Map<String, String> given = new LinkedHashMap<>();
      metadata.parameter("name").ifPresent(parameter -> given.put("name", name));
      Map<String, Object> values = Generation.values(context, metadata, given);
      for (PlannedFile file : Generation.render(context, entry, metadata, values).files()) {
        if (taken.add(file.path())) {
          files.add(file);
        }
      }
    }
    return files;
  }

  /** {@code .tasker-cli-answers.toml}: enough to know how the project was made, and to redo it. */
  private static PlannedFile answers(TemplateEntry entry, String lang, Map<String, Object> values) {
    StringBuilder text = new StringBuilder()
        .append("# Written by 'tasker-cli init': which template made this project, with which answers.\n")
        .append("# Keep it under version control; it lets later tasker-cli versions regenerate or update the project.\n")
        .append("\n[generator]\n")
        .append("plugin = ").append(TomlText.value(entry.plugin().name())).append('\n')
        .append("plugin_version = ").append(TomlText.value(entry.plugin().manifest().version())).append('\n')
        .append("template = ").append(TomlText.value(entry.ref().name())).append('\n')
        .append("language = ").append(TomlText.value(lang)).append('\n')
        .append('\n').append(Provenance.table("source", entry))
        .append("\n[parameters]\n");
    values.forEach((key, value) -> text.append(TomlText.key(key)).append(" = ")
        .append(TomlText.value(value)).append('\n'));
    return new PlannedFile(ANSWERS_FILE, text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
        false, "tasker-cli init");
  }

  private void printNextSteps(String lang, Path target) {
    PrintWriter out = context.out();
    out.println();
    out.println("Next steps:");
    out.println("  cd " + TerminalText.line(NextSteps.shown(context, target)));
    for (String step : NextSteps.forLanguage(lang)) {
      out.println("  " + step);
    }
    out.println("  docker compose -f docker-compose.tasker.yml up -d   # Tasker infrastructure");
    out.println("  tasker-cli generate handler refund_payment          # add a handler");
    out.println("See README.md in the project for running the worker and submitting a task.");
  }

}
