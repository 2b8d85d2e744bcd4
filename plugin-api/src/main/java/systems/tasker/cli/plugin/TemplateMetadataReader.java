package systems.tasker.cli.plugin;

import static systems.tasker.cli.plugin.ManifestReader.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Reads a template directory's {@code template.toml} in either dialect into {@link TemplateMetadata}. */
public final class TemplateMetadataReader {

  /** Reads the {@code template.toml} in {@code templateDir}. */
  public ReadResult<TemplateMetadata> readTemplate(Path templateDir) {
    return read(templateDir.resolve(TemplateMetadata.FILE_NAME));
  }

  /** Reads {@code file}; the result has no model when the file is missing or does not parse. */
  public ReadResult<TemplateMetadata> read(Path file) {
    TomlFiles.Parsed parsed = TomlFiles.parse(file, "template");
    if (!parsed.ok()) {
      return new ReadResult<>(null, parsed.diagnostics());
    }
    ObjectNode root = parsed.document();
    JsonNode header = root.get("template");
    boolean tables = header != null && header.isObject()
        || root.path("parameters").isObject()
        || root.path("outputs").isObject();
    JsonNode described = tables && header != null && header.isObject() ? header : root;

    List<TemplateParameter> parameters = new ArrayList<>();
    JsonNode params = root.get("parameters");
    if (params != null && params.isArray()) {
      for (JsonNode p : params) {
        parameters.add(parameter(text(p, "name"), p));
      }
    } else if (params != null && params.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        parameters.add(parameter(e.getKey(), e.getValue()));
      }
    }

    List<TemplateOutput> outputs = new ArrayList<>();
    JsonNode outs = root.get("outputs");
    if (outs != null && outs.isArray()) {
      for (JsonNode o : outs) {
        outputs.add(output(o));
      }
    } else if (outs != null && outs.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = outs.fields(); it.hasNext(); ) {
        outputs.add(output(it.next().getValue()));
      }
    }

    JsonNode files = root.get("files");
    String filesDir = files != null && files.isObject() && files.hasNonNull("dir")
        ? files.get("dir").asText() : null;

    JsonNode version = described.get("version");
    TemplateMetadata metadata = new TemplateMetadata(
        text(described, "name"),
        text(described, "description"),
        version == null ? null : version.asText(),
        parameters,
        outputs,
        filesDir,
        tables ? ManifestDialect.TABLES : ManifestDialect.ARRAYS);
    return new ReadResult<>(metadata, List.of());
  }

  private static TemplateParameter parameter(String name, JsonNode p) {
    List<String> choices = ManifestReader.stringsOf(p, "choices", "__none__");
    if (choices.isEmpty()) {
      choices = ManifestReader.stringsOf(p, "enum", "__none__");
    }
    String typeWord = text(p, "type");
    ParameterType type = ParameterType.fromLabel(typeWord)
        .orElse(choices.isEmpty() ? ParameterType.STRING : ParameterType.CHOICE);
    JsonNode pattern = p.get("pattern");
    return new TemplateParameter(
        name,
        text(p, "description"),
        type,
        p.path("required").asBoolean(false),
        defaultOf(p.get("default")),
        choices,
        pattern == null || !pattern.isTextual() ? null : pattern.asText());
  }

  private static Object defaultOf(JsonNode value) {
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

  private static TemplateOutput output(JsonNode o) {
    boolean hasFilename = o.hasNonNull("filename");
    JsonNode subdir = o.get("subdir");
    JsonNode condition = o.get("condition");
    return new TemplateOutput(
        text(o, "template"),
        hasFilename ? text(o, "filename") : text(o, "path"),
        subdir == null ? null : subdir.asText(),
        condition == null ? null : condition.asText(),
        o.path("optional").asBoolean(false));
  }
}
