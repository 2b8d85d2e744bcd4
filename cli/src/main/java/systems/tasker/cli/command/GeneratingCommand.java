package systems.tasker.cli.command;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Mixin;
import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.engine.plan.GenerationPlan;

/**
 * A command that renders one template into an existing directory: {@code template generate} and
 * {@code generate handler|template}. Each says which template and which values it sets itself.
 */
public abstract class GeneratingCommand extends TemplateDrivenCommand {

  @Mixin GenerateOptions generate;

  /** The parameter values the command sets from its own arguments (NAME, {@code --steps}…). */
  protected abstract Map<String, String> valuesSetByCommand();

  /** Where the files go: {@link ProjectTarget#outputDir}, unless the command says otherwise. */
  protected Path outputDir() {
    return ProjectTarget.outputDir(context(), generate.write);
  }

  @Override
  protected final int execute() {
    TemplateEntry entry = template();
    Generation.Request request = new Generation.Request(entry, metadata(entry),
        given(generate.params, valuesSetByCommand()), outputDir(), generate.policy(),
        generate.write);
    Map<String, Object> values =
        Generation.values(context(), request.metadata(), request.given());
    Generation.run(context(), request, plan(request, values));
    // A remote's template may change under the same name: say which commit made these files.
    if (entry.plugin().remote() != null && !generate.write.dryRun) {
      Provenance.recordGeneration(context(), request.outputDir(), entry, values);
    }
    if (generate.write.format.text() && !context().quiet()) {
      printAfterwards(request);
    }
    return ExitCodes.OK;
  }

  /** What the run writes: the template rendered with its values; a command may add to it. */
  protected GenerationPlan plan(Generation.Request request, Map<String, Object> values) {
    return Generation.render(context(), request.entry(), request.metadata(), values);
  }

  /** Lines printed after the files (text output, not quiet): nothing, unless a command says. */
  protected void printAfterwards(Generation.Request request) {}
}
