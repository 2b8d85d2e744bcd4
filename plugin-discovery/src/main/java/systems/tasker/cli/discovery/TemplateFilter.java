package systems.tasker.cli.discovery;

import java.util.List;
import systems.tasker.cli.plugin.TemplateRef;

/**
 * What narrows a template search: {@code --plugin}, {@code --language}, {@code --framework}. Each
 * is {@code null} (or blank) when not given; matching ignores case. A template that names no
 * languages matches any language, and one that names no frameworks matches any framework.
 *
 * @param plugin a plugin name, compared like template names (case- and separator-insensitively)
 * @param language a language the template must target
 * @param framework a framework the template must target
 * @param remote the name of the remote ({@code --remote}, {@code --url}) whose checkout the
 *     template must come from
 */
public record TemplateFilter(String plugin, String language, String framework, String remote) {

  /** No narrowing at all. */
  public static final TemplateFilter NONE = new TemplateFilter(null, null, null);

  public TemplateFilter {
    plugin = blankToNull(plugin);
    language = blankToNull(language);
    framework = blankToNull(framework);
    remote = blankToNull(remote);
  }

  /** A filter that takes templates from any source. */
  public TemplateFilter(String plugin, String language, String framework) {
    this(plugin, language, framework, null);
  }

  /** This filter, taking templates only from the remote called {@code remoteName} (or any). */
  public TemplateFilter fromRemote(String remoteName) {
    return new TemplateFilter(plugin, language, framework, remoteName);
  }

  public static TemplateFilter language(String language) {
    return new TemplateFilter(null, language, null);
  }

  public boolean isEmpty() {
    return plugin == null && language == null && framework == null && remote == null;
  }

  /** Whether {@code ref} of {@code plugin} passes this filter, its source included. */
  public boolean matches(DiscoveredPlugin plugin, TemplateRef ref) {
    return (remote == null || (plugin.remote() != null
            && plugin.remote().remote().name().equals(remote)))
        && matches(plugin.name(), ref);
  }

  /** Whether {@code ref} of the plugin named {@code pluginName} passes this filter. */
  public boolean matches(String pluginName, TemplateRef ref) {
    return (plugin == null || TemplateRef.nameKey(plugin).equals(TemplateRef.nameKey(pluginName)))
        && targets(ref.languages(), language)
        && targets(ref.frameworks(), framework);
  }

  /**
   * How many of the given language and framework the template names outright rather than matching
   * by naming none: a template written for Rails beats a generic one for {@code --framework rails}.
   * Without a framework asked for, a template written for one ranks below one that names none, so
   * installing the Rails plugin never changes what {@code --language ruby} alone means.
   */
  int specificity(TemplateRef ref) {
    int frameworkRank = framework == null
        ? (ref.frameworks().isEmpty() ? 0 : -1)
        : (ref.frameworks().isEmpty() ? 0 : 1);
    return (language != null && !ref.languages().isEmpty() ? 1 : 0) + frameworkRank;
  }

  private static boolean targets(List<String> offered, String wanted) {
    // Discovered templates always name languages (manifest-language-missing breaks the plugin and
    // templates inherit its languages), but frameworks are optional and a TemplateRef built by
    // hand may name neither, so "none named" still means "any".
    return wanted == null
        || offered.isEmpty()
        || offered.stream().anyMatch(value -> value.equalsIgnoreCase(wanted));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
