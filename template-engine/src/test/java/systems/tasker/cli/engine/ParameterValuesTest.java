package systems.tasker.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import systems.tasker.cli.plugin.ManifestDialect;
import systems.tasker.cli.plugin.ParameterType;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TemplateMetadata;
import systems.tasker.cli.plugin.TemplateParameter;

class ParameterValuesTest {

  private static TemplateParameter param(String name, ParameterType type, boolean required,
      Object defaultValue, List<String> choices, String pattern) {
    return new TemplateParameter(name, "", type, required, defaultValue, choices, pattern);
  }

  private static TemplateParameter string(String name) {
    return param(name, ParameterType.STRING, false, null, List.of(), null);
  }

  private static TemplateMetadata template(TemplateParameter... parameters) {
    return new TemplateMetadata("step_handler", "", null, List.of(parameters), List.of(), null,
        ManifestDialect.ARRAYS);
  }

  private static Map<String, Object> resolve(TemplateMetadata metadata, Map<String, String> given) {
    return ParameterValues.resolve(metadata, given, Map.of(), null);
  }

  private static Map<String, String> given(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  @Test
  void valuesComeInDeclarationOrderWithTheirTypes() {
    TemplateMetadata metadata = template(
        string("name"),
        param("with_tests", ParameterType.BOOLEAN, false, null, List.of(), null),
        param("port", ParameterType.INTEGER, false, null, List.of(), null),
        param("language", ParameterType.CHOICE, false, null, List.of("ruby", "python"), null),
        param("steps", ParameterType.LIST, false, null, List.of(), null));

    Map<String, Object> values = resolve(metadata, given(
        "steps", " validate, charge,,ship ,", "port", "-8080", "language", "python",
        "with_tests", "YES", "name", "ProcessPayment"));

    assertThat(values).containsExactly(
        Map.entry("name", "ProcessPayment"),
        Map.entry("with_tests", true),
        Map.entry("port", -8080L),
        Map.entry("language", "python"),
        Map.entry("steps", List.of("validate", "charge", "ship")));
  }

  @Test
  void booleanAcceptsEveryDocumentedSpelling() {
    TemplateMetadata metadata =
        template(param("flag", ParameterType.BOOLEAN, false, null, List.of(), null));
    for (String yes : List.of("true", "TRUE", "yes", "Yes", "1", " true ")) {
      assertThat(resolve(metadata, given("flag", yes))).containsEntry("flag", true);
    }
    for (String no : List.of("false", "False", "no", "NO", "0")) {
      assertThat(resolve(metadata, given("flag", no))).containsEntry("flag", false);
    }
  }

  @Test
  void precedenceIsGivenThenConfigThenTemplateDefaultThenPrompt() {
    TemplateParameter name = param("name", ParameterType.STRING, true, "FromTemplate", List.of(), null);
    TemplateMetadata metadata = template(name);
    ParameterPrompter prompter = (parameter, problem) -> "FromPrompt";

    assertThat(ParameterValues.resolve(metadata, given("name", "FromCli"),
        Map.of("name", "FromConfig"), prompter)).containsEntry("name", "FromCli");
    assertThat(ParameterValues.resolve(metadata, Map.of(), Map.of("name", "FromConfig"), prompter))
        .containsEntry("name", "FromConfig");
    assertThat(ParameterValues.resolve(metadata, Map.of(), Map.of(), prompter))
        .containsEntry("name", "FromTemplate");
    TemplateMetadata noDefault =
        template(param("name", ParameterType.STRING, true, null, List.of(), null));
    assertThat(ParameterValues.resolve(noDefault, Map.of(), Map.of(), prompter))
        .containsEntry("name", "FromPrompt");
  }

  @Test
  void configAndTemplateDefaultsKeepTheirTomlTypes() {
    TemplateMetadata metadata = template(
        param("flag", ParameterType.BOOLEAN, false, null, List.of(), null),
        param("port", ParameterType.INTEGER, false, 80L, List.of(), null),
        param("steps", ParameterType.LIST, false, List.of("a", " b "), List.of(), null));

    Map<String, Object> values = ParameterValues.resolve(metadata, Map.of(),
        Map.of("flag", true, "steps", List.of("x", "", "y")), null);

    assertThat(values).containsExactly(
        Map.entry("flag", true), Map.entry("port", 80L), Map.entry("steps", List.of("x", "y")));
  }

  @Test
  void configDefaultsForUndeclaredParametersAreIgnored() {
    Map<String, Object> values = ParameterValues.resolve(template(string("name")),
        Map.of(), Map.of("name", "A", "author", "someone"), null);
    assertThat(values).containsExactly(Map.entry("name", "A"));
  }

  @Test
  void optionalParameterWithoutAnyValueIsLeftOut() {
    assertThat(resolve(template(string("description")), Map.of())).isEmpty();
  }

  @Test
  void dashesInGivenKeysMatchUnderscores() {
    assertThat(resolve(template(string("module_name")), given("module-name", "handlers")))
        .containsEntry("module_name", "handlers");
  }

  @Test
  void unknownParameterListsTheKnownOnesAndSuggests() {
    assertThatThrownBy(() -> resolve(template(string("name"), string("module_name")),
        given("nmae", "X")))
        .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
          assertThat(e.kind()).isEqualTo(TaskerException.Kind.USAGE);
          assertThat(e.parameter()).isEqualTo("nmae");
          assertThat(e.getMessage()).isEqualTo(
              "unknown parameter 'nmae' for template 'step_handler' (did you mean 'name'?)");
          assertThat(e.hint()).isEqualTo("known parameters: name, module_name");
        });
  }

  @Test
  void unknownParameterOfATemplateWithoutParameters() {
    assertThatThrownBy(() -> resolve(template(), given("name", "X")))
        .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("unknown parameter 'name' for template 'step_handler'");
          assertThat(e.hint()).isEqualTo("this template takes no parameters");
        });
  }

  @Test
  void missingRequiredParameterWithoutPrompter() {
    TemplateParameter name = new TemplateParameter("name", "Handler name (e.g., ProcessPayment)",
        ParameterType.STRING, true, null, List.of(), null);
    assertThatThrownBy(() -> resolve(template(name), Map.of()))
        .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
          assertThat(e.kind()).isEqualTo(TaskerException.Kind.USAGE);
          assertThat(e.getMessage()).isEqualTo(
              "missing required parameter 'name' (Handler name (e.g., ProcessPayment))");
          assertThat(e.hint()).isEqualTo("pass it as --name VALUE or --param name=VALUE");
        });
  }

  @Test
  void wrongBoolean() {
    assertRefused(param("with_tests", ParameterType.BOOLEAN, false, null, List.of(), null), "maybe",
        "parameter 'with_tests' must be a boolean, got 'maybe'",
        "use one of: true, false, yes, no, 1, 0");
  }

  @Test
  void wrongInteger() {
    assertRefused(param("port", ParameterType.INTEGER, false, null, List.of(), null), "8080.5",
        "parameter 'port' must be an integer, got '8080.5'", "use a whole number, e.g. 42");
  }

  @Test
  void outsideChoices() {
    assertRefused(param("language", ParameterType.CHOICE, false, null,
            List.of("ruby", "python", "typescript"), null), "rubyy",
        "parameter 'language' must be one of ruby, python, typescript; got 'rubyy'"
            + " (did you mean 'ruby'?)",
        "allowed values: ruby, python, typescript");
  }

  @Test
  void listItemOutsideChoices() {
    assertRefused(param("targets", ParameterType.LIST, false, null, List.of("linux", "mac"), null),
        "linux,windows",
        "each item of parameter 'targets' must be one of linux, mac; got 'windows'",
        "allowed values: linux, mac");
  }

  @Test
  void notMatchingThePatternNamesTheNearestFormThatDoesAndNeverThePattern() {
    TemplateParameter name = new TemplateParameter("name", "Handler name", ParameterType.STRING,
        true, null, List.of(), "[A-Z][A-Za-z0-9]*");
    assertRefused(name, "process payment",
        "parameter 'name' cannot be 'process payment': it does not have the form the template"
            + " expects",
        "use `ProcessPayment` (Handler name)");
    // the whole value must match, not a part of it
    assertRefused(name, "Process payment",
        "parameter 'name' cannot be 'Process payment': it does not have the form the template"
            + " expects",
        "use `ProcessPayment` (Handler name)");
    // no case form fits: the description is the hint
    assertRefused(name, "1x",
        "parameter 'name' cannot be '1x': it does not have the form the template expects",
        "name: Handler name");
  }

  @Test
  void theNearestAcceptedFormIsTheOneWithTheFewestEdits() {
    TemplateParameter name = new TemplateParameter("name", "", ParameterType.STRING,
        true, null, List.of(), "[A-Za-z][A-Za-z0-9_]*");
    assertThat(ParameterValues.nearestAccepted(name, "send-receipt")).contains("send_receipt");
    assertThat(ParameterValues.nearestAccepted(name, "Send Receipt")).contains("SendReceipt");
    assertThat(ParameterValues.nearestAccepted(name, "the \"best\" one")).isEmpty();
  }

  @Test
  void everyListItemMustMatchThePattern() {
    assertRefused(param("steps", ParameterType.LIST, false, null, List.of(), "[a-z_]+"),
        "validate,Charge", "item 'Charge' of parameter 'steps' is refused: it does not have the"
            + " form the template expects",
        "use `charge`");
  }

  @Test
  void badConfigValueSaysWhereItCameFrom() {
    TemplateMetadata metadata =
        template(param("port", ParameterType.INTEGER, false, null, List.of(), null));
    assertThatThrownBy(() -> ParameterValues.resolve(metadata, Map.of(), Map.of("port", "eighty"),
        null))
        .hasMessage("parameter 'port' must be an integer, got 'eighty' (from the configuration)");
  }

  @Test
  void badTemplateDefaultIsThePluginsMistakeNotTheUsers() {
    TemplateMetadata metadata =
        template(param("flag", ParameterType.BOOLEAN, false, "sometimes", List.of(), null));
    assertThatThrownBy(() -> resolve(metadata, Map.of()))
        .isInstanceOf(TaskerException.class)
        .isNotInstanceOf(InvalidParameterException.class)
        .hasMessage("the default of parameter 'flag' of template 'step_handler' does not fit its"
            + " own declaration: parameter 'flag' must be a boolean, got 'sometimes' (the"
            + " template's default)")
        .satisfies(e -> assertThat(((TaskerException) e).kind())
            .isEqualTo(TaskerException.Kind.FAILURE))
        .satisfies(e -> assertThat(((TaskerException) e).hint()).isEqualTo("this is a mistake of"
            + " the plugin: pass --flag VALUE to choose a value, and run 'tasker-cli plugin"
            + " validate' on the plugin"));
    // a value given by the user is used, and the default never looked at
    assertThat(resolve(metadata, given("flag", "yes"))).containsEntry("flag", true);
  }

  @Test
  void aStringParameterWithAnEnumTakesOnlyItsValues() {
    TemplateMetadata metadata = template(
        param("kind", ParameterType.STRING, false, null, List.of("api", "batch"), null));

    assertThat(resolve(metadata, given("kind", "batch"))).containsEntry("kind", "batch");
    assertThatThrownBy(() -> resolve(metadata, given("kind", "bach")))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("parameter 'kind' must be one of api, batch; got 'bach' (did you mean"
            + " 'batch'?)");
    assertThatThrownBy(() -> ParameterValues.resolve(metadata, Map.of(), Map.of("kind", "queue"),
        null))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("got 'queue' (from the configuration)");
  }

  @Test
  void listForAScalarParameterIsAWrongType() {
    TemplateMetadata metadata = template(string("name"));
    assertThatThrownBy(() -> ParameterValues.resolve(metadata, Map.of(),
        Map.of("name", List.of("a", "b")), null))
        .hasMessage("parameter 'name' must be a string, got '[a, b]' (from the configuration)");
  }

  @Test
  void invalidPatternInTheTemplateIsAFailure() {
    TemplateMetadata metadata =
        template(param("name", ParameterType.STRING, false, null, List.of(), "[a-"));
    assertThatThrownBy(() -> resolve(metadata, given("name", "x")))
        .isInstanceOfSatisfying(TaskerException.class, e -> {
          assertThat(e.kind()).isEqualTo(TaskerException.Kind.FAILURE);
          assertThat(e.getMessage()).startsWith(
              "parameter 'name' declares an invalid pattern [a-: ");
        });
  }

  @Test
  void prompterIsAskedAgainUntilTheAnswerFits() {
    TemplateMetadata metadata = template(
        param("port", ParameterType.INTEGER, true, null, List.of(), null));
    List<String> problems = new ArrayList<>();
    List<String> answers = new ArrayList<>(List.of("", "eighty", "8080"));
    ParameterPrompter prompter = (parameter, problem) -> {
      assertThat(parameter.name()).isEqualTo("port");
      problems.add(problem);
      return answers.remove(0);
    };

    Map<String, Object> values = ParameterValues.resolve(metadata, Map.of(), Map.of(), prompter);

    assertThat(values).containsEntry("port", 8080L);
    assertThat(problems).containsExactly(
        null, "a value is required", "parameter 'port' must be an integer, got 'eighty'");
  }

  @Test
  void prompterIsNotAskedForOptionalParameters() {
    ParameterPrompter prompter = (parameter, problem) -> {
      throw new AssertionError("asked for " + parameter.name());
    };
    assertThat(ParameterValues.resolve(template(string("description")), Map.of(), Map.of(),
        prompter)).isEmpty();
  }

  @Test
  void prompterAbortsByThrowing() {
    TemplateMetadata metadata =
        template(param("name", ParameterType.STRING, true, null, List.of(), null));
    TaskerException abort = new TaskerException(TaskerException.Kind.USAGE, "Aborted", null);
    assertThatThrownBy(() -> ParameterValues.resolve(metadata, Map.of(), Map.of(),
        (parameter, problem) -> {
          throw abort;
        })).isSameAs(abort);
  }

  private static void assertRefused(
      TemplateParameter parameter, String raw, String message, String hint) {
    assertThatThrownBy(() -> resolve(template(parameter), given(parameter.name(), raw)))
        .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
          assertThat(e.kind()).isEqualTo(TaskerException.Kind.USAGE);
          assertThat(e.parameter()).isEqualTo(parameter.name());
          assertThat(e.getMessage()).isEqualTo(message);
          assertThat(e.hint()).isEqualTo(hint);
        });
  }

  @Test
  void reservedValuesAreRefusedEvenWhenThePatternMatches() {
    TemplateMetadata metadata = new TemplateMetadata("t", "", null, List.of(
        new TemplateParameter("name", "Handler name", ParameterType.STRING, true, null,
            List.of(), "^[A-Za-z][A-Za-z0-9_]*$", "(?i:class|def)_*")), List.of(), null,
        ManifestDialect.ARRAYS);

    assertThat(ParameterValues.resolve(metadata, Map.of("name", "classy"), Map.of(), null))
        .containsEntry("name", "classy");
    assertThatThrownBy(() -> ParameterValues.resolve(metadata, Map.of("name", "Class__"),
        Map.of(), null))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("parameter 'name' cannot be 'Class__': the template reserves it");
  }

  @Test
  @Timeout(60) // a backtracking engine would not return at all: this is a hang guard, no benchmark
  void aCatastrophicPatternMatchesInLinearTime() {
    // (a+)+b backtracks exponentially in java.util.regex: 2^40 steps for this input
    TemplateMetadata metadata = new TemplateMetadata("t", "", null, List.of(
        new TemplateParameter("name", "", ParameterType.STRING, true, null, List.of(),
            "(a+)+b")), List.of(), null, ManifestDialect.ARRAYS);

    assertThatThrownBy(() -> ParameterValues.resolve(metadata,
        Map.of("name", "a".repeat(40) + "!"), Map.of(), null))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("parameter 'name' cannot be 'aaaa");
  }

  @Test
  void aPatternRe2CannotCompileIsTheTemplatesFault() {
    TemplateMetadata metadata = new TemplateMetadata("t", "", null, List.of(
        new TemplateParameter("name", "", ParameterType.STRING, true, null, List.of(),
            "^(?!x)[a-z]+$")), List.of(), null, ManifestDialect.ARRAYS);

    assertThatThrownBy(() -> ParameterValues.resolve(metadata, Map.of("name", "abc"), Map.of(),
        null))
        .isInstanceOfSatisfying(TaskerException.class, e -> {
          assertThat(e.kind()).isEqualTo(TaskerException.Kind.FAILURE);
          assertThat(e.getMessage()).isEqualTo("parameter 'name' declares an invalid pattern"
              + " ^(?!x)[a-z]+$: invalid or unsupported Perl syntax: `(?!`");
        });
  }
}
