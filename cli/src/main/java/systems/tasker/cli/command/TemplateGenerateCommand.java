package systems.tasker.cli.command;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import systems.tasker.cli.CliContext;
import systems.tasker.cli.GlobalOptions;
import systems.tasker.cli.RemoteOptions;
import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.plugin.TemplateMetadata;

/** {@code tasker-cli template generate NAME}: render one template into a directory. */
@Command(
    name = "generate",
    description = "Render a template into files. Each template parameter is also an option: "
        + "run 'tasker-cli template generate NAME --help' to see them.",
    mixinStandardHelpOptions = true,
    footer = {
      "",
      "Examples:",
      "  tasker-cli template generate step-handler --name ProcessPayment",
      "  tasker-cli template generate docker_compose --messaging rabbitmq --dry-run"
    })
public final class TemplateGenerateCommand extends TemplateDrivenCommand {

  private final CliContext context;

  @Mixin GlobalOptions global;

  @Mixin RemoteOptions remote;

  @Mixin GenerateOptions generate;

  @Parameters(index = "0", paramLabel = "NAME", description = "Template name (step-handler = step_handler).")
  String name;

  @Option(names = "--language", paramLabel = "L", description = "Take the template for language L.")
  String language;

  @Option(names = "--framework", paramLabel = "F", description = "Take the template for framework F.")
  String framework;

  @Option(names = "--plugin", paramLabel = "P", description = "Take the template from plugin P.")
  String plugin;

  public TemplateGenerateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Optional<TemplateMetadata> templateForOptions() {
    return name == null ? Optional.empty() : Optional.of(Templates.metadata(context, template()));
  }

  private TemplateEntry template() {
    return Templates.findWithDefaultLanguage(context, name, plugin, language, framework);
  }

  @Override
  public void run() {
    TemplateEntry entry = template();
    TemplateMetadata metadata = Templates.metadata(context, entry);
    Map<String, String> given = given(generate.params, Map.of());
    Path outputDir = outputDir(context, generate);
    Map<String, Object> values = Generation.values(context, metadata, given);
    Generation.run(context, new Generation.Request(entry, metadata, given, outputDir,
        generate.policy(), generate.dryRun, generate.format),
        Generation.render(context, entry, metadata, values));
    // A remote's template may change under the same name: say which commit made these files.
    if (entry.plugin().remote() != null && !generate.dryRun) {
      Provenance.recordGeneration(context, outputDir, entry, values);
    }
  }

  /**
   * {@code -o DIR}, else the configured default output directory (inside the project when the
   * project's own file sets it), else the working directory.
   */
  static Path outputDir(CliContext context, GenerateOptions options) {
    return options.output != null
        ? context.resolve(options.output)
        : context.config().configuredOutputDir().orElse(context.environment().workingDirectory());
  }
}
