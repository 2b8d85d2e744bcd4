package systems.tasker.cli.plugin;

import static systems.tasker.cli.plugin.DiagnosticCodes.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rules a {@code template.toml} must follow on its own: its parameters, outputs and tree-mode
 * {@code [files]} as written. Whether the files it names exist is {@link TemplateDirectoryRules}'.
 */
final class TemplateMetadataRules {

  private static final List<String> HEADER_ROOT_KEYS =
      List.of("template", "parameters", "outputs", "files", ProjectSpec.TABLE);
  private static final List<String> FLAT_ROOT_KEYS = List.of(
      "name", "description", "version", "parameters", "outputs", "files", ProjectSpec.TABLE);
  private static final List<String> HEADER_KEYS = List.of("name", "description", "version");
  private static final List<String> KEYED_PARAMETER_KEYS = List.of(
      "description", "type", "required", "default", "choices", "enum", "pattern", "reserved",
      "rules");
  private static final List<String> ARRAY_PARAMETER_KEYS = List.of(
      "name", "description", "type", "required", "default", "choices", "enum", "pattern",
      "reserved", "rules");
  private static final List<String> RULE_KEYS = List.of("case", "pattern", "reserved", "message");
  private static final List<String> PROJECT_KEYS = List.of("next_steps", "contributions");
  private static final List<String> KEYED_OUTPUT_KEYS =
      List.of("template", "path", "condition", "optional");
  private static final List<String> ARRAY_OUTPUT_KEYS =
      List.of("template", "filename", "subdir", "condition", "optional");
  private static final List<String> FILES_KEYS = List.of("dir");
  private static final String TYPES = Stream.of(ParameterType.values())
      .map(ParameterType::label).collect(Collectors.joining(", "));

  private TemplateMetadataRules() {}

  static List<Diagnostic> check(
      TomlSource source,
      TemplateMetadata metadata,
      List<TomlEntry> parameters,
      List<TomlEntry> outputs) {
    List<Diagnostic> out = new ArrayList<>();
    JsonNode root = source.document();
    // With a [template] table, name and description are read from it, so at the top level they
    // would be silently ignored: they are unknown there.
    boolean header = root.path("template").isObject();
    UnknownKeys.check(source, TEMPLATE_KEY_UNKNOWN, root, "", "template.toml",
        header ? HEADER_ROOT_KEYS : FLAT_ROOT_KEYS, out);
    if (header) {
      UnknownKeys.check(source, TEMPLATE_KEY_UNKNOWN, root.get("template"), "template",
          "[template]", HEADER_KEYS, out);
    }
    if (!metadata.name().isEmpty() && !PluginNames.isValid(metadata.name())) {
      out.add(source.errorAtValue(TEMPLATE_NAME_INVALID, header ? "template.name" : "name",
          "template name '" + metadata.name() + "' is not " + PluginNames.rule(),
          "rename it, e.g. 'step_handler'"));
    }
    if (metadata.description().isBlank()) {
      out.add(source.warningAtKey(TEMPLATE_DESCRIPTION_MISSING,
          header ? "template.description" : "description",
          "the template has no description",
          "add description = \"…\"; template list and template info show it"));
    }
    notACollection(source, root, "parameters", out);
    notACollection(source, root, "outputs", out);
    checkProject(source, root.get(ProjectSpec.TABLE), out);
    checkParameters(source, parameters, out);
    checkOutputs(source, outputs, out);
    JsonNode files = root.get("files");
    if (files != null && !files.isObject()) {
      out.add(source.errorAtKey(TEMPLATE_ENTRY_NOT_TABLE, "files",
          "'files' must be a table", "write it as [files] dir = \"files\""));
    } else if (files != null) {
      checkFiles(source, files, out);
    }
    // [files] without a usable dir is reported as such; "no outputs" on top would be noise.
    if (outputs.isEmpty() && files == null) {
      out.add(source.errorAtKey(TEMPLATE_OUTPUTS_MISSING, "outputs",
          "the template declares no outputs",
          "add an [[outputs]] entry with template and filename, or [files] dir = \"files\""));
    }
    out.sort(Diagnostic.IN_FILE_ORDER);
    return out;
  }

  private static void notACollection(
      TomlSource source, JsonNode root, String key, List<Diagnostic> out) {
    JsonNode value = root.get(key);
    if (value != null && !value.isObject() && !value.isArray()) {
      out.add(source.errorAtKey(TEMPLATE_ENTRY_NOT_TABLE, key,
          "'" + key + "' must be a table or an array of tables",
          "see the template metadata section of the documentation"));
    }
  }

  private static void checkParameters(
      TomlSource source, List<TomlEntry> parameters, List<Diagnostic> out) {
    Map<String, TomlEntry> seen = new HashMap<>();
    for (TomlEntry entry : parameters) {
      if (!entry.isTable()) {
        out.add(source.errorAtKey(TEMPLATE_ENTRY_NOT_TABLE, entry.path(),
            "parameter '" + entry.name() + "' is not a table",
            "write it as " + entry.name() + " = { type = \"string\", required = true }"));
        continue;
      }
      JsonNode p = entry.node();
      UnknownKeys.check(source, TEMPLATE_KEY_UNKNOWN, p, entry.path(),
          "parameter '" + entry.name() + "'",
          entry.keyed() ? KEYED_PARAMETER_KEYS : ARRAY_PARAMETER_KEYS, out);
      if (entry.name().isBlank()) {
        out.add(source.errorAtKey(PARAMETER_NAME_MISSING, entry.child("name"),
            "parameter has no name", "add name = \"…\" to this [[parameters]] entry"));
      } else if (!PluginNames.isValid(entry.name())) {
        out.add(Diagnostic.error(PARAMETER_NAME_INVALID, source.file(),
            entry.nameAt(source.locator()),
            "parameter name '" + entry.name() + "' is not " + PluginNames.rule(),
            "rename it, e.g. 'handler_name'; each parameter becomes an option (--handler-name)"));
      } else {
        TomlEntry first = seen.putIfAbsent(TemplateRef.nameKey(entry.name()), entry);
        if (first != null) {
          out.add(Diagnostic.error(PARAMETER_DUPLICATE, source.file(),
              entry.nameAt(source.locator()),
              "parameter '" + entry.name() + "' is declared twice (first on line "
                  + first.nameAt(source.locator()).line() + ")",
              "remove one; parameter names compare ignoring case and '-'/'_'"));
        }
      }
      checkParameterValues(source, entry, out);
      checkRules(source, entry, out);
    }
  }

  private static void checkParameterValues(
      TomlSource source, TomlEntry entry, List<Diagnostic> out) {
    JsonNode p = entry.node();
    String type = TomlReader.text(p, "type");
    if (p.has("type") && ParameterType.fromLabel(type).isEmpty()) {
      out.add(source.errorAtValue(PARAMETER_TYPE_UNKNOWN, entry.child("type"),
          "unknown parameter type '" + type + "'" + Suggestions.didYouMean(type, typeLabels()),
          "use one of: " + TYPES));
    }
    ParameterPattern pattern = compiled(source, entry, "pattern", out);
    ParameterPattern reserved = compiled(source, entry, "reserved", out);
    Object defaultValue = TemplateMetadataReader.defaultOf(p.get("default"));
    if (defaultValue == null) {
      return;
    }
    List<String> choices = TomlReader.stringsOf(p, "choices", null);
    if (choices.isEmpty()) {
      choices = TomlReader.stringsOf(p, "enum", null);
    }
    String at = entry.child("default");
    for (String value : defaultValues(defaultValue)) {
      if (!choices.isEmpty() && !choices.contains(value)) {
        out.add(source.errorAtValue(PARAMETER_DEFAULT_NOT_A_CHOICE, at,
            "default '" + value + "' of parameter '" + entry.name() + "' is not one of "
                + String.join(", ", choices),
            "make the default one of the choices, or add it to them"));
        return;
      }
      if (pattern != null && !pattern.matchesWhole(value)) {
        out.add(source.errorAtValue(PARAMETER_DEFAULT_PATTERN_MISMATCH, at,
            "default '" + value + "' of parameter '" + entry.name() + "' does not match pattern "
                + pattern.regex(),
            "change the default or the pattern so they agree"));
        return;
      }
      if (reserved != null && reserved.matchesWhole(value)) {
        out.add(source.errorAtValue(PARAMETER_DEFAULT_PATTERN_MISMATCH, at,
            "default '" + value + "' of parameter '" + entry.name() + "' is one of its reserved"
                + " values (" + reserved.regex() + ")",
            "change the default or the reserved values so they agree"));
        return;
      }
    }
  }

  /** The compiled expression under {@code key}, or {@code null} (absent or reported invalid). */
  private static ParameterPattern compiled(TomlSource source, TomlEntry entry, String key,
      List<Diagnostic> out) {
    JsonNode node = entry.node().get(key);
    if (node == null) {
      return null;
    }
    try {
      return ParameterPattern.compile(node.asText());
    } catch (ParameterPattern.InvalidPatternException invalid) {
      out.add(source.errorAtValue(PARAMETER_PATTERN_INVALID, entry.child(key),
          key + " of parameter '" + entry.name() + "' is not a valid regular expression: "
              + invalid.getMessage(),
          ParameterPattern.SYNTAX_HINT));
      return null;
    }
  }

  /**
   * A parameter's {@code rules}: each a table with a message and one check, {@code pattern} or
   * {@code reserved} (an expression, or a list of words), after an optional case filter.
   */
  private static void checkRules(TomlSource source, TomlEntry parameter, List<Diagnostic> out) {
    JsonNode rules = parameter.node().get("rules");
    String at = parameter.child("rules");
    if (rules == null) {
      return;
    }
    if (!rules.isArray()) {
      out.add(source.errorAtValue(PARAMETER_RULE_INVALID, at,
          "rules of parameter '" + parameter.name() + "' must be an array of tables",
          "write each rule as [[parameters.rules]] after its parameter"));
      return;
    }
    for (int i = 0; i < rules.size(); i++) {
      checkRule(source, parameter.name(), rules.get(i), TomlKeyLocator.element(at, i), out);
    }
  }

  private static void checkRule(TomlSource source, String parameter, JsonNode rule, String at,
      List<Diagnostic> out) {
    String which = "rule of parameter '" + parameter + "'";
    if (!rule.isObject()) {
      out.add(source.errorAtValue(PARAMETER_RULE_INVALID, at, which + " is not a table",
          "write it as { pattern = \"…\", message = \"…\" }"));
      return;
    }
    UnknownKeys.check(source, TEMPLATE_KEY_UNKNOWN, rule, at, "a " + which, RULE_KEYS, out);
    JsonNode reserved = rule.get("reserved");
    boolean words = reserved != null && reserved.isArray();
    if (rule.has("pattern") == rule.has("reserved")) {
      out.add(source.errorAtKey(PARAMETER_RULE_INVALID, at,
          "a " + which + " needs exactly one of pattern and reserved",
          "pattern = '…' says what values must look like; reserved refuses values"));
    } else if (!(rule.path("pattern").isTextual() || (reserved != null && reserved.isTextual())
        || (words && allTextual(reserved)))) {
      String key = rule.has("pattern") ? "pattern" : "reserved";
      out.add(source.errorAtValue(PARAMETER_RULE_INVALID, TomlKeyLocator.child(at, key),
          key + " of a " + which + " must be a string"
              + (key.equals("reserved") ? " (an expression) or a list of words" : ""),
          "write reserved = [\"and\", \"class\"], or an expression in quotes"));
    } else if (!words) {
      compiledRuleExpression(source, parameter, rule, at, out);
    }
    JsonNode form = rule.get("case");
    if (form != null && !ParameterRule.FORMS.contains(form.asText())) {
      out.add(source.errorAtValue(PARAMETER_RULE_CASE_UNKNOWN, TomlKeyLocator.child(at, "case"),
          "unknown case '" + form.asText() + "' in a " + which
              + Suggestions.didYouMean(form.asText(), ParameterRule.FORMS),
          "use one of: " + String.join(", ", ParameterRule.FORMS)));
    }
    if (!rule.path("message").isTextual() || rule.path("message").asText().isBlank()) {
      out.add(source.errorAtKey(PARAMETER_RULE_MESSAGE_MISSING,
          TomlKeyLocator.child(at, "message"), "a " + which + " has no message",
          "add message = \"…\", what a refused value is told; {{ value }} is the value"));
    }
  }

  private static boolean allTextual(JsonNode array) {
    for (JsonNode item : array) {
      if (!item.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static void compiledRuleExpression(TomlSource source, String parameter, JsonNode rule,
      String at, List<Diagnostic> out) {
    String key = rule.has("pattern") ? "pattern" : "reserved";
    try {
      ParameterPattern.compile(rule.get(key).asText());
    } catch (ParameterPattern.InvalidPatternException invalid) {
      out.add(source.errorAtValue(PARAMETER_PATTERN_INVALID, TomlKeyLocator.child(at, key),
          key + " of a rule of parameter '" + parameter + "' is not a valid regular expression: "
              + invalid.getMessage(),
          ParameterPattern.SYNTAX_HINT));
    }
  }

  /** The {@code [project]} table: the next steps as text, the contributions as template names. */
  private static void checkProject(TomlSource source, JsonNode project, List<Diagnostic> out) {
    if (project == null) {
      return;
    }
    if (!project.isObject()) {
      out.add(source.errorAtKey(TEMPLATE_ENTRY_NOT_TABLE, ProjectSpec.TABLE,
          "'project' must be a table", "write it as [project] next_steps = \"…\""));
      return;
    }
    UnknownKeys.check(source, TEMPLATE_KEY_UNKNOWN, project, ProjectSpec.TABLE, "[project]",
        PROJECT_KEYS, out);
    JsonNode nextSteps = project.get("next_steps");
    if (nextSteps != null && !nextSteps.isTextual()) {
      out.add(source.errorAtValue(PROJECT_NEXT_STEPS_INVALID, "project.next_steps",
          "next_steps must be text", "write it as a string, one step a line"));
    }
    JsonNode contributions = project.get("contributions");
    if (contributions == null) {
      return;
    }
    if (!contributions.isArray()) {
      out.add(source.errorAtValue(PROJECT_CONTRIBUTION_INVALID, "project.contributions",
          "contributions must be a list of template names",
          "write contributions = [\"tasker_config\", \"docker_compose\"]"));
      return;
    }
    for (int i = 0; i < contributions.size(); i++) {
      JsonNode name = contributions.get(i);
      if (!name.isTextual() || !PluginNames.isValid(name.asText())) {
        out.add(source.errorAtValue(PROJECT_CONTRIBUTION_INVALID,
            TomlKeyLocator.element("project.contributions", i),
            "contribution " + (name.isTextual() ? "'" + name.asText() + "'" : name.toString())
                + " is not a template name (" + PluginNames.rule() + ")",
            "name a template that init renders into the project, e.g. 'tasker_config'"));
      }
    }
  }

  private static List<String> defaultValues(Object defaultValue) {
    if (defaultValue instanceof List<?>) {
      List<String> values = new ArrayList<>();
      ((List<?>) defaultValue).forEach(item -> values.add(String.valueOf(item)));
      return values;
    }
    return List.of(String.valueOf(defaultValue));
  }

  private static List<String> typeLabels() {
    return Stream.of(ParameterType.values()).map(ParameterType::label).toList();
  }

  private static void checkOutputs(
      TomlSource source, List<TomlEntry> outputs, List<Diagnostic> out) {
    for (TomlEntry entry : outputs) {
      if (!entry.isTable()) {
        out.add(source.errorAtKey(TEMPLATE_ENTRY_NOT_TABLE, entry.path(),
            "output '" + entry.name() + "' is not a table",
            "write it as " + entry.name() + " = { template = \"…\", path = \"…\" }"));
        continue;
      }
      JsonNode o = entry.node();
      UnknownKeys.check(source, TEMPLATE_KEY_UNKNOWN, o, entry.path(), "output",
          entry.keyed() ? KEYED_OUTPUT_KEYS : ARRAY_OUTPUT_KEYS, out);
      String template = TomlReader.text(o, "template");
      String at = entry.child("template");
      PluginPaths.problemOf(template).ifPresent(problem -> {
        switch (problem) {
          case EMPTY:
            out.add(source.errorAtKey(OUTPUT_TEMPLATE_MISSING, at,
                "output has no template file",
                "add template = \"handler.rb.tera\", a file in this template directory"));
            break;
          case ABSOLUTE:
            out.add(source.errorAtValue(OUTPUT_TEMPLATE_ABSOLUTE, at,
                "output template '" + template + "' is absolute",
                "write it relative to the template directory"));
            break;
          default:
            out.add(source.errorAtValue(OUTPUT_TEMPLATE_ESCAPES, at,
                "output template '" + template + "' leaves the template directory",
                "keep template files inside the template directory, without '..'"));
        }
      });
      String pathKey = TemplateMetadataReader.outputPathKey(entry);
      if (TomlReader.text(o, pathKey).isBlank()) {
        out.add(source.errorAtKey(OUTPUT_PATH_MISSING, entry.child(pathKey),
            "output has no " + pathKey,
            "add " + pathKey + " = \"{{ name | snake_case }}.rb\", the file to write"));
      }
    }
  }

  private static void checkFiles(TomlSource source, JsonNode files, List<Diagnostic> out) {
    UnknownKeys.check(source, TEMPLATE_KEY_UNKNOWN, files, "files", "[files]", FILES_KEYS, out);
    String dir = TomlReader.text(files, "dir");
    PluginPaths.problemOf(dir).ifPresent(problem -> {
      switch (problem) {
        case EMPTY:
          out.add(source.errorAtKey(FILES_DIR_MISSING, "files.dir",
              "[files] has no dir", "add dir = \"files\", the directory whose content is emitted"));
          break;
        case ABSOLUTE:
          out.add(source.errorAtValue(FILES_DIR_ABSOLUTE, "files.dir",
              "files dir '" + dir + "' is absolute", "write it relative to the template directory"));
          break;
        default:
          out.add(source.errorAtValue(FILES_DIR_ESCAPES, "files.dir",
              "files dir '" + dir + "' leaves the template directory",
              "keep the files directory inside the template directory, without '..'"));
      }
    });
  }
}
