package systems.tasker.cli.command;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import systems.tasker.cli.completion.CompletionCache;
import systems.tasker.cli.completion.CompletionScript;
import systems.tasker.cli.discovery.DiscoveredPlugin;
import systems.tasker.cli.discovery.PluginRegistry;
import systems.tasker.cli.discovery.TemplateEntry;
import systems.tasker.cli.discovery.TemplateFilter;
import systems.tasker.cli.plugin.PluginManifest;
import systems.tasker.cli.plugin.TemplateMetadata;
import systems.tasker.cli.plugin.TemplateParameter;
import systems.tasker.cli.plugin.TemplateRef;

/**
 * The names shell completion offers that come from plugins — templates and their parameters,
 * plugins, languages — for {@code tasker-cli __complete} and for the completion cache.
 */
public final class CompletionNames {

  private CompletionNames() {}

  /** Template names, sorted, each once. */
  static Set<String> templates(PluginRegistry registry) {
    Set<String> names = new TreeSet<>();
    for (TemplateEntry entry : registry.templates(TemplateFilter.NONE)) {
      names.add(entry.ref().name());
    }
    return names;
  }

  /** Names of the usable plugins, sorted. */
  static Set<String> plugins(PluginRegistry registry) {
    Set<String> names = new TreeSet<>();
    for (DiscoveredPlugin plugin : registry.active()) {
      names.add(plugin.name());
    }
    return names;
  }

  /** The languages the usable plugins and their templates name, sorted. */
  static Set<String> languages(PluginRegistry registry) {
    Set<String> names = new TreeSet<>();
    for (DiscoveredPlugin plugin : registry.active()) {
      names.addAll(plugin.manifest().languages());
      for (TemplateRef ref : plugin.templates()) {
        names.addAll(ref.languages());
      }
    }
    return names;
  }

  /**
   * The options {@code template generate NAME} gets for the parameters of the templates named
   * {@code name} (of any plugin or language), with their descriptions, in declaration order. A
   * template whose {@code template.toml} cannot be read adds nothing. (An option the command has
   * anyway is listed too: completing it twice does no harm.)
   */
  static Map<String, String> parameterOptions(CliContext context, String name) {
    Map<String, String> options = new LinkedHashMap<>();
    for (TemplateEntry entry : context.registry().templates(TemplateFilter.NONE)) {
      if (entry.ref().hasName(name)) {
        addParameterOptions(options, context, entry);
      }
    }
    return options;
  }

  private static void addParameterOptions(
      Map<String, String> options, CliContext context, TemplateEntry entry) {
    TemplateMetadata metadata;
    try {
      metadata = context.templates().metadata(entry);
    } catch (RuntimeException unreadable) {
      return;
    }
    for (TemplateParameter parameter : metadata.parameters()) {
      for (String option : ParameterOptions.optionNames(parameter)) {
        options.putIfAbsent(option, parameter.description());
      }
    }
  }

  /**
   * After a run that succeeded: rewrites the completion cache when what it would hold changed.
   * Only a run that discovered the plugins anyway does this (so it costs the run a few file
   * attributes), and only when nothing pointed it at other plugins than a plain run finds. Never
   * fails the run.
   *
   * @param version the CLI's version: a new one may have other commands and options
   * @param wholeModel every command of the CLI, built only when the cache is rewritten
   */
  public static void refreshCache(
      CliContext context, String version, Supplier<CommandSpec> wholeModel) {
    if (!context.hasDiscovered() || context.pointedElsewhere()) {
      return;
    }
    try {
      PluginRegistry registry = context.registry();
      CompletionCache cache = CompletionCache.ifChanged(context.environment(),
          fingerprint(registry, version));
      if (cache != null) {
        fill(cache, context, wholeModel.get());
        cache.write();
      }
    } catch (IOException | RuntimeException ignored) {
      // a cache that cannot be written (a read-only home) leaves completion to ask the CLI
    }
  }

  private static CompletionCache.Fingerprint fingerprint(PluginRegistry registry, String version) {
    CompletionCache.Fingerprint fingerprint = new CompletionCache.Fingerprint().add(version);
    for (DiscoveredPlugin plugin : registry.plugins()) {
      fingerprint.add(plugin.source().label() + " " + plugin.name() + " " + plugin.status())
          .addFile(plugin.directory().resolve(PluginManifest.FILE_NAME));
    }
    for (TemplateEntry entry : registry.templates(TemplateFilter.NONE)) {
      fingerprint.addFile(entry.directory().resolve(TemplateMetadata.FILE_NAME));
    }
    return fingerprint;
  }

  private static void fill(CompletionCache cache, CliContext context, CommandSpec root) {
    CompletionScript.describeCommands(root, cache);
    PluginRegistry registry = context.registry();
    Map<String, String> templates = new LinkedHashMap<>();
    Map<String, Map<String, String>> parameters = new LinkedHashMap<>();
    for (TemplateEntry entry : registry.templates(TemplateFilter.NONE)) {
      templates.putIfAbsent(entry.ref().name(), entry.ref().description());
      addParameterOptions(parameters.computeIfAbsent(TemplateRef.nameKey(entry.ref().name()),
          key -> new LinkedHashMap<>()), context, entry);
    }
    templates.forEach((name, description) -> cache.add("template", name, description));
    parameters.forEach((key, options) -> options.forEach(
        (option, description) -> cache.param(key, option, description)));
    for (DiscoveredPlugin plugin : registry.active()) {
      cache.add("plugin", plugin.name(), plugin.manifest().description());
    }
    for (String language : languages(registry)) {
      cache.add("language", language, null);
    }
  }
}
