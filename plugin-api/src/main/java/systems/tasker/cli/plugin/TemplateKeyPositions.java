package systems.tasker.cli.plugin;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the keys of a {@code template.toml} that parsed are written, so that checks made outside
 * this module (compiling a condition, rendering a path) point at the key they are about.
 * Outputs, patches and parameters are counted as in {@link TemplateMetadata}.
 */
public final class TemplateKeyPositions {

  private final TomlSource source;
  private final List<TomlEntry> outputs;
  private final List<TomlEntry> patches;
  private final List<TomlEntry> parameters;

  TemplateKeyPositions(TomlSource source) {
    this.source = source;
    this.outputs = TomlEntry.of(source.document().get("outputs"), "outputs").stream()
        .filter(TomlEntry::isTable).toList();
    this.patches = TomlEntry.of(source.document().get(TemplatePatch.TABLE), TemplatePatch.TABLE)
        .stream().filter(e -> e.isTable() && TemplateMetadataReader.patch(e.node()) != null)
        .toList();
    this.parameters = TomlEntry.of(source.document().get("parameters"), "parameters").stream()
        .filter(TomlEntry::isTable).toList();
  }

  /** The {@code template.toml} file. */
  public Path file() {
    return source.file();
  }

  /** Where key {@code key} of output {@code index} is written (else its table). */
  public SourcePosition output(int index, String key) {
    return at(outputs, index, key);
  }

  /** Where the path of output {@code index} is written: {@code path} (A) or {@code filename} (B). */
  public SourcePosition outputPath(int index) {
    return index < 0 || index >= outputs.size() ? null
        : at(outputs, index, TemplateMetadataReader.outputPathKey(outputs.get(index)));
  }

  /** Where key {@code key} of patch {@code index} is written (else its table). */
  public SourcePosition patch(int index, String key) {
    return at(patches, index, key);
  }

  /** Where key {@code key} of parameter {@code index} is written (else its table). */
  public SourcePosition parameter(int index, String key) {
    return at(parameters, index, key);
  }

  private SourcePosition at(List<TomlEntry> entries, int index, String key) {
    return index < 0 || index >= entries.size() ? null
        : source.locator().key(entries.get(index).child(key));
  }
}
