package systems.tasker.cli.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import systems.tasker.cli.engine.plan.GenerationPlan;
import systems.tasker.cli.engine.plan.PlannedFile;
import systems.tasker.cli.plugin.TemplateMetadata;

/**
 * How {@code init} makes a project: an ordered list of {@link ProjectContributor}s run into one
 * plan. What the list holds comes from the project template's {@code [project]} table, so a new
 * language is a new plugin, not new code.
 */
public final class ProjectAssembly {

  private ProjectAssembly() {}

  /**
   * Runs {@code contributors} in order into one plan. A path an earlier contributor planned keeps
   * that file: a project template that ships its own configuration or compose file keeps it.
   */
  public static GenerationPlan plan(List<ProjectContributor> contributors) {
    Set<String> taken = new HashSet<>();
    List<PlannedFile> files = new ArrayList<>();
    for (ProjectContributor contributor : contributors) {
      for (PlannedFile file : contributor.contribute()) {
        if (taken.add(file.path())) {
          files.add(file);
        }
      }
    }
    return new GenerationPlan(files);
  }

  /**
   * The project template's next steps, rendered with the project's values: a template in its own
   * right, which may include no file; {@code null} when the template gives none.
   *
   * @throws RenderException when the text does not render
   */
  public static String nextSteps(TemplateMetadata project, Map<String, Object> values,
      RenderLimits limits) {
    String text = project.project().nextSteps();
    if (text == null) {
      return null;
    }
    return TemplateEngines.forText(limits).renderString(text,
        "the next steps of template '" + project.name() + "'", values);
  }
}
