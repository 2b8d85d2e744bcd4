package systems.tasker.cli.command;

import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import systems.tasker.cli.discovery.DiscoveredPlugin;
import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.discovery.TemplateFilter;
import systems.tasker.cli.plugin.PluginNames;
import systems.tasker.cli.plugin.TemplateRef;

/**
 * {@code tasker-cli __complete templates|plugins|languages}: the names a completion script offers,
 * one a line, sorted. Hidden from help; the scripts call it at completion time. It reads only the
 * plugin manifests, never a {@code template.toml}, so it stays as cheap as {@code plugin list}.
 */
@Command(name = "__complete", hidden = true)
public final class CompletionNamesCommand extends TaskerCommand {

  /** What to list. */
  public enum Kind {
    TEMPLATES,
    PLUGINS,
    LANGUAGES
  }

  @Parameters(index = "0", paramLabel = "KIND")
  Kind kind;

  @Override
  protected int execute() {
    CliContext context = context();
    Set<String> names = new TreeSet<>();
    // Completion runs on every Tab: it lists what the cache holds and never fetches.
    context.useCachedRemotesOnly();
    switch (kind) {
      case TEMPLATES -> {
        for (TemplateEntry entry : context.registry().templates(TemplateFilter.NONE)) {
          names.add(entry.ref().name());
        }
      }
      case PLUGINS -> {
        for (DiscoveredPlugin plugin : context.registry().active()) {
          names.add(plugin.name());
        }
      }
      case LANGUAGES -> {
        for (DiscoveredPlugin plugin : context.registry().active()) {
          names.addAll(plugin.manifest().languages());
          for (TemplateRef ref : plugin.templates()) {
            names.addAll(ref.languages());
          }
        }
      }
    }
    // The model already refuses other names (they make a plugin broken); printing only valid
    // ones keeps this command safe for the scripts even if that ever changed.
    names.stream().filter(PluginNames::isValid).forEach(context.out()::println);
    return ExitCodes.OK;
  }
}
