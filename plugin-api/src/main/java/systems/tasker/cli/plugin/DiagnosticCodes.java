package systems.tasker.cli.plugin;

/**
 * The stable {@link Diagnostic#code() codes} of every structural rule, in one place so that the
 * command line, JSON output and tests name them the same way. Codes never change once published;
 * new rules get new codes.
 */
public final class DiagnosticCodes {

  private DiagnosticCodes() {}

  // the directory plugin validate is given

  /** The path given to {@code plugin validate} does not exist. */
  public static final String PATH_NOT_FOUND = "path-not-found";
  /** The path given to {@code plugin validate} is not a directory. */
  public static final String NOT_A_DIRECTORY = "not-a-directory";

  // tasker-plugin.toml, read by ManifestReader

  /** {@code tasker-plugin.toml} does not exist. */
  public static final String MANIFEST_MISSING = "manifest-missing";
  /**
   * {@code tasker-plugin.toml} exists but cannot be read: not a regular file, larger than
   * {@link TomlFiles#MAX_BYTES}, or not UTF-8 text.
   */
  public static final String MANIFEST_UNREADABLE = "manifest-unreadable";
  /** {@code tasker-plugin.toml} is a link leading outside the plugin directory (it is not read). */
  public static final String MANIFEST_ESCAPES = "manifest-escapes";
  /** {@code tasker-plugin.toml} is not valid TOML. */
  public static final String MANIFEST_SYNTAX = "manifest-syntax";
  /** There is no {@code [plugin]} table. */
  public static final String MANIFEST_PLUGIN_MISSING = "manifest-plugin-missing";
  /** {@code plugin.name} is missing or empty. */
  public static final String MANIFEST_NAME_MISSING = "manifest-name-missing";
  /** {@code plugin.name} is not lowercase {@code [a-z0-9][a-z0-9._-]*}. */
  public static final String MANIFEST_NAME_INVALID = "manifest-name-invalid";
  /** {@code plugin.version} is missing or empty. */
  public static final String MANIFEST_VERSION_MISSING = "manifest-version-missing";
  /** {@code plugin.version} is not a semantic version. */
  public static final String MANIFEST_VERSION_INVALID = "manifest-version-invalid";
  /** Neither {@code languages} nor {@code language} names a language. */
  public static final String MANIFEST_LANGUAGE_MISSING = "manifest-language-missing";
  /** A language name is not a {@linkplain PluginNames name} (such words reach shells and terminals). */
  public static final String MANIFEST_LANGUAGE_INVALID = "manifest-language-invalid";
  /** A framework name is not a {@linkplain PluginNames name}. */
  public static final String MANIFEST_FRAMEWORK_INVALID = "manifest-framework-invalid";
  /** Warning: a language other than ruby, python, typescript or rust (allowed, e.g. {@code ops}). */
  public static final String MANIFEST_LANGUAGE_UNKNOWN = "manifest-language-unknown";
  /** Warning: the plugin has no description. */
  public static final String MANIFEST_DESCRIPTION_MISSING = "manifest-description-missing";
  /** Warning: the plugin offers no templates. */
  public static final String MANIFEST_TEMPLATES_MISSING = "manifest-templates-missing";
  /** Warning: a key no rule knows, in any table of the manifest. */
  public static final String MANIFEST_KEY_UNKNOWN = "manifest-key-unknown";
  /**
   * A manifest key has the wrong TOML type ({@code name = 5}), or an item of a list of strings is
   * not a string ({@code languages = ["ruby", 5]}).
   */
  public static final String MANIFEST_KEY_TYPE = "manifest-key-type";
  /** {@code templates}, or one of its entries, is not a table. */
  public static final String MANIFEST_ENTRY_NOT_TABLE = "manifest-entry-not-table";
  /** A {@code [[templates]]} entry has no {@code name}. */
  public static final String TEMPLATE_NAME_MISSING = "template-name-missing";
  /** A template name is not a {@linkplain PluginNames name}. */
  public static final String TEMPLATE_NAME_INVALID = "template-name-invalid";
  /** Two templates have names equal ignoring case and {@code -}/{@code _}. */
  public static final String TEMPLATE_NAME_DUPLICATE = "template-name-duplicate";
  /** A template's {@code path} is missing or empty. */
  public static final String TEMPLATE_PATH_MISSING = "template-path-missing";
  /** A template's {@code path} is absolute. */
  public static final String TEMPLATE_PATH_ABSOLUTE = "template-path-absolute";
  /** A template's {@code path} has a {@code ..} segment or goes through a link leaving the plugin. */
  public static final String TEMPLATE_PATH_ESCAPES = "template-path-escapes";

  // template directories, checked by PluginValidator

  /** A template's {@code path} does not exist. */
  public static final String TEMPLATE_PATH_NOT_FOUND = "template-path-not-found";
  /** A template's {@code path} is not a directory. */
  public static final String TEMPLATE_PATH_NOT_DIRECTORY = "template-path-not-directory";
  /** A template directory's {@code template.toml} is a link that leaves the template directory. */
  public static final String TEMPLATE_TOML_ESCAPES = "template-toml-escapes";
  /** Warning: a file in a template directory that no output uses. */
  public static final String TEMPLATE_FILE_UNUSED = "template-file-unused";
  /** The tree-mode files directory does not exist. */
  public static final String FILES_DIR_NOT_FOUND = "files-dir-not-found";
  /** The tree-mode files directory is not a directory. */
  public static final String FILES_DIR_NOT_DIRECTORY = "files-dir-not-directory";
  /** An output's template file does not exist (and the output is not {@code optional}). */
  public static final String OUTPUT_TEMPLATE_NOT_FOUND = "output-template-not-found";

  // template.toml, read by TemplateMetadataReader

  /** A template directory has no {@code template.toml}. */
  public static final String TEMPLATE_TOML_MISSING = "template-toml-missing";
  /**
   * {@code template.toml} exists but cannot be read: not a regular file, larger than
   * {@link TomlFiles#MAX_BYTES}, or not UTF-8 text.
   */
  public static final String TEMPLATE_TOML_UNREADABLE = "template-toml-unreadable";
  /** {@code template.toml} is not valid TOML. */
  public static final String TEMPLATE_TOML_SYNTAX = "template-toml-syntax";
  /** Warning: the template has no description. */
  public static final String TEMPLATE_DESCRIPTION_MISSING = "template-description-missing";
  /** The template declares no outputs and no {@code [files] dir}. */
  public static final String TEMPLATE_OUTPUTS_MISSING = "template-outputs-missing";
  /** Warning: a key no rule knows, in any table of {@code template.toml}. */
  public static final String TEMPLATE_KEY_UNKNOWN = "template-key-unknown";
  /**
   * A {@code template.toml} key has the wrong TOML type ({@code required = "yes"}), or an item of
   * a list of strings is not a string.
   */
  public static final String TEMPLATE_KEY_TYPE = "template-key-type";
  /** A parameter's {@code default} is not of the parameter's type ({@code "three"} for an integer). */
  public static final String PARAMETER_DEFAULT_TYPE = "parameter-default-type";
  /**
   * An output's path ({@code filename}, {@code path}) or {@code subdir} is absolute or has a
   * {@code ..} segment: it would leave the output directory.
   */
  public static final String OUTPUT_PATH_ESCAPES = "output-path-escapes";
  /** An output's or a patch's {@code condition} is not a valid expression, or cannot be evaluated. */
  public static final String CONDITION_INVALID = "condition-invalid";
  /** {@code parameters}, {@code outputs}, {@code files} or one of their entries is not a table. */
  public static final String TEMPLATE_ENTRY_NOT_TABLE = "template-entry-not-table";
  /** {@code [files]} has no {@code dir}, or it is empty. */
  public static final String FILES_DIR_MISSING = "files-dir-missing";
  /** {@code [files] dir} is absolute. */
  public static final String FILES_DIR_ABSOLUTE = "files-dir-absolute";
  /** {@code [files] dir} has a {@code ..} segment or goes through a link leaving the template. */
  public static final String FILES_DIR_ESCAPES = "files-dir-escapes";
  /** An output has no {@code template}, or it is empty. */
  public static final String OUTPUT_TEMPLATE_MISSING = "output-template-missing";
  /** An output's {@code template} is absolute. */
  public static final String OUTPUT_TEMPLATE_ABSOLUTE = "output-template-absolute";
  /** An output's {@code template} has a {@code ..} segment or goes through a link leaving the template. */
  public static final String OUTPUT_TEMPLATE_ESCAPES = "output-template-escapes";
  /** An output has no {@code filename} (dialect B) or {@code path} (dialect A), or it is empty. */
  public static final String OUTPUT_PATH_MISSING = "output-path-missing";
  /** A {@code [[parameters]]} entry has no {@code name}. */
  public static final String PARAMETER_NAME_MISSING = "parameter-name-missing";
  /** A parameter name is not a {@linkplain PluginNames name}. */
  public static final String PARAMETER_NAME_INVALID = "parameter-name-invalid";
  /** Two parameters have names equal ignoring case and {@code -}/{@code _}. */
  public static final String PARAMETER_DUPLICATE = "parameter-duplicate";
  /** A parameter's {@code type} is not string, boolean, integer, choice or list. */
  public static final String PARAMETER_TYPE_UNKNOWN = "parameter-type-unknown";
  /** A parameter's {@code pattern} is not a valid regular expression. */
  public static final String PARAMETER_PATTERN_INVALID = "parameter-pattern-invalid";
  /**
   * A parameter's {@code rules} is not an array of tables, or a rule has not exactly one of
   * {@code pattern} and {@code reserved}, or one of the wrong type.
   */
  public static final String PARAMETER_RULE_INVALID = "parameter-rule-invalid";
  /** A rule's {@code case} is not one of the case filters. */
  public static final String PARAMETER_RULE_CASE_UNKNOWN = "parameter-rule-case-unknown";
  /** A rule has no {@code message}, or an empty one. */
  public static final String PARAMETER_RULE_MESSAGE_MISSING = "parameter-rule-message-missing";
  /** {@code [project] next_steps} is not text. */
  public static final String PROJECT_NEXT_STEPS_INVALID = "project-next-steps-invalid";
  /** {@code [project] contributions} is not a list of template names. */
  public static final String PROJECT_CONTRIBUTION_INVALID = "project-contribution-invalid";
  /** A patch has no {@code file}, or it is empty. */
  public static final String PATCH_FILE_MISSING = "patch-file-missing";
  /** A patch's {@code file} is absolute. */
  public static final String PATCH_FILE_ABSOLUTE = "patch-file-absolute";
  /** A patch's {@code file} has a {@code ..} segment or a NUL: it would leave the output directory. */
  public static final String PATCH_FILE_ESCAPES = "patch-file-escapes";
  /** A patch has none, or more than one, of {@code after}, {@code before} and {@code append}. */
  public static final String PATCH_POSITION_MISSING = "patch-position-missing";
  /** A patch's {@code after} or {@code before} anchor is empty or blank. */
  public static final String PATCH_ANCHOR_EMPTY = "patch-anchor-empty";
  /** A patch has no {@code insert}, or an empty one. */
  public static final String PATCH_INSERT_MISSING = "patch-insert-missing";
  /** A patch key has the wrong type ({@code append = "yes"}, {@code insert = 3}…). */
  public static final String PATCH_INVALID = "patch-invalid";
  /** A parameter's {@code default} is not among its {@code choices}. */
  public static final String PARAMETER_DEFAULT_NOT_A_CHOICE = "parameter-default-not-a-choice";
  /** A parameter's {@code default} does not match its {@code pattern}. */
  public static final String PARAMETER_DEFAULT_PATTERN_MISMATCH =
      "parameter-default-pattern-mismatch";

  // template files, checked by rendering (template-engine's TemplateChecker)

  /** An output's {@code template} is not a plain relative path inside the template directory. */
  public static final String TEMPLATE_FILE_INVALID = "template-file-invalid";
  /** An output's template file does not exist (and the output is not {@code optional}). */
  public static final String TEMPLATE_FILE_MISSING = "template-file-missing";
  /** A template file cannot be read (not UTF-8, not a regular file, too large). */
  public static final String TEMPLATE_FILE_UNREADABLE = "template-file-unreadable";
  /** The tree-mode files directory does not exist or is not a directory of the template. */
  public static final String TEMPLATE_FILES_DIR_MISSING = "template-files-dir-missing";
  /** The tree-mode files directory cannot be listed. */
  public static final String TEMPLATE_FILES_UNREADABLE = "template-files-unreadable";
  /** A template file, path pattern or condition is not valid Pebble. */
  public static final String TEMPLATE_SYNTAX = "template-syntax";
  /** Warning: a template reads a variable that is neither a parameter nor set in the template. */
  public static final String TEMPLATE_UNKNOWN_VARIABLE = "template-unknown-variable";
  /** Rendering the template with sample values fails. */
  public static final String TEMPLATE_RENDER_FAILED = "template-render-failed";

  // configuration files and search paths, read by plugin-discovery

  /** {@code --config FILE} names a file that does not exist. */
  public static final String CONFIG_MISSING = "config-missing";
  /**
   * A configuration file exists but cannot be read: not a regular file, larger than
   * {@link TomlFiles#MAX_BYTES}, or not UTF-8 text.
   */
  public static final String CONFIG_UNREADABLE = "config-unreadable";
  /** A configuration file is not valid TOML. */
  public static final String CONFIG_SYNTAX = "config-syntax";
  /** A configuration value has the wrong type (a number where a path belongs…). */
  public static final String CONFIG_TYPE = "config-type";
  /** Warning: a key no rule of the configuration knows. */
  public static final String CONFIG_UNKNOWN_KEY = "config-unknown-key";

  /** A project's own {@code .tasker-cli.toml} sets {@code default-output-dir} outside the project. */
  public static final String CONFIG_OUTPUT_DIR_ESCAPES = "config-output-dir-escapes";
  /**
   * A {@code [[remotes]]} table cannot be used: no or an invalid {@code name}, no {@code url}, an
   * empty {@code ref}, {@code ref} and {@code git-ref} that differ, or a {@code plugin-path} that
   * is absolute or uses {@code ..}.
   */
  public static final String CONFIG_REMOTE_INVALID = "config-remote-invalid";
  /** Two {@code [[remotes]]} of one table (the top level or a profile) have the same name. */
  public static final String CONFIG_REMOTE_DUPLICATE = "config-remote-duplicate";
  /**
   * Warning: a project's own {@code .tasker-cli.toml} raises {@code remote-max-size-mb} above the
   * default; the default is used.
   */
  public static final String CONFIG_REMOTE_LIMIT_IGNORED = "config-remote-limit-ignored";
  /** Warning: a plugin search path is a file (or FIFO, device…), not a directory. */
  public static final String SEARCH_PATH_NOT_A_DIRECTORY = "search-path-not-a-directory";
  /** Warning: a plugin search path is a directory that cannot be listed. */
  public static final String SEARCH_PATH_UNREADABLE = "search-path-unreadable";
  /** A directory on a search path cannot be looked into, so whether it holds a plugin is unknown. */
  public static final String PLUGIN_DIR_UNREADABLE = "plugin-dir-unreadable";
}
