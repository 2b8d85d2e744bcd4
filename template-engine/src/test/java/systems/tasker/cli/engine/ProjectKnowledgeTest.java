package systems.tasker.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import systems.tasker.cli.engine.plan.GenerationPlan;
import systems.tasker.cli.engine.plan.PlannedFile;
import systems.tasker.cli.plugin.Diagnostic;
import systems.tasker.cli.plugin.ManifestDialect;
import systems.tasker.cli.plugin.ParameterRule;
import systems.tasker.cli.plugin.ParameterType;
import systems.tasker.cli.plugin.ProjectSpec;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TemplateMetadata;
import systems.tasker.cli.plugin.TemplateOutput;
import systems.tasker.cli.plugin.TemplateParameter;

/**
 * What a project template knows of its language, as the engine applies it: name rules with their
 * messages, the next steps, and contributions run into one plan.
 */
class ProjectKnowledgeTest {

  private final FileSystem fs = TemplateDirs.unixFileSystem();
  private final Path dir = fs.getPath("/plugin/templates/project");

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private static final ParameterRule START = new ParameterRule(null, "[A-Za-z].*", null,
      List.of(), "'{{ value }}' must start with a letter");
  private static final ParameterRule KEYWORDS = new ParameterRule("snake_case", null, null,
      List.of("func", "go_to"), "the Go package would be '{{ value | snake_case }}', a keyword");
  private static final ParameterRule MAIN = new ParameterRule(null, null, "(?i:main)_*",
      List.of(), "{{ value }} is the entry point");

  private static TemplateParameter name(ParameterRule... rules) {
    return new TemplateParameter("name", "Project name", ParameterType.STRING, true, null,
        List.of(), "^[A-Za-z][A-Za-z0-9_-]*$", null, List.of(rules));
  }

  private static TemplateMetadata project(TemplateParameter parameter, ProjectSpec project,
      TemplateOutput... outputs) {
    return new TemplateMetadata("project", "A project", null, List.of(parameter),
        List.of(outputs), null, ManifestDialect.ARRAYS, project);
  }

  @Test
  void theFirstRuleThatRefusesAValueSaysWhyInTheTemplatesWords() {
    TemplateParameter parameter = name(START, KEYWORDS, MAIN);

    assertThat(ParameterRules.refusal(parameter, "9lives"))
        .hasValue("'9lives' must start with a letter");
    assertThat(ParameterRules.refusal(parameter, "Func"))
        .hasValue("the Go package would be 'func', a keyword");
    assertThat(ParameterRules.refusal(parameter, "GoTo"))
        .hasValue("the Go package would be 'go_to', a keyword");
    assertThat(ParameterRules.refusal(parameter, "MAIN__"))
        .hasValue("MAIN__ is the entry point");
    assertThat(ParameterRules.refusal(parameter, "functional")).isEmpty();
    assertThat(ParameterRules.refusal(parameter, "domain")).isEmpty();
  }

  @Test
  void valuesAreRefusedWithTheRulesMessageBeforeThePatternIsTried() {
    TemplateMetadata metadata = project(name(START, KEYWORDS), ProjectSpec.NONE);

    assertThatThrownBy(() -> ParameterValues.resolve(metadata, Map.of("name", "_x"), Map.of(),
        null))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("parameter 'name' cannot be '_x': '_x' must start with a letter");
    assertThatThrownBy(() -> ParameterValues.resolve(metadata, Map.of("name", "go-to"),
        Map.of(), null))
        .hasMessage("parameter 'name' cannot be 'go-to': the Go package would be 'go_to', a"
            + " keyword");
    assertThatThrownBy(() -> ParameterValues.resolve(metadata, Map.of("name", "a.b"), Map.of(),
        null))
        .hasMessage("parameter 'name' cannot be 'a.b': it does not have the form the template"
            + " expects");
    assertThat(ParameterValues.resolve(metadata, Map.of("name", "shop"), Map.of(), null))
        .containsEntry("name", "shop");
  }

  @Test
  void aRuleThatCannotBeAppliedIsTheTemplatesFault() {
    TemplateParameter lookahead = name(new ParameterRule(null, "(?!x).*", null, List.of(), "m"));
    TemplateParameter include = name(new ParameterRule(null, null, null, List.of("x"),
        "{% include '/etc/passwd' %}"));

    assertThatThrownBy(() -> ParameterRules.refusal(lookahead, "a"))
        .isInstanceOfSatisfying(TaskerException.class,
            e -> assertThat(e.kind()).isEqualTo(TaskerException.Kind.FAILURE))
        .hasMessageStartingWith("parameter 'name': a rule declares an invalid pattern (?!x).*");
    assertThatThrownBy(() -> ParameterRules.refusal(include, "x"))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("cannot be read: this text may not include, import or extend a"
            + " file");
  }

  @Test
  void everyCaseARuleMayNameIsAFilterOfTheEngine() {
    assertThat(CaseConversion.filterNames()).containsExactlyElementsOf(ParameterRule.FORMS);
  }

  @Test
  void contributionsRunInOrderIntoOnePlanAndTheFirstFileOfAPathStays() {
    PlannedFile own = file("docker-compose.tasker.yml", "the project's own");
    PlannedFile shared = file("docker-compose.tasker.yml", "the shared one");
    PlannedFile config = file("config/tasker/worker.toml", "worker");
    AnswersFile answers = new AnswersFile("tasker-test-go", "0.1.0", "project", "go",
        Map.of("name", "shop"));

    GenerationPlan plan = ProjectAssembly.plan(List.of(
        () -> List.of(own, file("go.mod", "module shop")),
        () -> List.of(config),
        () -> List.of(shared),
        answers));

    assertThat(plan.paths()).containsExactly("docker-compose.tasker.yml", "go.mod",
        "config/tasker/worker.toml", ".tasker-cli-answers.toml");
    assertThat(new String(plan.files().get(0).content(), StandardCharsets.UTF_8))
        .isEqualTo("the project's own");
    assertThat(new String(plan.files().get(3).content(), StandardCharsets.UTF_8)).isEqualTo("""
        # Written by 'tasker-cli init': which template made this project, with which answers.
        # Keep it under version control; it lets later tasker-cli versions regenerate or update\
         the project.

        [generator]
        plugin = "tasker-test-go"
        plugin_version = "0.1.0"
        template = "project"
        language = "go"

        [parameters]
        name = "shop"
        """);
  }

  private static PlannedFile file(String path, String text) {
    return new PlannedFile(path, text.getBytes(StandardCharsets.UTF_8), false, "test");
  }

  @Test
  void theNextStepsAreATemplateOfTheProjectsValuesThatIncludesNoFile() {
    TemplateMetadata metadata = project(name(),
        new ProjectSpec("  go test ./{{ name | snake_case }}/...\n", List.of()));

    assertThat(ProjectAssembly.nextSteps(metadata, Map.of("name", "Shop-Floor"),
        RenderLimits.DEFAULT)).isEqualTo("  go test ./shop_floor/...\n");
    assertThat(ProjectAssembly.nextSteps(project(name(), ProjectSpec.NONE), Map.of(),
        RenderLimits.DEFAULT)).isNull();
    assertThatThrownBy(() -> ProjectAssembly.nextSteps(project(name(),
        new ProjectSpec("{% include 'secret.txt' %}", List.of())), Map.of("name", "x"),
        RenderLimits.DEFAULT))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("the next steps of template 'project'");
  }

  @Test
  void pluginValidateChecksMessagesNextStepsAndDefaultsAgainstTheRules() {
    TemplateDirs.write(dir, "go.mod.tera", "module {{ name }}\n");
    TemplateParameter refusedDefault = new TemplateParameter("name", "", ParameterType.STRING,
        false, "func", List.of(), null, null, List.of(KEYWORDS,
            new ParameterRule(null, "[a-z]+", null, List.of(), "{{ valeu }} is wrong")));
    TemplateMetadata metadata = project(refusedDefault,
        new ProjectSpec("  cd {{ nmae }}\n", List.of()),
        new TemplateOutput("go.mod.tera", "go.mod", null, null, false));

    List<Diagnostic> diagnostics = new TemplateChecker().check(dir, metadata);

    assertThat(diagnostics).extracting(Diagnostic::code, Diagnostic::message).containsExactly(
        tuple("template-unknown-variable",
            "in a message of parameter 'name': variable 'valeu' is neither a parameter nor set"
                + " in the template"),
        tuple("parameter-default-pattern-mismatch",
            "default 'func' of parameter 'name' is refused by its own rules: the Go package"
                + " would be 'func', a keyword"),
        tuple("template-unknown-variable",
            "in the next steps: variable 'nmae' is neither a parameter nor set in the template"));
  }

  @Test
  void pluginValidateRefusesNextStepsThatDoNotCompile() {
    TemplateDirs.write(dir, "go.mod.tera", "module {{ name }}\n");
    TemplateMetadata metadata = project(name(),
        new ProjectSpec("  {% if %}\n", List.of()),
        new TemplateOutput("go.mod.tera", "go.mod", null, null, false));

    assertThat(new TemplateChecker().check(dir, metadata))
        .extracting(Diagnostic::code)
        .containsExactly("template-syntax");
  }
}
