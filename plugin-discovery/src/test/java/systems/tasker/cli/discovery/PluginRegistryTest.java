package systems.tasker.cli.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import systems.tasker.cli.plugin.TaskerException;

class PluginRegistryTest {

  private final TestTree tree = new TestTree();

  @AfterEach
  void close() throws Exception {
    tree.close();
  }

  private PluginRegistry discover(List<Path> cliPaths) {
    return PluginRegistry.discover(
        tree.env(), cliPaths, ConfigLoader.load(tree.env(), null, null), null);
  }

  /** Plugins in one search path, listed in priority order by directory name. */
  private PluginRegistry registryOf(Path root) {
    return discover(List.of(root));
  }

  @Test
  void pluginsOfAllFivePathsAndTheBuiltinComeInPriorityOrder() {
    tree.variable("TASKER_CLI_SYSTEM_PLUGINS", "/opt/system");
    tree.write(tree.path("/home/ada/.config/tasker-cli.toml"), "plugin-paths = [\"/cfg\"]\n");
    tree.plugin(tree.path("/opt/system/s"), "from-system", "x");
    tree.plugin(tree.path("/home/ada/.config/tasker-cli/plugins/u"), "from-user", "x");
    tree.plugin(tree.path("/cfg/c"), "from-config", "x");
    tree.plugin(tree.work.resolve(".tasker-cli/plugins/p"), "from-project", "x");
    tree.plugin(tree.path("/cli/one"), "from-cli", "x");
    Path builtin = tree.plugin(tree.path("/jar/builtin"), "builtin", "x");

    PluginRegistry registry =
        PluginRegistry.discover(
            tree.env(),
            List.of(tree.path("/cli")),
            ConfigLoader.load(tree.env(), null, null),
            builtin);

    assertThat(registry.plugins())
        .extracting(DiscoveredPlugin::name, DiscoveredPlugin::source)
        .containsExactly(
            tuple("from-cli", PluginSource.PLUGIN_PATH),
            tuple("from-project", PluginSource.PROJECT),
            tuple("from-config", PluginSource.CONFIG),
            tuple("from-user", PluginSource.USER),
            tuple("from-system", PluginSource.SYSTEM),
            tuple("builtin", PluginSource.BUILTIN));
    assertThat(registry.searchPaths())
        .extracting(SearchPath::source)
        .containsExactly(
            PluginSource.PLUGIN_PATH,
            PluginSource.PROJECT,
            PluginSource.CONFIG,
            PluginSource.USER,
            PluginSource.SYSTEM);
  }

  @Test
  void theHigherPriorityPluginShadowsTheOneWithTheSameName() {
    tree.variable("TASKER_CLI_SYSTEM_PLUGINS", "/opt/system");
    Path loser = tree.plugin(tree.path("/opt/system/ruby/tasker-cli-plugin"), "acme-ruby", "x");
    // Plugin names are lowercase (manifest-name-invalid), so names that shadow differ only in
    // separators; lookups also ignore case.
    Path winner = tree.plugin(tree.work.resolve(".tasker-cli/plugins/ruby"), "acme_ruby", "x");

    PluginRegistry registry = discover(List.of());

    assertThat(registry.plugins())
        .extracting(
            DiscoveredPlugin::directory, DiscoveredPlugin::status, DiscoveredPlugin::shadowedBy)
        .containsExactly(
            tuple(winner, PluginStatus.OK, null), tuple(loser, PluginStatus.SHADOWED, winner));
    assertThat(registry.active()).extracting(DiscoveredPlugin::directory).containsExactly(winner);
    assertThat(registry.findPlugin("Acme-Ruby").directory()).isEqualTo(winner);
  }

  @Test
  void aBrokenPluginNeitherShadowsNorIsShadowed() {
    Path root = tree.path("/p");
    Path broken =
        tree.write(root.resolve("a/tasker-plugin.toml"), "[plugin]\nname = \"same\"\n[x\n")
            .getParent();
    Path good = tree.plugin(root.resolve("b"), "same", "x");

    PluginRegistry registry = registryOf(root);

    assertThat(registry.plugins())
        .extracting(DiscoveredPlugin::directory, DiscoveredPlugin::status)
        .containsExactly(tuple(broken, PluginStatus.BROKEN), tuple(good, PluginStatus.OK));
    assertThat(registry.findPlugin("a").status()).isEqualTo(PluginStatus.BROKEN);
  }

  @Test
  void unknownPluginIsAUsageErrorWithASuggestion() {
    PluginRegistry registry = registryOf(pluginsWithStepHandlers());

    assertThatThrownBy(() -> registry.findPlugin("tasker-contrib-rubby"))
        .isInstanceOfSatisfying(UnknownNameException.class, e -> {
          assertThat(e.what()).isEqualTo(UnknownNameException.What.PLUGIN);
          assertThat(e.name()).isEqualTo("tasker-contrib-rubby");
        })
        .hasMessage("unknown plugin 'tasker-contrib-rubby' (did you mean 'tasker-contrib-ruby'?)")
        .extracting(e -> ((TaskerException) e).kind())
        .isEqualTo(TaskerException.Kind.USAGE);
  }

  /**
   * {@code a-ruby} (step_handler, rails_initializer for rails), {@code b-python} (step-handler,
   * task_template) and {@code c-any} (step_handler for all four languages: a plugin must name at
   * least one, so "any language" is spelled out).
   */
  private Path pluginsWithStepHandlers() {
    Path root = tree.path("/p");
    tree.plugin(root.resolve("a-ruby"), "tasker-contrib-ruby")
        .languages("ruby")
        .template("step_handler")
        .template("rails_initializer", List.of(), List.of("rails"))
        .write();
    tree.plugin(root.resolve("b-python"), "tasker-contrib-python")
        .languages("python")
        .template("step-handler")
        .template("task_template")
        .write();
    tree.plugin(root.resolve("c-any"), "generic")
        .languages("ruby", "python", "typescript", "rust")
        .template("step_handler")
        .write();
    return root;
  }

  @Test
  void templatesListsEveryTemplateOfActivePluginsInPriorityOrder() {
    PluginRegistry registry = registryOf(pluginsWithStepHandlers());

    assertThat(registry.templates(TemplateFilter.NONE))
        .extracting(e -> e.plugin().name(), TemplateEntry::name, TemplateEntry::directory)
        .containsExactly(
            tuple(
                "tasker-contrib-ruby",
                "step_handler",
                tree.path("/p/a-ruby/templates/step_handler")),
            tuple(
                "tasker-contrib-ruby",
                "rails_initializer",
                tree.path("/p/a-ruby/templates/rails_initializer")),
            tuple(
                "tasker-contrib-python",
                "step-handler",
                tree.path("/p/b-python/templates/step-handler")),
            tuple(
                "tasker-contrib-python",
                "task_template",
                tree.path("/p/b-python/templates/task_template")),
            tuple("generic", "step_handler", tree.path("/p/c-any/templates/step_handler")));
  }

  @Test
  void templatesFilterByLanguageFrameworkAndPluginIgnoringCase() {
    PluginRegistry registry = registryOf(pluginsWithStepHandlers());

    assertThat(registry.templates(TemplateFilter.language("PYTHON")))
        .extracting(e -> e.plugin().name() + "/" + e.name())
        .containsExactly(
            "tasker-contrib-python/step-handler",
            "tasker-contrib-python/task_template",
            "generic/step_handler");
    assertThat(registry.templates(new TemplateFilter(null, "ruby", "Rails")))
        .extracting(e -> e.plugin().name() + "/" + e.name())
        .containsExactly(
            "tasker-contrib-ruby/step_handler",
            "tasker-contrib-ruby/rails_initializer",
            "generic/step_handler");
    assertThat(registry.templates(new TemplateFilter("Tasker_Contrib_Python", null, null)))
        .extracting(TemplateEntry::name)
        .containsExactly("step-handler", "task_template");
  }

  @Test
  void templateNamesMatchIgnoringCaseAndSeparators() {
    PluginRegistry registry = registryOf(pluginsWithStepHandlers());

    TemplateMatch dashed = registry.findTemplate("step-handler", TemplateFilter.language("python"));
    TemplateMatch underscored =
        registry.findTemplate("Step_Handler", TemplateFilter.language("python"));

    assertThat(dashed.chosen().directory())
        .isEqualTo(tree.path("/p/b-python/templates/step-handler"));
    assertThat(underscored.chosen()).isEqualTo(dashed.chosen());
  }

  @Test
  void withoutNarrowingTheHighestPriorityTemplateIsChosenAndTheOthersPassedOver() {
    PluginRegistry registry = registryOf(pluginsWithStepHandlers());

    TemplateMatch match = registry.findTemplate("step_handler", TemplateFilter.NONE);

    assertThat(match.chosen().plugin().name()).isEqualTo("tasker-contrib-ruby");
    assertThat(match.passedOver())
        .extracting(e -> e.plugin().name())
        .containsExactly("tasker-contrib-python", "generic");
  }

  @Test
  void aTemplateNamingTheFrameworkBeatsOneThatTargetsAnyFramework() {
    Path root = tree.path("/p");
    tree.plugin(root.resolve("a"), "generic").template("step_handler").write();
    tree.plugin(root.resolve("b"), "railsy").frameworks("rails").template("step_handler").write();

    TemplateMatch match =
        registryOf(root).findTemplate("step_handler", new TemplateFilter(null, null, "rails"));

    assertThat(match.chosen().plugin().name()).isEqualTo("railsy");
    assertThat(match.passedOver()).extracting(e -> e.plugin().name()).containsExactly("generic");
  }

  @Test
  void withoutAFrameworkATemplateNamingNoneBeatsAFrameworksOwnOfHigherPriority() {
    Path root = tree.path("/p");
    tree.plugin(root.resolve("a"), "railsy").languages("ruby").frameworks("rails")
        .template("project").write();
    tree.plugin(root.resolve("b"), "rubyish").languages("ruby").template("project").write();
    PluginRegistry registry = registryOf(root);

    TemplateMatch plain = registry.findTemplate("project", TemplateFilter.language("ruby"));
    TemplateMatch rails =
        registry.findTemplate("project", new TemplateFilter(null, "ruby", "rails"));

    assertThat(plain.chosen().plugin().name()).isEqualTo("rubyish");
    assertThat(plain.passedOver()).extracting(e -> e.plugin().name()).containsExactly("railsy");
    assertThat(rails.chosen().plugin().name()).isEqualTo("railsy");
    assertThat(rails.passedOver()).extracting(e -> e.plugin().name()).containsExactly("rubyish");
  }

  // Every template of an active plugin names its languages (its own, else its plugin's), so no
  // template targets any language: a template's own list narrows what its plugin offers.
  @Test
  void aTemplatesOwnLanguagesNarrowItsPluginsLanguages() {
    Path root = tree.path("/p");
    tree.plugin(root.resolve("a"), "polyglot")
        .languages("ruby", "python")
        .template("step_handler", List.of("python"), List.of())
        .write();
    tree.plugin(root.resolve("b"), "rubyish").languages("ruby").template("step_handler").write();
    PluginRegistry registry = registryOf(root);

    TemplateMatch ruby = registry.findTemplate("step_handler", TemplateFilter.language("ruby"));
    TemplateMatch python = registry.findTemplate("step_handler", TemplateFilter.language("python"));

    assertThat(ruby.chosen().plugin().name()).isEqualTo("rubyish");
    assertThat(ruby.passedOver()).isEmpty();
    assertThat(python.chosen().plugin().name()).isEqualTo("polyglot");
    assertThat(python.passedOver()).isEmpty();
  }

  @Test
  void templatesNamingTheLanguageAmongOthersOrAloneRankByPluginPriority() {
    Path root = tree.path("/p");
    tree.plugin(root.resolve("a"), "polyglot")
        .languages("ruby", "python")
        .template("step_handler")
        .write();
    tree.plugin(root.resolve("b"), "rubyish").languages("ruby").template("step_handler").write();

    TemplateMatch match =
        registryOf(root).findTemplate("step_handler", TemplateFilter.language("ruby"));

    assertThat(match.chosen().plugin().name()).isEqualTo("polyglot");
    assertThat(match.passedOver()).extracting(e -> e.plugin().name()).containsExactly("rubyish");
  }

  @Test
  void thePluginFilterPicksALowerPriorityTemplate() {
    PluginRegistry registry = registryOf(pluginsWithStepHandlers());

    TemplateMatch match =
        registry.findTemplate("step_handler", new TemplateFilter("generic", null, null));

    assertThat(match.chosen().directory()).isEqualTo(tree.path("/p/c-any/templates/step_handler"));
    assertThat(match.passedOver()).isEmpty();
  }

  @Test
  void unknownTemplateIsAUsageErrorWithASuggestionAndAHint() {
    PluginRegistry registry = registryOf(pluginsWithStepHandlers());

    assertThatThrownBy(() -> registry.findTemplate("task-tempalte", TemplateFilter.NONE))
        .isInstanceOfSatisfying(UnknownNameException.class, e -> {
          assertThat(e.what()).isEqualTo(UnknownNameException.What.TEMPLATE);
          assertThat(e.name()).isEqualTo("task-tempalte");
        })
        .hasMessage("unknown template 'task-tempalte' (did you mean 'task_template'?)")
        .satisfies(
            e ->
                assertThat(((TaskerException) e).hint())
                    .isEqualTo("run `tasker-cli template list` to see the available templates"))
        .extracting(e -> ((TaskerException) e).kind())
        .isEqualTo(TaskerException.Kind.USAGE);
  }

  @Test
  void aKnownTemplateThatNoFilterMatchesNamesWhatIsOffered() {
    PluginRegistry registry = registryOf(pluginsWithStepHandlers());

    assertThatThrownBy(
            () -> registry.findTemplate("task-template", TemplateFilter.language("rust")))
        .isInstanceOf(TemplateUnavailableException.class)
        .hasMessage(
            "template 'task-template' is not available for language 'rust'"
                + " (available for languages: python)")
        .extracting(e -> ((TaskerException) e).kind())
        .isEqualTo(TaskerException.Kind.USAGE);
    assertThatThrownBy(
            () ->
                registry.findTemplate(
                    "rails-initializer", new TemplateFilter(null, "ruby", "sinatra")))
        .hasMessage(
            "template 'rails-initializer' is not available for language 'ruby' and for framework"
                + " 'sinatra' (available for languages: ruby; for frameworks: rails)");
  }

  @Test
  void aFilterNamingAnUnknownOrBrokenPluginFails() {
    Path root = pluginsWithStepHandlers();
    tree.write(root.resolve("d-broken/tasker-plugin.toml"), "[plugin\n");
    PluginRegistry registry = registryOf(root);

    assertThatThrownBy(() -> registry.templates(new TemplateFilter("genric", null, null)))
        .isInstanceOfSatisfying(UnknownNameException.class,
            e -> assertThat(e.what()).isEqualTo(UnknownNameException.What.PLUGIN))
        .hasMessage("unknown plugin 'genric' (did you mean 'generic'?)");
    assertThatThrownBy(
            () -> registry.findTemplate("step_handler", new TemplateFilter("d-broken", null, null)))
        .isInstanceOf(BrokenPluginException.class)
        .hasMessageStartingWith("plugin 'd-broken' in /p/d-broken is broken: TOML syntax error")
        .extracting(e -> ((TaskerException) e).kind())
        .isEqualTo(TaskerException.Kind.FAILURE);
  }

  @Test
  void aRegistryBuiltFromAListWorksOutShadowingItself() {
    Path first = tree.plugin(tree.path("/p/a"), "same", "x");
    Path second = tree.plugin(tree.path("/p/b"), "same", "x");
    PluginScanner scanner = new PluginScanner();

    PluginRegistry registry =
        new PluginRegistry(
            List.of(
                scanner.read(first, PluginSource.USER), scanner.read(second, PluginSource.SYSTEM)));

    assertThat(registry.plugins())
        .extracting(DiscoveredPlugin::status)
        .containsExactly(PluginStatus.OK, PluginStatus.SHADOWED);
    assertThat(registry.plugins().get(1).shadowedBy()).isEqualTo(first);
  }
}
