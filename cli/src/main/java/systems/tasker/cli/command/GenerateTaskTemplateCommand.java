package systems.tasker.cli.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import systems.tasker.cli.discovery.TemplateEntry;

/** {@code tasker-cli generate template NAME --steps a,b,c}: a task definition with a linear workflow. */
@Command(
    name = "template",
    description = "Add a task definition whose steps run one after another.",
    footer = {
      "",
      "Each step depends on the one before; handler callables are named after the steps.",
      "",
      "Examples:",
      "  tasker-cli generate template order_fulfillment --steps validate,charge,ship,notify",
      "  tasker-cli generate template refunds --steps check,refund --namespace payments --language rust"
    })
public final class GenerateTaskTemplateCommand extends GeneratingCommand {

  @Parameters(index = "0", paramLabel = "NAME", description = "Task name, e.g. order_fulfillment.")
  String name;

  @Option(names = "--steps", paramLabel = "A,B,C", required = true, split = ",",
      description = "The step names, in order.")
  List<String> steps;

  @Option(names = "--namespace", paramLabel = "N", description = "Tasker namespace (default: the template's).")
  String namespace;

  @Mixin TargetOptions target;

  @Override
  public Set<String> parametersSetByCommand() {
    return Set.of("name", "steps", "namespace");
  }

  @Override
  protected TemplateEntry template() {
    return target.template(context(), "task_template", "generate template");
  }

  @Override
  protected Map<String, String> valuesSetByCommand() {
    Map<String, String> own = new LinkedHashMap<>();
    own.put("name", name);
    own.put("steps", String.join(",", steps));
    if (namespace != null) {
      own.put("namespace", namespace);
    }
    return own;
  }
}
