package systems.tasker.cli.plugin;

import static systems.tasker.cli.plugin.DiagnosticCodes.*;
import static systems.tasker.cli.plugin.TypedKeys.Type.BOOLEAN;
import static systems.tasker.cli.plugin.TypedKeys.Type.STRING;
import static systems.tasker.cli.plugin.TypedKeys.Type.STRINGS;

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
      List.of("template", "parameters", "outputs", "files", ProjectSpec.TABLE, TemplatePatch.TABLE);
  private static final List<String> FLAT_ROOT_KEYS = List.of(
      "name", "description", "version", "parameters", "outputs", "files", ProjectSpec.TABLE,
      TemplatePatch.TABLE);
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
  private static final List<String> PATCH_KEYS =
      List.of("file", "after", "before", "append", "insert", "condition");
  // The types of the keys; the collections, default, rules, reserved of a rule and the keys of
  // [project] and of patches have rules of their own.
  private static final Map<String, TypedKeys.Type> DESCRIPTION_TYPES =
      TypedKeys.of("name", STRING, "description", STRING, "version", STRING);
  private static final Map<String, TypedKeys.Type> PARAMETER_TYPES = TypedKeys.of(
      "name", STRING, "description", STRING, "type", STRING, "required", BOOLEAN,
      "choices", STRINGS, "enum", STRINGS, "pattern", STRING, "reserved", STRING);
  private static final Map<String, TypedKeys.Type> RULE_TYPES =
      TypedKeys.of("case", STRING, "message", STRING);
  private static final Map<String, TypedKeys.Type> OUTPUT_TYPES = TypedKeys.of(
      "template", STRING, "path", STRING, "filename", STRING, "subdir", STRING,
      "condition", STRING, "optional", BOOLEAN);
  private static final Map<String, TypedKeys.Type> FILES_TYPES = TypedKeys.of("dir", STRING);
  private static final String TYPES = Stream.of(ParameterType.values())
      .map(ParameterType::label).collect(Collectors.joining(", "));

  private TemplateMetadataRules() {}

  static List<Diagnostic> check(
      TomlSource source,
      TemplateMetadata metadata,
      List<TomlEntry> parameters,
      List<TomlEntry> outputs,
      List<TomlEntry> patches) {
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
      TypedKeys.check(source, TEMPLATE_KEY_TYPE, root.get("template"), "template", "[template]",
          DESCRIPTION_TYPES, out);
    } else {
      TypedKeys.check(source, TEMPLATE_KEY_TYPE, root, "", "template.toml", DESCRIPTION_TYPES,
          out);
    }
    if (!metadata.name().isEmpty() && !PluginNames.isValid(metadata.name())) {
      out.add(source.errorAtValue(TEMPLATE_NAME_INVALID, header ? "template.name" : "name",
          "template name '" + metadata.name() + "' is not " + PluginNames.rule(),
          "rename it, e.g. 'step_handler'"));
    }
    JsonNode description = (header ? root.get("template") : root).get("description");
    if (metadata.description().isBlank() && (description == null || description.isTextual())) {
      out.add(source.warningAtKey(TEMPLATE_DESCRIPTION_MISSING,
          header ? "template.description" : "description",
          "the template has no description",
          "add description = \"…\"; template list and template info show it"));
    }
    notACollection(source, root, "parameters", out);
    notACollection(source, root, "outputs", out);
    notACollection(source, root, TemplatePatch.TABLE, out);
    checkProject(source, root.get(ProjectSpec.TABLE), out);
    checkParameters(source, parameters, out);
    checkOutputs(source, outputs, out);
    checkPatches(source, patches, out);
    JsonNode files = root.get("files");
    if (files != null && !files.isObject()) {
      out.add(source.errorAtKey(TEMPLATE_ENTRY_NOT_TABLE, "files",
          "'files' must be a table", "write it as [files] dir = \"files\""));
    } else if (files != null) {
      checkFiles(source, files, out);
    }
    // [files] without a usable dir is reported as such; "no outputs" on top would be noise.
    if (outputs.isEmpty() && files == null && patches.isEmpty()) {
      out.add(source.errorAtKey(TEMPLATE_OUTPUTS_MISSING, "outputs",
          "the template declares no outputs",
          "add an [[outputs]] entry with template and filename, [files] dir = \"files\", or"
              + " [[patches]]"));
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
      String tableName = "parameter '" + entry.name() + "'";
      UnknownKeys.check(source, TEMPLATE_KEY_UNKNOWN, p, entry.path(), tableName,
          entry.keyed() ? KEYED_PARAMETER_KEYS : ARRAY_PARAMETER_KEYS, out);
      TypedKeys.Checked typed = TypedKeys.check(source, TEMPLATE_KEY_TYPE, p, entry.path(),
          tableName, PARAMETER_TYPES, out);
      if (typed.wrong(entry.child("name"))) {
        // reported as a wrong type
      } else if (entry.name().isBlank()) {
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
      checkParameterValues(source, entry, typed, out);
      checkRules(source, entry, out);
    }
  }

  private static void checkParameterValues(
      TomlSource source, TomlEntry entry, TypedKeys.Checked typed, List<Diagnostic> out) {
    JsonNode p = entry.node();
    String type = TomlReader.text(p, "type");
    boolean typeKnown = !p.has("type") || ParameterType.fromLabel(type).isPresent();
    if (!typeKnown && !typed.wrong(entry.child("type"))) {
      out.add(source.errorAtValue(PARAMETER_TYPE_UNKNOWN, entry.child("type"),
          "unknown parameter type '" + type + "'" + Suggestions.didYouMean(type, typeLabels()),
          "use one of: " + TYPES));
    }
    ParameterPattern pattern = compiled(source, entry, "pattern", out);
    ParameterPattern reserved = compiled(source, entry, "reserved", out);
    JsonNode written = p.get("default");
    Object defaultValue = TemplateMetadataReader.defaultOf(written);
    if (defaultValue == null) {
      return;
    }
    List<String> choices = TomlReader.stringsOf(p, "choices", null);
    if (choices.isEmpty()) {
      choices = TomlReader.stringsOf(p, "enum", null);
    }
    String at = entry.child("default");
    if (typeKnown) {
      ParameterType declared = ParameterType.fromLabel(type)
          .orElse(choices.isEmpty() ? ParameterType.STRING : ParameterType.CHOICE);
      if (!defaultHasType(source, entry, declared, written, out)) {
        return;
      }
    }
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

  /**
   * Whether a parameter's default is of its type, as generation will convert it: text for a
   * string or a choice, {@code true}/{@code false} for a boolean, a whole number for an integer,
   * a list of strings for a list. Adds the error when it is not.
   */
  private static boolean defaultHasType(TomlSource source, TomlEntry entry, ParameterType type,
      JsonNode written, List<Diagnostic> out) {
    boolean fits = switch (type) {
      case STRING, CHOICE -> written.isTextual();
      case BOOLEAN -> written.isBoolean();
      case INTEGER -> written.isIntegralNumber();
      case LIST -> written.isArray() && allTextual(written);
    };
    if (fits) {
      return true;
    }
    String article = type == ParameterType.INTEGER ? "an " : "a ";
    String example = switch (type) {
      case STRING, CHOICE -> "default = \"…\", in quotes";
      case BOOLEAN -> "default = true or default = false, without quotes";
      case INTEGER -> "a whole number without quotes, e.g. default = 3";
      case LIST -> "default = [\"…\", \"…\"]";
    };
    out.add(source.errorAtValue(PARAMETER_DEFAULT_TYPE, entry.child("default"),
        "default of parameter '" + entry.name() + "' must be " + article + type.label()
            + ", not " + TypedKeys.describe(written),
        "write " + example + ", or change the parameter's type"));
    return false;
  }

  /** The compiled expression under {@code key}, or {@code null} (absent, not text, or invalid). */
  private static ParameterPattern compiled(TomlSource source, TomlEntry entry, String key,
      List<Diagnostic> out) {
    JsonNode node = entry.node().get(key);
    if (node == null || !node.isTextual()) {
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
    TypedKeys.Checked typed = TypedKeys.check(source, TEMPLATE_KEY_TYPE, rule, at, "a " + which,
        RULE_TYPES, out);
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
    if (form != null && form.isTextual() && !ParameterRule.FORMS.contains(form.asText())) {
      out.add(source.errorAtValue(PARAMETER_RULE_CASE_UNKNOWN, TomlKeyLocator.child(at, "case"),
          "unknown case '" + form.asText() + "' in a " + which
              + Suggestions.didYouMean(form.asText(), ParameterRule.FORMS),
          "use one of: " + String.join(", ", ParameterRule.FORMS)));
    }
    if (!typed.wrong(TomlKeyLocator.child(at, "message"))
        && rule.path("message").asText().isBlank()) {
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
      TypedKeys.Checked typed = TypedKeys.check(source, TEMPLATE_KEY_TYPE, o, entry.path(),
          "output", OUTPUT_TYPES, out);
      String template = TomlReader.text(o, "template");
      String at = entry.child("template");
      PluginPaths.problemOf(template).filter(problem -> !typed.wrong(at)).ifPresent(problem -> {
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
      if (typed.wrong(entry.child(pathKey))) {
        // reported as a wrong type
      } else if (TomlReader.text(o, pathKey).isBlank()) {
        out.add(source.errorAtKey(OUTPUT_PATH_MISSING, entry.child(pathKey),
            "output has no " + pathKey,
            "add " + pathKey + " = \"{{ name | snake_case }}.rb\", the file to write"));
      } else {
        outputPathStaysInside(source, entry, pathKey, out);
      }
      if (!entry.keyed() && o.path("subdir").isTextual()) {
        outputPathStaysInside(source, entry, "subdir", out);
      }
    }
  }

  /**
   * An output's path or subdir as written: neither absolute nor with a {@code ..} segment, which
   * no value of a parameter can make safe (the rendered path is checked again at generation).
   */
  private static void outputPathStaysInside(TomlSource source, TomlEntry entry, String key,
      List<Diagnostic> out) {
    String written = TomlReader.text(entry.node(), key);
    PluginPaths.problemOf(written)
        .filter(problem -> problem != PluginPaths.Problem.EMPTY)
        .ifPresent(problem -> out.add(source.errorAtValue(OUTPUT_PATH_ESCAPES, entry.child(key),
            key + " '" + written + "' of an output "
                + (problem == PluginPaths.Problem.ABSOLUTE ? "is absolute" : "leaves the output"
                    + " directory"),
            "write it relative to the output directory, without '..'")));
  }

  /**
   * Each {@code [[patches]]} entry: a file path that stays inside the output directory as
   * written (rendering checks it again), exactly one place to insert, a non-empty anchor and
   * text, and strings where strings belong.
   */
  private static void checkPatches(
      TomlSource source, List<TomlEntry> patches, List<Diagnostic> out) {
    for (TomlEntry entry : patches) {
      if (!entry.isTable()) {
        out.add(source.errorAtKey(TEMPLATE_ENTRY_NOT_TABLE, entry.path(),
            "patch '" + entry.name() + "' is not a table",
            "write it as [[patches]] file = \"…\" after = \"…\" insert = \"…\""));
        continue;
      }
      JsonNode p = entry.node();
      UnknownKeys.check(source, TEMPLATE_KEY_UNKNOWN, p, entry.path(), "patch", PATCH_KEYS, out);
      checkPatchFile(source, entry, out);
      checkPatchPosition(source, entry, out);
      JsonNode insert = p.get("insert");
      if (insert != null && !insert.isTextual()) {
        out.add(source.errorAtValue(PATCH_INVALID, entry.child("insert"),
            "insert of a patch must be text", "write insert = \"the line to add\""));
      } else if (insert == null || insert.asText().isEmpty()) {
        out.add(source.errorAtKey(PATCH_INSERT_MISSING, entry.child("insert"),
            "patch has no text to insert",
            "add insert = \"…\", the line(s) the patch adds (rendered with the parameters)"));
      }
      JsonNode condition = p.get("condition");
      if (condition != null && !condition.isTextual()) {
        out.add(source.errorAtValue(PATCH_INVALID, entry.child("condition"),
            "condition of a patch must be text", "write condition = \"handler_type == 'api'\""));
      }
    }
  }

  private static void checkPatchFile(TomlSource source, TomlEntry entry, List<Diagnostic> out) {
    JsonNode node = entry.node().get("file");
    String at = entry.child("file");
    if (node != null && !node.isTextual()) {
      out.add(source.errorAtValue(PATCH_INVALID, at, "file of a patch must be text",
          "write file = \"src/handlers/index.ts\", relative to the output directory"));
      return;
    }
    String file = node == null ? "" : node.asText();
    PluginPaths.problemOf(file).ifPresent(problem -> {
      switch (problem) {
        case EMPTY:
          out.add(source.errorAtKey(PATCH_FILE_MISSING, at, "patch has no file",
              "add file = \"src/handlers/index.ts\", the file to edit in the output directory"));
          break;
        case ABSOLUTE:
          out.add(source.errorAtValue(PATCH_FILE_ABSOLUTE, at,
              "patch file '" + file + "' is absolute",
              "write it relative to the output directory"));
          break;
        default:
          out.add(source.errorAtValue(PATCH_FILE_ESCAPES, at,
              "patch file '" + file + "' leaves the output directory",
              "patches edit files inside the output directory; remove '..'"));
      }
    });
  }

  /** Exactly one of {@code after}, {@code before} (non-empty text) and {@code append = true}. */
  private static void checkPatchPosition(TomlSource source, TomlEntry entry,
      List<Diagnostic> out) {
    JsonNode p = entry.node();
    int given = 0;
    for (TemplatePatch.Position position : TemplatePatch.Position.values()) {
      JsonNode value = p.get(position.key());
      String at = entry.child(position.key());
      if (value == null) {
        continue;
      }
      if (position == TemplatePatch.Position.APPEND) {
        if (!value.isBoolean()) {
          out.add(source.errorAtValue(PATCH_INVALID, at, "append of a patch must be true or false",
              "write append = true to add the text at the end of the file"));
        } else if (value.booleanValue()) {
          given++;
        }
      } else if (!value.isTextual()) {
        out.add(source.errorAtValue(PATCH_INVALID, at,
            position.key() + " of a patch must be text",
            "write " + position.key() + " = \"// tasker-cli: handlers\", a line of the file"));
        given++;
      } else {
        given++;
        if (value.asText().isBlank()) {
          out.add(source.errorAtValue(PATCH_ANCHOR_EMPTY, at,
              position.key() + " of a patch is empty: it would match anywhere",
              "give the text of a line the file keeps, e.g. \"// tasker-cli: handlers\""));
        }
      }
    }
    if (given != 1) {
      out.add(source.errorAtKey(PATCH_POSITION_MISSING, entry.path(),
          given == 0 ? "patch does not say where to insert"
              : "patch gives more than one of after, before and append",
          "give exactly one: after = \"…\", before = \"…\" or append = true"));
    }
  }

  private static void checkFiles(TomlSource source, JsonNode files, List<Diagnostic> out) {
    UnknownKeys.check(source, TEMPLATE_KEY_UNKNOWN, files, "files", "[files]", FILES_KEYS, out);
    TypedKeys.Checked typed = TypedKeys.check(source, TEMPLATE_KEY_TYPE, files, "files",
        "[files]", FILES_TYPES, out);
    String dir = TomlReader.text(files, "dir");
    PluginPaths.problemOf(dir).filter(problem -> !typed.wrong("files.dir")).ifPresent(problem -> {
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
