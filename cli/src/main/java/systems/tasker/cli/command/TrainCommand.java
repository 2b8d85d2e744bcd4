package systems.tasker.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import systems.tasker.cli.discovery.DiscoveredPlugin;
import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.engine.TemplateChecker;
import systems.tasker.cli.engine.plan.ExistingFiles;
import systems.tasker.cli.engine.plan.GenerationPlan;
import systems.tasker.cli.engine.plan.PlanWriter;
import systems.tasker.cli.output.Json;
import systems.tasker.cli.plugin.ManifestReader;
import systems.tasker.cli.plugin.TemplateMetadata;

/**
 * {@code tasker-cli __train}: the workload the launcher runs once, with
 * {@code -XX:ArchiveClassesAtExit}, to make the class-data-sharing archive. It touches what real
 * commands load — configuration, discovery, every reader, Pebble rendering of a built-in template,
 * the plan preview and a commit into a scratch directory it removes again, JSON — and prints
 * nothing and leaves nothing behind (but the completion cache a successful run refreshes), so the
 * archive serves every command, not just whichever one a user happened to run first.
 */
@Command(name = "__train", hidden = true)
public final class TrainCommand extends TaskerCommand {

  /** The built-in template rendered: present in every build, whatever is installed. */
  private static final String TRAINING_TEMPLATE = "tasker_config";

  @Override
  protected int execute() {
    CliContext context = context();
    for (DiscoveredPlugin plugin : context.registry().plugins()) {
      new ManifestReader().readPlugin(plugin.directory());
    }
    TemplateEntry config = Templates.find(context, TRAINING_TEMPLATE, null, null, null);
    TemplateMetadata metadata = context.templates().metadata(config);
    new TemplateChecker().check(config.directory(), metadata);
    Map<String, Object> values = Generation.values(context, metadata, Map.of("name", "training"));
    GenerationPlan plan = Generation.render(context, config, metadata, values);
    new PlanWriter().preview(context.environment().workingDirectory().resolve(".tasker-cli-training"),
        plan, ExistingFiles.REFUSE);
    commitAndRemove(plan);
    Json.write(Json.obj().put("files", List.of(plan.paths())));
    return ExitCodes.OK;
  }

  /**
   * The commit every generation ends with (lock, temporary files, moves), into a scratch
   * directory that is removed again: what a run writes is in the archive or cache too.
   */
  private void commitAndRemove(GenerationPlan plan) {
    Path scratch = null;
    try {
      scratch = Files.createTempDirectory("tasker-cli-training");
      new PlanWriter().commit(scratch.resolve("out"), plan, ExistingFiles.REFUSE,
          context().interruption());
    } catch (IOException | RuntimeException notEssential) {
      // training what it can is enough
    } finally {
      deleteTree(scratch);
    }
  }

  private static void deleteTree(Path root) {
    if (root == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | RuntimeException leftOver) {
      // a scratch directory under the system's temporary directory
    }
  }
}
