package systems.tasker.cli.command;

import java.util.LinkedHashMap;
import java.util.List;
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

/** {@code tasker-cli generate template NAME --steps a,b,c}: a task definition with a linear workflow. */
@Command(
    name = "template",
    description = "Add a task definition whose steps run one after another.",
    mixinStandardHelpOptions = true,
    footer = {
      "",
      "Each step depends on the one before; handler callables are named after the steps.",
      "",
      "Examples:",
      "  tasker-cli generate template order_fulfillment --steps validate,charge,ship,notify",
      "  tasker-cli generate template refunds --steps check,refund --namespace payments --language rust"
    })
public final class GenerateTaskTemplateCommand extends TemplateDrivenCommand {

  static final String TEMPLATE = "task_template";

  private final CliContext context;

  @Mixin GlobalOptions global;

  @Mixin GenerateOptions generate;

  @Parameters(index = "0", paramLabel = "NAME", description = "Task name, e.g. order_fulfillment.")
  String name;

  @Option(names = "--steps", paramLabel = "A,B,C", required = true, split = ",",
      description = "The step names, in order.")
  List<String> steps;

  @Option(names = "--namespace", paramLabel = "N", description = "Tasker namespace (default: the template's).")
  String namespace;

  @Option(names = {"-l", "--language"}, paramLabel = "L", description = "ruby, python, typescript or rust (default: the project's).")
  String language;

  @Option(names = "--plugin", paramLabel = "P", description = "Take the template from plugin P.")
  String plugin;

  public GenerateTaskTemplateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Set<String> parametersSetByCommand() {
    return Set.of("name", "steps", "namespace");
  }

  @Override
  public Optional<TemplateMetadata> templateForOptions() {
    return Optional.of(Templates.metadata(context, template()));
  }

  private TemplateEntry template() {
    return Templates.find(context, TEMPLATE, plugin,
        ProjectTarget.language(context, language, "generate template"), null);
  }

  @Override
  public void run() {
    TemplateEntry entry = template();
    Map<String, String> own = new LinkedHashMap<>();
    own.put("name", name);
    own.put("steps", String.join(",", steps));
    if (namespace != null) {
      own.put("namespace", namespace);
    }
    Map<String, String> given = given(generate.params, own);
    Generation.run(context, new Generation.Request(entry, Templates.metadata(context, entry), given,
        ProjectTarget.outputDir(context, generate), generate.policy(), generate.dryRun, generate.format));
  }
}
