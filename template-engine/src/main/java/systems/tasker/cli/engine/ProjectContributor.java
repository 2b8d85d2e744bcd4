package systems.tasker.cli.engine;

import java.util.List;
import systems.tasker.cli.engine.plan.PlannedFile;

/**
 * One part of a new project, planned in memory: the project template rendered, a template it
 * names as a contribution, the answers file. Spring Initializr's {@code ProjectContributor}
 * idea, but nothing is written: {@link ProjectAssembly} runs the contributors into one plan, which
 * is then previewed or committed as any other.
 */
@FunctionalInterface
public interface ProjectContributor {

  /** The files this part of the project adds, in order. */
  List<PlannedFile> contribute();
}
