package systems.tasker.cli.discovery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import systems.tasker.cli.plugin.Diagnostic;
import systems.tasker.cli.plugin.PluginFiles;
import systems.tasker.cli.plugin.ReadResult;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TemplateMetadata;
import systems.tasker.cli.plugin.TemplateMetadataReader;

/**
 * The templates of one run: lookups by name in a {@link PluginRegistry}, and each template's
 * {@code template.toml}, read from its real directory. Each is done once per run, since the
 * command line asks twice (once to turn parameters into options, once to render).
 *
 * <p>Plugins are untrusted: a template directory that is, or passes through at any level, a
 * symbolic link leading out of its plugin would let reading and rendering reach files anywhere,
 * so it is refused here, for every command that uses a template.
 */
public final class TemplateLookup {

  /**
   * A lookup as asked: the name as typed and the filter. Its equals and hashCode are written out:
   * a record's own (and the filter's) start a method-handle bootstrap at their first call, a
   * cost of every run's start (bench/profile).
   */
  private record Query(String name, TemplateFilter filter) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Query that
          && Objects.equals(name, that.name)
          && Objects.equals(filter.plugin(), that.filter.plugin())
          && Objects.equals(filter.language(), that.filter.language())
          && Objects.equals(filter.framework(), that.filter.framework());
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, filter.plugin(), filter.language(), filter.framework());
    }
  }

  private final PluginRegistry registry;
  private final Map<Query, TemplateMatch> matches = new HashMap<>();
  private final Map<Path, TemplateMetadata> metadata = new HashMap<>();

  public TemplateLookup(PluginRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * {@link PluginRegistry#findTemplate}, once per name and filter.
   *
   * @throws TaskerException as {@link PluginRegistry#findTemplate} does
   */
  public TemplateMatch find(String name, TemplateFilter filter) {
    Query query = new Query(name, filter);
    TemplateMatch match = matches.get(query);
    if (match == null) {
      match = registry.findTemplate(name, filter);
      matches.put(query, match);
    }
    return match;
  }

  /**
   * The template's metadata, read once.
   *
   * @throws TaskerException (failure) when the directory leads outside the plugin or does not
   *     exist, or its {@code template.toml} has errors; the message says where
   */
  public TemplateMetadata metadata(TemplateEntry entry) {
    TemplateMetadata read = metadata.get(entry.directory());
    if (read == null) {
      read = read(entry);
      metadata.put(entry.directory(), read);
    }
    return read;
  }

  /**
   * The template's directory with every link resolved, inside the plugin's real directory.
   *
   * @throws TaskerException (failure) when it leads outside the plugin or does not exist
   */
  public static Path realDirectory(TemplateEntry entry) {
    return PluginFiles.realPathInside(entry.plugin().directory(), entry.directory())
        .orElseThrow(() -> Files.exists(entry.directory())
            ? new TaskerException(TaskerException.Kind.FAILURE,
                "template '" + entry.ref().name() + "' of plugin " + entry.plugin().name()
                    + " leads outside the plugin; refusing to read it",
                "a plugin's template directories must be inside the plugin, not links out of it")
            : new TaskerException(TaskerException.Kind.FAILURE,
                "template '" + entry.ref().name() + "' of plugin " + entry.plugin().name()
                    + " has no directory at " + entry.directory(),
                validateHint(entry)));
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
          "template '" + entry.ref().name() + "' of plugin " + entry.plugin().name()
              + " is broken: " + where + ": " + message,
          validateHint(entry));
    }
    return result.value();
  }

  private static String validateHint(TemplateEntry entry) {
    return "run 'tasker-cli plugin validate " + entry.plugin().directory() + "' for every problem";
  }
}
