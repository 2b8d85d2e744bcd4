package systems.tasker.cli.plugin;

import static systems.tasker.cli.plugin.DiagnosticCodes.TEMPLATE_TOML_ESCAPES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a template directory's {@code template.toml} in either dialect into
 * {@link TemplateMetadata}, with every problem of the file itself as diagnostics. Whether the
 * files it names exist is {@link PluginValidator}'s business.
 *
 * <p>Each parameter and output is read by its own shape: an entry of a table keyed by name
 * (dialect A: {@code [outputs] handler = { path = … }}) or of an array of tables (dialect B:
 * {@code [[outputs]] filename = … subdir = …}), so a file mixing the two still reads sensibly.
 */
public final class TemplateMetadataReader extends TomlReader<TemplateMetadata> {

  public TemplateMetadataReader() {
    super(TomlFiles.Kind.TEMPLATE_TOML, TemplateMetadata.FILE_NAME, TEMPLATE_TOML_ESCAPES,
        "its template directory");
  }

  /**
   * Reads the {@code template.toml} in {@code templateDir}; one that is a link leading outside the
   * template directory's real path is not read.
   */
  public ReadResult<TemplateMetadata> readTemplate(Path templateDir) {
    return loadIn(templateDir).result();
  }

  /** The output entries of the result are the tables only, in model order. */
  @Override
  Loaded<TemplateMetadata> interpret(TomlSource source) {
    ObjectNode root = source.document();
    boolean tables = isTablesDialect(root);
    JsonNode described = root.path("template").isObject() ? root.get("template") : root;

    List<TomlEntry> parameterEntries = TomlEntry.of(root.get("parameters"), "parameters");
    List<TemplateParameter> parameters = new ArrayList<>();
    for (TomlEntry entry : parameterEntries) {
      if (entry.isTable()) {
        parameters.add(parameter(entry));
      }
    }
    List<TomlEntry> outputEntries = TomlEntry.of(root.get("outputs"), "outputs");
    List<TomlEntry> outputTables = new ArrayList<>();
    List<TemplateOutput> outputs = new ArrayList<>();
    for (TomlEntry entry : outputEntries) {
      if (entry.isTable()) {
        outputTables.add(entry);
        outputs.add(output(entry));
      }
    }
    List<TomlEntry> patchEntries = TomlEntry.of(root.get(TemplatePatch.TABLE), TemplatePatch.TABLE);
    List<TemplatePatch> patches = new ArrayList<>();
    for (TomlEntry entry : patchEntries) {
      TemplatePatch patch = entry.isTable() ? patch(entry.node()) : null;
      if (patch != null) {
        patches.add(patch);
      }
    }
    JsonNode files = root.get("files");
    String filesDir = files != null && files.isObject() && files.path("dir").isTextual()
        ? files.get("dir").asText() : null;
    JsonNode version = described.get("version");

    TemplateMetadata metadata = new TemplateMetadata(
        text(described, "name"),
        text(described, "description"),
        version == null || !version.isTextual() ? null : version.asText(),
        parameters,
        outputs,
        filesDir,
        tables ? ManifestDialect.TABLES : ManifestDialect.ARRAYS,
        project(root.get(ProjectSpec.TABLE)),
        patches);
    List<Diagnostic> diagnostics = TemplateMetadataRules.check(source, metadata, parameterEntries,
        outputEntries, patchEntries);
    return new Loaded<>(new ReadResult<>(metadata, diagnostics), source, outputTables);
  }

  /** Dialect A announces itself by a {@code [template]} table or tables keyed by name. */
  private static boolean isTablesDialect(ObjectNode root) {
    return root.path("template").isObject()
        || root.path("parameters").isObject()
        || root.path("outputs").isObject();
  }

  private static TemplateParameter parameter(TomlEntry entry) {
    JsonNode p = entry.node();
    List<String> choices = stringsOf(p, "choices", null);
    if (choices.isEmpty()) {
      choices = stringsOf(p, "enum", null);
    }
    ParameterType type = ParameterType.fromLabel(text(p, "type"))
        .orElse(choices.isEmpty() ? ParameterType.STRING : ParameterType.CHOICE);
    return new TemplateParameter(
        entry.name(),
        text(p, "description"),
        type,
        p.path("required").booleanValue(),
        defaultOf(p.get("default")),
        choices,
        textual(p, "pattern"),
        textual(p, "reserved"),
        rules(p.get("rules")));
  }

  /** The string under {@code key}, or {@code null} when it is absent or not a string. */
  private static String textual(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || !value.isTextual() ? null : value.asText();
  }

  /** The tables of a parameter's {@code rules}; anything else there is the rules' to report. */
  private static List<ParameterRule> rules(JsonNode rules) {
    List<ParameterRule> read = new ArrayList<>();
    if (rules != null && rules.isArray()) {
      for (JsonNode rule : rules) {
        if (rule.isObject()) {
          JsonNode reserved = rule.get("reserved");
          read.add(new ParameterRule(textual(rule, "case"), textual(rule, "pattern"),
              textual(rule, "reserved"),
              reserved != null && reserved.isArray() ? stringsOf(rule, "reserved", null)
                  : List.of(),
              textual(rule, "message")));
        }
      }
    }
    return read;
  }

  /** The {@code [project]} table of a project template. */
  private static ProjectSpec project(JsonNode project) {
    if (project == null || !project.isObject()) {
      return ProjectSpec.NONE;
    }
    JsonNode contributions = project.get("contributions");
    return new ProjectSpec(textual(project, "next_steps"),
        contributions != null && contributions.isArray()
            ? stringsOf(project, "contributions", null) : List.of());
  }

  /**
   * A {@code [[patches]]} table, or {@code null} when it does not say where to insert (none or
   * several of {@code after}, {@code before} and {@code append = true}): the rules report that.
   */
  static TemplatePatch patch(JsonNode table) {
    List<TemplatePatch.Position> positions = new ArrayList<>();
    for (TemplatePatch.Position position : TemplatePatch.Position.values()) {
      JsonNode value = table.get(position.key());
      if (position == TemplatePatch.Position.APPEND ? value != null && value.asBoolean(false)
          : value != null && value.isTextual()) {
        positions.add(position);
      }
    }
    if (positions.size() != 1) {
      return null;
    }
    TemplatePatch.Position position = positions.get(0);
    return new TemplatePatch(text(table, "file"), position,
        position == TemplatePatch.Position.APPEND ? null : table.get(position.key()).asText(),
        table.path("insert").isTextual() ? table.get("insert").asText() : "",
        textual(table, "condition"));
  }

  /** A default as a {@code String}, {@code Boolean}, {@code Long} or {@code List<String>}. */
  static Object defaultOf(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isIntegralNumber()) {
      return value.longValue();
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(item.asText()));
      return List.copyOf(items);
    }
    return value.asText();
  }

  private static TemplateOutput output(TomlEntry entry) {
    JsonNode o = entry.node();
    JsonNode subdir = o.get("subdir");
    JsonNode condition = o.get("condition");
    return new TemplateOutput(
        text(o, "template"),
        text(o, outputPathKey(entry)),
        entry.keyed() || subdir == null || !subdir.isTextual() ? null : subdir.asText(),
        condition == null || !condition.isTextual() ? null : condition.asText(),
        o.path("optional").booleanValue());
  }

  /** Dialect A names the output path {@code path}; dialect B names it {@code filename}. */
  static String outputPathKey(TomlEntry entry) {
    return entry.keyed() ? "path" : "filename";
  }
}
