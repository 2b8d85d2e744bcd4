package systems.tasker.cli.plugin;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A template as described by the {@code template.toml} in its directory, normalised from either
 * dialect.
 *
 * @param name the template name as written (may be empty when the file leaves it out)
 * @param description one line, may be empty
 * @param version the template's own version, or {@code null}
 * @param parameters the declared parameters, in file order
 * @param outputs the declared single-file outputs, in file order
 * @param filesDir tree mode: the directory (relative to the template directory) whose whole
 *     content is emitted, or {@code null}
 * @param dialect which dialect the file was written in
 * @param project what {@code init} does with a project template besides rendering it
 *     ({@link ProjectSpec#NONE} when the file has no {@code [project]} table)
 */
public record TemplateMetadata(
    String name,
    String description,
    String version,
    List<TemplateParameter> parameters,
    List<TemplateOutput> outputs,
    String filesDir,
    ManifestDialect dialect,
    ProjectSpec project) {

  public TemplateMetadata {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    parameters = List.copyOf(parameters);
    outputs = List.copyOf(outputs);
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(project, "project");
  }

  /** A template without a {@code [project]} table. */
  public TemplateMetadata(String name, String description, String version,
      List<TemplateParameter> parameters, List<TemplateOutput> outputs, String filesDir,
      ManifestDialect dialect) {
    this(name, description, version, parameters, outputs, filesDir, dialect, ProjectSpec.NONE);
  }

  /** The file name every template directory holds. */
  public static final String FILE_NAME = "template.toml";

  public Optional<TemplateParameter> parameter(String parameterName) {
    return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
  }

  /** This metadata as if it had been written in {@code other}. */
  public TemplateMetadata withDialect(ManifestDialect other) {
    return new TemplateMetadata(name, description, version, parameters, outputs, filesDir, other,
        project);
  }

  /**
   * Whether {@code other} describes the same template, whichever dialect each was written in.
   * {@code equals} keeps comparing the dialect too, since it is part of what was read.
   */
  public boolean sameContentAs(TemplateMetadata other) {
    return other != null && equals(other.withDialect(dialect));
  }

  public boolean isTreeMode() {
    return filesDir != null;
  }
}
