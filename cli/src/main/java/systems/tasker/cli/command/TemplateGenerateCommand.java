package systems.tasker.cli.command;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.plugin.TemplateMetadata;

/** {@code tasker-cli template generate NAME}: render one template into a directory. */
@Command(
    name = "generate",
    description = "Render a template into files. Each template parameter is also an option: "
        + "run 'tasker-cli template generate NAME --help' to see them.",
    footer = {
      "",
      "Examples:",
      "  tasker-cli template generate step-handler --name ProcessPayment",
      "  tasker-cli template generate docker_compose --messaging rabbitmq --dry-run"
    })
public final class TemplateGenerateCommand extends GeneratingCommand {

  @Parameters(index = "0", paramLabel = "NAME", description = "Template name (step-handler = step_handler).")
  String name;

  @Mixin TemplateChoiceOptions choice;

  @Mixin RemoteOptions remote;

  @Override
  public Optional<TemplateMetadata> templateForOptions() {
    return name == null ? Optional.empty() : super.templateForOptions();
  }

  @Override
  protected TemplateEntry template() {
    remote.choose(context());
    return Templates.findWithDefaultLanguage(context(), name, choice.plugin, choice.language,
        choice.framework);
  }

  @Override
  protected Map<String, String> valuesSetByCommand() {
    return Map.of();
  }

  /**
   * {@code -o DIR}, else the configured default output directory (inside the project when the
   * project's own file sets it), else the working directory.
   */
  @Override
  protected Path outputDir() {
    WriteOptions write = generate.write;
    return write.output != null
        ? context().resolve(write.output)
        : context().config().configuredOutputDir()
            .orElse(context().environment().workingDirectory());
  }
}
