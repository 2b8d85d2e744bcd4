package systems.tasker.cli.command;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import systems.tasker.cli.CliContext;
import systems.tasker.cli.GlobalOptions;
import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.plugin.TemplateMetadata;

/** {@code tasker-cli generate handler NAME}: a step handler and its test, where the project expects them. */
@Command(
    name = "handler",
    description = "Add a step handler (and its test) to the project.",
    mixinStandardHelpOptions = true,
    footer = {
      "",
      "Inside a project made by 'tasker-cli init', --language and -o come from its .tasker-cli.toml.",
      "",
      "Examples:",
      "  tasker-cli generate handler refund_payment --type api",
      "  tasker-cli generate handler PaymentProcessor --language python -o ./my-app"
    })
public final class GenerateHandlerCommand extends TemplateDrivenCommand {

  /** The kinds of handler, each the template {@code step_handler} or {@code step_handler_<type>}. */
  enum HandlerType {
    BASE, API, DECISION, BATCHABLE;

    String template() {
      return this == BASE ? "step_handler" : "step_handler_" + name().toLowerCase(Locale.ROOT);
    }
  }

  private final CliContext context;

  @Mixin GlobalOptions global;

  @Mixin GenerateOptions generate;

  @Parameters(index = "0", paramLabel = "NAME", description = "Handler name, e.g. refund_payment or RefundPayment.")
  String name;

  @Option(names = {"-l", "--language"}, paramLabel = "L", description = "ruby, python, typescript or rust (default: the project's).")
  String language;

  @Option(names = {"-t", "--type"}, paramLabel = "TYPE",
      description = "base (default), api, decision or batchable.")
  HandlerType type = HandlerType.BASE;

  @Option(names = "--plugin", paramLabel = "P", description = "Take the template from plugin P.")
  String plugin;

  public GenerateHandlerCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Set<String> parametersSetByCommand() {
    return Set.of("name");
  }

  @Override
  public Optional<TemplateMetadata> templateForOptions() {
    return Optional.of(Templates.metadata(context, template()));
  }

  private TemplateEntry template() {
    return Templates.find(context, type.template(), plugin,
        ProjectTarget.language(context, language, "generate handler"), null);
  }

  @Override
  public void run() {
    TemplateEntry entry = template();
    Map<String, String> given = given(generate.params, Map.of("name", name));
    Generation.run(context, new Generation.Request(entry, Templates.metadata(context, entry), given,
        ProjectTarget.outputDir(context, generate), generate.policy(), generate.dryRun, generate.format));
  }
}
