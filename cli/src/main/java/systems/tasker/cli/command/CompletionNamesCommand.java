package systems.tasker.cli.command;

import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import systems.tasker.cli.plugin.PluginNames;

/**
 * {@code tasker-cli __complete templates|plugins|languages} and {@code __complete params TEMPLATE}:
 * the names a completion script offers, one a line (sorted, or the parameters' options in the
 * order the templates declare them). Hidden from help; the scripts call it when the completion
 * cache is missing or made for another directory, and the run refreshes the cache. Only {@code
 * params} reads a {@code template.toml}, only the named template's.
 */
@Command(name = "__complete", hidden = true)
public final class CompletionNamesCommand extends TaskerCommand {

  /** What to list. */
  public enum Kind {
    TEMPLATES,
    PLUGINS,
    LANGUAGES,
    PARAMS
  }

  @Parameters(index = "0", paramLabel = "KIND")
  Kind kind;

  @Parameters(index = "1", arity = "0..1", paramLabel = "TEMPLATE")
  String template;

  @Override
  protected int execute() {
    CliContext context = context();
    // Completion runs on every Tab: it lists what the cache holds and never fetches.
    context.useCachedRemotesOnly();
    Set<String> names = switch (kind) {
      case TEMPLATES -> CompletionNames.templates(context.registry());
      case PLUGINS -> CompletionNames.plugins(context.registry());
      case LANGUAGES -> CompletionNames.languages(context.registry());
      case PARAMS -> template == null ? Set.of()
          : CompletionNames.parameterOptions(context, template).keySet();
    };
    // The model already refuses other names (they make a plugin broken); printing only valid
    // ones keeps this command safe for the scripts even if that ever changed.
    for (String name : names) {
      if (PluginNames.isValid(name.startsWith("--") ? name.substring(2) : name)) {
        context.out().println(name);
      }
    }
    return ExitCodes.OK;
  }
}
