package systems.tasker.cli.discovery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import systems.tasker.cli.discovery.remote.RemoteSpec;
import systems.tasker.cli.plugin.Diagnostic;
import systems.tasker.cli.plugin.TemplateRef;

/**
 * Every plugin discovered, in priority order, and lookups of plugins and templates by name.
 *
 * <p>Plugin and template names compare case- and separator-insensitively ({@code acme-rails} is
 * {@code Acme_Rails}). When two readable plugins share a name, the one with higher priority is used
 * and the other is {@link PluginStatus#SHADOWED}; broken plugins neither shadow nor are shadowed.
 */
public final class PluginRegistry {

  private final List<DiscoveredPlugin> plugins;
  private final List<SearchPath> searchPaths;
  private final List<Diagnostic> diagnostics;

  /**
   * A registry of {@code plugins}, given highest priority first; their shadowing is worked out
   * here, whatever status they arrive with.
   *
   * @param searchPaths the search paths the plugins were found on, for reporting
   * @param diagnostics problems with the search paths themselves
   */
  public PluginRegistry(
      List<DiscoveredPlugin> plugins, List<SearchPath> searchPaths, List<Diagnostic> diagnostics) {
    this.plugins = shadow(plugins);
    this.searchPaths = List.copyOf(searchPaths);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** A registry of {@code plugins}, given highest priority first, with no search paths. */
  public PluginRegistry(List<DiscoveredPlugin> plugins) {
    this(plugins, List.of(), List.of());
  }

  /**
   * Resolves the search paths, scans them and the built-in plugin, and works out shadowing.
   *
   * @param cliPluginPaths {@code --plugin-path} directories, in the order given
   * @param builtinPluginDir the plugin compiled into the CLI, ranked below every search path; it
   *     may live on another file system (a jar's); {@code null} when there is none
   */
  public static PluginRegistry discover(
      Environment env, List<Path> cliPluginPaths, EffectiveConfig config, Path builtinPluginDir) {
    return discover(env, cliPluginPaths, config, builtinPluginDir, Optional.empty());
  }

  /**
   * {@link #discover(Environment, List, EffectiveConfig, Path)} with the checkout of {@code
   * selected} ({@code --remote}, {@code --url}) searched first.
   */
  public static PluginRegistry discover(Environment env, List<Path> cliPluginPaths,
      EffectiveConfig config, Path builtinPluginDir, Optional<RemoteSpec> selected) {
    List<SearchPath> searchPaths = SearchPaths.resolve(env, cliPluginPaths, config, selected);
    PluginScanner.Result scan = new PluginScanner().scan(searchPaths, builtinPluginDir);
    return new PluginRegistry(scan.plugins(), searchPaths, scan.diagnostics());
  }

  /** Every plugin found, highest priority first, including shadowed and broken ones. */
  public List<DiscoveredPlugin> plugins() {
    return plugins;
  }

  /** The plugins in use: neither shadowed nor broken, highest priority first. */
  public List<DiscoveredPlugin> active() {
    return plugins.stream().filter(DiscoveredPlugin::isActive).toList();
  }

  /** The directories searched, highest priority first (the built-in plugin is not one). */
  public List<SearchPath> searchPaths() {
    return searchPaths;
  }

  /** Problems with the search paths themselves, such as a directory that cannot be listed. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * The plugin called {@code name}: the active one, or when every plugin of that name is broken,
   * the broken one with the highest priority.
   *
   * @throws UnknownNameException (a plugin) when no plugin has that name
   */
  public DiscoveredPlugin findPlugin(String name) {
    String key = TemplateRef.nameKey(name);
    List<DiscoveredPlugin> named =
        plugins.stream().filter(p -> TemplateRef.nameKey(p.name()).equals(key)).toList();
    return named.stream()
        .filter(DiscoveredPlugin::isActive)
        .findFirst()
        .or(() -> named.stream().filter(p -> p.status() == PluginStatus.BROKEN).findFirst())
        .orElseThrow(() -> new UnknownNameException(
            UnknownNameException.What.PLUGIN, name, pluginNames()));
  }

  /**
   * Every template of every active plugin that passes {@code filter}, in plugin priority order,
   * then manifest order.
   *
   * @throws UnknownNameException (a plugin) when the filter names a plugin that does not exist
   * @throws BrokenPluginException when the filter names a broken plugin
   */
  public List<TemplateEntry> templates(TemplateFilter filter) {
    requireUsablePlugin(filter);
    return allTemplates().stream()
        .filter(entry -> filter.matches(entry.plugin(), entry.ref()))
        .toList();
  }

  /**
   * The template called {@code name} (case- and separator-insensitively) that passes {@code
   * filter}. When several do, the one naming the requested language or framework outright wins over
   * one that targets any, and then the plugin with higher priority wins; the rest are listed as
   * passed over.
   *
   * @throws UnknownNameException (a template) when no plugin offers a template of that name
   * @throws BrokenPluginException when only broken plugins do
   * @throws TemplateUnavailableException when some do, but none passes the filter
   * @throws UnknownNameException (a plugin) when the filter names a plugin that does not exist
   * @throws BrokenPluginException when the filter names a broken plugin
   */
  public TemplateMatch findTemplate(String name, TemplateFilter filter) {
    requireUsablePlugin(filter);
    List<TemplateEntry> named =
        allTemplates().stream().filter(entry -> entry.ref().hasName(name)).toList();
    if (named.isEmpty()) {
      plugins.stream()
          .filter(p -> p.status() == PluginStatus.BROKEN)
          .filter(p -> p.templates().stream().anyMatch(ref -> ref.hasName(name)))
          .findFirst()
          .ifPresent(broken -> {
            throw new BrokenPluginException(name, broken);
          });
      Set<String> known = new TreeSet<>();
      allTemplates().forEach(entry -> known.add(entry.name()));
      throw new UnknownNameException(UnknownNameException.What.TEMPLATE, name, known);
    }
    List<TemplateEntry> matching =
        new ArrayList<>(
            named.stream().filter(e -> filter.matches(e.plugin(), e.ref())).toList());
    if (matching.isEmpty()) {
      throw new TemplateUnavailableException(name, unavailable(name, filter, named));
    }
    // List.sort is stable, so equally specific templates keep plugin priority order.
    matching.sort(
        Comparator.comparingInt((TemplateEntry e) -> filter.specificity(e.ref())).reversed());
    return new TemplateMatch(matching.get(0), matching.subList(1, matching.size()));
  }

  private List<TemplateEntry> allTemplates() {
    List<TemplateEntry> entries = new ArrayList<>();
    for (DiscoveredPlugin plugin : active()) {
      for (TemplateRef ref : plugin.templates()) {
        entries.add(
            new TemplateEntry(
                plugin, ref, PluginScanner.templateDirectory(plugin.directory(), ref)));
      }
    }
    return entries;
  }

  private void requireUsablePlugin(TemplateFilter filter) {
    if (filter.plugin() != null) {
      DiscoveredPlugin plugin = findPlugin(filter.plugin());
      if (!plugin.isActive()) {
        throw new BrokenPluginException(plugin);
      }
    }
  }

  private Set<String> pluginNames() {
    Set<String> names = new TreeSet<>();
    plugins.forEach(p -> names.add(p.name()));
    return names;
  }

  /** "template 'x' is not available for language 'go' (available for languages: python, ruby)". */
  private static String unavailable(String name, TemplateFilter filter, List<TemplateEntry> named) {
    List<String> asked = new ArrayList<>();
    List<String> offered = new ArrayList<>();
    if (filter.remote() != null) {
      asked.add("from the chosen remote");
      offered.add("from: " + joined(named, e -> List.of(e.plugin().sourceLabel())));
    }
    if (filter.plugin() != null) {
      asked.add("in plugin '" + filter.plugin() + "'");
      offered.add("in plugins: " + joined(named, e -> List.of(e.plugin().name())));
    }
    if (filter.language() != null) {
      asked.add("for language '" + filter.language() + "'");
      offered.add("for languages: " + joined(named, e -> e.ref().languages()));
    }
    if (filter.framework() != null) {
      asked.add("for framework '" + filter.framework() + "'");
      offered.add("for frameworks: " + joined(named, e -> e.ref().frameworks()));
    }
    return "template '"
        + name
        + "' is not available "
        + String.join(" and ", asked)
        + " (available "
        + String.join("; ", offered)
        + ")";
  }

  private static String joined(
      List<TemplateEntry> entries, Function<TemplateEntry, List<String>> values) {
    Set<String> all = new TreeSet<>();
    entries.forEach(entry -> all.addAll(values.apply(entry)));
    // Only templates that name none, so they match any: the filter excluded them for another
    // reason.
    return all.isEmpty() ? "any" : String.join(", ", all);
  }

  private static List<DiscoveredPlugin> shadow(List<DiscoveredPlugin> candidates) {
    Map<String, Path> winners = new HashMap<>();
    List<DiscoveredPlugin> result = new ArrayList<>();
    for (DiscoveredPlugin candidate : candidates) {
      DiscoveredPlugin plugin = candidate.unshadowed();
      if (plugin.status() == PluginStatus.BROKEN) {
        result.add(plugin);
        continue;
      }
      Path winner = winners.putIfAbsent(TemplateRef.nameKey(plugin.name()), plugin.directory());
      result.add(winner == null ? plugin : plugin.asShadowedBy(winner));
    }
    return List.copyOf(result);
  }
}
