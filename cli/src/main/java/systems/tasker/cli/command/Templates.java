package systems.tasker.cli.command;

import java.nio.file.Files;
import java.util.List;
import java.nio.file.Path;
import systems.tasker.cli.CliContext;
import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.discovery.TemplateFilter;
import systems.tasker.cli.discovery.TemplateMatch;
import systems.tasker.cli.discovery.TemplateUnavailableException;
import systems.tasker.cli.discovery.remote.RemoteSpec;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.plugin.Diagnostic;
import systems.tasker.cli.plugin.PluginFiles;
import systems.tasker.cli.plugin.ReadResult;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TemplateMetadata;
import systems.tasker.cli.plugin.TemplateMetadataReader;

/** Finding a template and reading its metadata, as every template command does. */
final class Templates {
  private Templates() {}

  /**
   * The template the user means, from the remote {@code --remote}/{@code --url} chose if any;
   * with {@code --verbose}, says which others were passed over.
   */
  static TemplateEntry find(
      CliContext context, String name, String plugin, String language, String framework) {
    return find(context, name, new TemplateFilter(plugin, language, framework,
        context.selectedRemote().map(RemoteSpec::name).orElse(null)));
  }

  /** A template the command needs whatever remote was chosen (init's runtime templates). */
  static TemplateEntry findAnywhere(CliContext context, String name) {
    return find(context, name, TemplateFilter.NONE);
  }

  private static TemplateEntry find(CliContext context, String name, TemplateFilter filter) {
    if (filter.plugin() != null) {
      context.registry().findPlugin(filter.plugin());
    }
    // Once per run: template-driven commands look the template up in the option pass too.
    TemplateMatch match = context.once(List.of("template", name, filter),
        () -> context.registry().findTemplate(name, filter));
    if (context.verbose()) {
      context.once(List.of("passed-over note", name, filter), () -> {
        for (TemplateEntry other : match.passedOver()) {
          context.err().println(TerminalText.line("note: using " + match.chosen().plugin().name()
              + "'s " + match.chosen().ref().name() + "; passed over " + other.plugin().name()
              + " (" + other.plugin().sourceLabel() + ", " + other.directory() + ")"));
        }
        return Boolean.TRUE;
      });
    }
    return match.chosen();
  }

  /**
   * Like {@link #find}, with the configuration's {@code default-language} standing in for a
   * missing {@code --language} — but only as a preference: a template no plugin offers for that
   * language is still found without it.
   */
  static TemplateEntry findWithDefaultLanguage(
      CliContext context, String name, String plugin, String language, String framework) {
    if (language != null || !context.config().defaultLanguage().isSet()) {
      return find(context, name, plugin, language, framework);
    }
    try {
      return find(context, name, plugin, context.config().defaultLanguage().value(), framework);
    } catch (TemplateUnavailableException notForThatLanguage) {
      return find(context, name, plugin, null, framework);
    }
  }

  /**
   * The template's directory with every link resolved. Plugins are untrusted: a template directory
   * that is (or passes through, at any level) a symbolic link leading out of its plugin would let
   * reading and rendering reach files anywhere, so it is refused in every command that uses it.
   */
  static Path realDirectory(TemplateEntry entry) {
    return PluginFiles.realPathInside(entry.plugin().directory(), entry.directory())
        .orElseThrow(() -> Files.exists(entry.directory())
            ? new TaskerException(TaskerException.Kind.FAILURE,
                "template '" + entry.ref().name() + "' of plugin " + entry.plugin().name()
                    + " leads outside the plugin; refusing to read it",
                "a plugin's template directories must be inside the plugin, not links out of it")
            : new TaskerException(TaskerException.Kind.FAILURE,
                "template '" + entry.ref().name() + "' of plugin " + entry.plugin().name()
                    + " has no directory at " + entry.directory(),
                "run 'tasker-cli plugin validate " + entry.plugin().directory()
                    + "' for every problem"));
  }

  /** The template's {@code template.toml}; a broken one is a failure that says where. */
  static TemplateMetadata metadata(CliContext context, TemplateEntry entry) {
    // Read once per run: the option pass and the command both ask for it.
    return context.once(entry.directory(), () -> read(entry));
  }

  private static TemplateMetadata read(TemplateEntry entry) {
    ReadResult<TemplateMetadata> result =
        new TemplateMetadataReader().readTemplate(realDirectory(entry));
    if (result.hasErrors()) {
      Diagnostic first = result.diagnostics().stream().filter(Diagnostic::isError).findFirst()
          .orElse(result.diagnostics().isEmpty() ? null : result.diagnostics().get(0));
      String where = first == null ? entry.directory().toString() : first.location();
      String message = first == null ? "cannot read template.toml" : first.message();
      throw new TaskerException(TaskerException.Kind.FAILURE,
          "template '" + entry.ref().name() + "' of plugin " + entry.plugin().name() + " is broken: "
              + where + ": " + message,
          "run 'tasker-cli plugin validate " + entry.plugin().directory() + "' for every problem");
    }
    return result.value();
  }
}
