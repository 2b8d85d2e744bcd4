package systems.tasker.cli.plugin;

import java.util.List;

/**
 * What a project template says about the project {@code init} makes from it, beyond its files:
 * the {@code [project]} table of its {@code template.toml}, in either dialect. The name rules are
 * the {@link ParameterRule rules} of its {@code name} parameter.
 *
 * @param nextSteps what to do once the project is written, rendered like a template with the
 *     project's parameter values and printed after the {@code cd} into it; {@code null} when the
 *     template says nothing
 * @param contributions the other templates {@code init} renders into the project, in order, by
 *     name (a Tasker configuration, a compose file…); a file the project template writes itself
 *     is kept, and a template no plugin offers is left out
 */
public record ProjectSpec(String nextSteps, List<String> contributions) {

  /** The file's name for this table. */
  public static final String TABLE = "project";

  /** A template that says nothing of a project. */
  public static final ProjectSpec NONE = new ProjectSpec(null, List.of());

  public ProjectSpec {
    contributions = List.copyOf(contributions);
  }
}
