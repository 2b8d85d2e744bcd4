package systems.tasker.cli.command;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import systems.tasker.cli.discovery.TemplateEntry;

/** {@code tasker-cli generate handler NAME}: a step handler and its test, where the project expects them. */
@Command(
    name = "handler",
    description = "Add a step handler (and its test) to the project.",
    footer = {
      "",
      "Inside a project made by 'tasker-cli init', --language and -o come from its .tasker-cli.toml.",
      "",
      "Examples:",
      "  tasker-cli generate handler refund_payment --type api",
      "  tasker-cli generate handler PaymentProcessor --language python -o ./my-app"
    })
public final class GenerateHandlerCommand extends GeneratingCommand {

  /** The kinds of handler, each the template {@code step_handler} or {@code step_handler_<type>}. */
  enum HandlerType {
    BASE, API, DECISION, BATCHABLE;

    String template() {
      return this == BASE ? "step_handler" : "step_handler_" + name().toLowerCase(Locale.ROOT);
    }
  }

  @Parameters(index = "0", paramLabel = "NAME", description = "Handler name, e.g. refund_payment or RefundPayment.")
  String name;

  @Mixin TargetOptions target;

  @Option(names = {"-t", "--type"}, paramLabel = "TYPE",
      description = "base (default), api, decision or batchable.")
  HandlerType type = HandlerType.BASE;

  @Override
  public Set<String> parametersSetByCommand() {
    return Set.of("name");
  }

  @Override
  protected TemplateEntry template() {
    return target.template(context(), type.template(), "generate handler");
  }

  @Override
  protected Map<String, String> valuesSetByCommand() {
    return Map.of("name", name);
  }
}
