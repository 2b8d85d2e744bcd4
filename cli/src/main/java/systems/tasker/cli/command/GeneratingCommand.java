package systems.tasker.cli.command;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Mixin;
import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.plugin.TemplateMetadata;

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
    TemplateMetadata metadata = metadata(entry);
    Map<String, String> given = given(generate.params, valuesSetByCommand());
    Path outputDir = outputDir();
    Map<String, Object> values = Generation.values(context(), metadata, given);
    Generation.run(context(), new Generation.Request(entry, metadata, given, outputDir,
        generate.policy(), generate.write), Generation.render(context(), entry, metadata, values));
    // A remote's template may change under the same name: say which commit made these files.
    if (entry.plugin().remote() != null && !generate.write.dryRun) {
      Provenance.recordGeneration(context(), outputDir, entry, values);
    }
    return ExitCodes.OK;
  }
}
