package systems.tasker.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.discovery.TemplateFilter;
import systems.tasker.cli.discovery.TemplateUnavailableException;
import systems.tasker.cli.discovery.UnknownNameException;
import systems.tasker.cli.engine.CaseConversion;
import systems.tasker.cli.engine.ParameterRules;
import systems.tasker.cli.engine.ProjectAssembly;
import systems.tasker.cli.engine.RenderException;
import systems.tasker.cli.engine.plan.GenerationPlan;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TemplateMetadata;

/** {@code tasker-cli init NAME --language L}: a whole Tasker project, from a plugin's project template. */
@Command(
    name = "init",
    description = "Create a complete Tasker project whose own tests pass.",
    footer = {
      "",
      "The project goes to DIR/NAME in kebab-case (DIR is -o, else the current directory).",
      "",
      "Examples:",
      "  tasker-cli init my-project --language ruby",
      "  tasker-cli init billing --language python -o ~/src --dry-run",
      "  tasker-cli init . --language rust        # the project in the current directory"
    })
public final class InitCommand extends TemplateDrivenCommand {

  /**
   * The template every language plugin names its project template; what else a project holds is
   * that template's to say ({@link ProjectSpec}).
   */
  private static final String PROJECT_TEMPLATE = "project";

  @Parameters(index = "0", paramLabel = "NAME",
      description = "Project name, e.g. my-project; '.' makes the project in the current directory"
          + " (or in -o DIR), named after it.")
  String name;

  @Option(names = "--framework", paramLabel = "F", description = "Use the project template for framework F.")
  String framework;

  @Mixin NewDirectoryOptions target;

  @Mixin RemoteOptions remote;

  @Option(
      names = "--param",
      paramLabel = "KEY=VALUE",
      description = "A project template parameter (repeatable).")
  Map<String, String> params = new LinkedHashMap<>();

  @Override
  protected Map<String, String> optionTexts() {
    return NewDirectoryOptions.optionTexts("project",
        "ruby, python, typescript or rust (default: config default-language).");
  }

  @Override
  public Set<String> parametersSetByCommand() {
    return Set.of("name");
  }

  @Override
  protected TemplateEntry template() {
    remote.choose(context());
    return projectTemplate(language());
  }

  private String language() {
    CliContext context = context();
    if (target.language() != null) {
      return target.language();
    }
    if (context.config().defaultLanguage().isSet()) {
      return context.config().defaultLanguage().value();
    }
    if (context.prompter() != null) {
      // asked once a run, though the option pass and the command both resolve the template
      return context.languageChoice("init", () -> context.askChoice("language",
          "the project's language", new ArrayList<>(projectLanguages())));
    }
    throw new TaskerException(TaskerException.Kind.USAGE,
        "init needs a language: " + String.join(", ", projectLanguages()),
        "pass --language, e.g. 'tasker-cli init " + (name == null ? "my-project" : name) + " --language ruby'");
  }

  /**
   * The highest-priority {@code project} template for the language and, with {@code --framework},
   * one written for that framework: a plain language project is not what {@code --framework}
   * asks for, though a template naming no framework would match any.
   */
  private TemplateEntry projectTemplate(String lang) {
    Templates.requireKnownFramework(context(), framework);
    TemplateEntry entry;
    try {
      entry = Templates.find(context(), PROJECT_TEMPLATE, null, lang, framework);
    } catch (TemplateUnavailableException | UnknownNameException missing) {
      throw noProjectTemplate(lang);
    }
    if (framework != null && !Templates.namesFramework(entry.ref(), framework)) {
      throw noProjectTemplate(lang);
    }
    return entry;
  }

  private TaskerException noProjectTemplate(String lang) {
    if (framework == null) {
      return new TaskerException(TaskerException.Kind.USAGE,
          "no project template for language '" + lang + "'; languages with one: "
              + String.join(", ", projectLanguages()),
          "install a plugin with a 'project' template, or pass --plugin-path DIR");
    }
    Set<String> frameworks = new TreeSet<>();
    for (TemplateEntry entry : context().registry().templates(TemplateFilter.language(lang))) {
      if (entry.ref().hasName(PROJECT_TEMPLATE)) {
        frameworks.addAll(entry.ref().frameworks());
      }
    }
    return new TaskerException(TaskerException.Kind.USAGE,
        TerminalText.line("no project template for language '" + lang + "' and framework '"
            + framework + "'; frameworks with one for " + lang + ": "
            + (frameworks.isEmpty() ? "none" : String.join(", ", frameworks))),
        "leave out --framework for a plain " + lang + " project, or install a plugin with a"
            + " 'project' template for that framework");
  }

  private Set<String> projectLanguages() {
    Set<String> languages = new TreeSet<>();
    for (TemplateEntry entry : context().registry().templates(TemplateFilter.NONE)) {
      if (entry.ref().hasName(PROJECT_TEMPLATE)) {
        languages.addAll(entry.ref().languages());
      }
    }
    return languages;
  }

  /**
   * Plans the whole project before writing anything: the name by the project template's own rules,
   * then its files, the templates it names as contributions and the answers file, in that order
   * (a file the project template writes itself wins), and its next steps.
   */
  @Override
  protected int execute() {
    CliContext context = context();
    remote.choose(context);
    String lang = language();
    TemplateEntry entry = projectTemplate(lang);
    TemplateMetadata metadata = metadata(entry);
    boolean here = makesTheProjectInPlace();
    String projectName = here && name.equals(".") ? directoryName() : name;
    requireValidName(metadata, projectName);
    Path directory = here ? target.checked(target.base(context), "project")
        : target.target(context, CaseConversion.kebabCase(projectName), "project");

    Map<String, String> given = given(params, Map.of("name", projectName));
    Map<String, Object> values = Generation.values(context, metadata, given);
    GenerationPlan files = ProjectPlans.files(context, entry, metadata, values);
    GenerationPlan plan = ProjectPlans.withAnswers(files,
        ProjectPlans.answers(entry, lang, values, files));
    String nextSteps = nextSteps(entry, metadata, values);

    Generation.Request request = new Generation.Request(entry, metadata, given, directory,
        target.policy(), target.write);
    Generation.run(context, request, plan);
    if (!target.write.dryRun) {
      ProjectPlans.remember(context, entry.plugin());
    }
    if (target.write.format.text() && !target.write.dryRun && !context.quiet()) {
      printNextSteps(directory, nextSteps);
    }
    return ExitCodes.OK;
  }

  /**
   * Whether the project goes into the directory itself rather than a new one inside it:
   * {@code init .}, or {@code init NAME -o .} into an empty working directory.
   */
  private boolean makesTheProjectInPlace() {
    if (name.equals(".")) {
      return true;
    }
    Path cwd = context().environment().workingDirectory();
    return target.write.output != null && target.base(context()).equals(cwd)
        && NewDirectoryOptions.isEmptyDirectory(cwd);
  }

  /** The name of the directory {@code init .} makes the project in. */
  private String directoryName() {
    Path base = target.base(context());
    return base.getFileName() == null ? "" : base.getFileName().toString();
  }

  /**
   * The project name by the rules of the project template's {@code name} parameter; whatever they
   * say, it must give the project directory a name.
   */
  private void requireValidName(TemplateMetadata metadata, String projectName) {
    Optional<String> problem = projectName.isBlank() ? Optional.of("the project name is empty")
        : metadata.parameter("name").flatMap(parameter -> ParameterRules.refusal(parameter, projectName));
    if (problem.isEmpty() && CaseConversion.kebabCase(projectName).isEmpty()) {
      problem = Optional.of("'" + projectName + "' has no letters or digits to build names from");
    }
    problem.ifPresent(why -> {
      throw new TaskerException(TaskerException.Kind.USAGE, "invalid project name: " + why,
          "use letters, digits, '-' and '_', starting with a letter, e.g. 'my-project'");
    });
  }

  /** The next steps, rendered before anything is written: a broken text writes nothing. */
  private String nextSteps(TemplateEntry entry, TemplateMetadata metadata,
      Map<String, Object> values) {
    try {
      return ProjectAssembly.nextSteps(metadata, values, context().renderLimits());
    } catch (RenderException failed) {
      throw Generation.pluginFault(entry, failed);
    }
  }

  private void printNextSteps(Path directory, String nextSteps) {
    PrintWriter out = context().out();
    out.println();
    out.println("Next steps:");
    out.println("  cd " + TerminalText.line(NextSteps.shown(context(), directory)));
    if (nextSteps == null) {
      out.println("  # see README.md for how to install and test");
    } else {
      // plugin text: sanitised like all output
      out.print(TerminalText.lines(nextSteps.endsWith("\n") ? nextSteps : nextSteps + "\n"));
    }
  }
}
