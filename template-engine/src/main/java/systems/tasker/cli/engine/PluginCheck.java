package systems.tasker.cli.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import systems.tasker.cli.plugin.Diagnostic;
import systems.tasker.cli.plugin.PluginReport;
import systems.tasker.cli.plugin.PluginValidator;
import systems.tasker.cli.plugin.Severity;

/**
 * The whole check of one plugin directory behind {@code plugin validate}: its structure, by the
 * plugin API's rules ({@link PluginValidator}), then what only rendering can tell of every
 * template whose {@code template.toml} parsed ({@link TemplateChecker}): its expressions are
 * compiled even when the file has other errors, so every problem is reported in one run.
 */
public final class PluginCheck {

  /**
   * One plugin's outcome.
   *
   * @param path the directory as given
   * @param plugin the plugin's name, or {@code null} when it has no readable manifest
   * @param diagnostics every problem: structure first, then rendering
   */
  public record Result(Path path, String plugin, List<Diagnostic> diagnostics) {

    public Result {
      diagnostics = List.copyOf(diagnostics);
    }

    /** No error, and with {@code strict} no warning either. */
    public boolean valid(boolean strict) {
      return diagnostics.stream()
          .noneMatch(d -> d.isError() || (strict && d.severity() == Severity.WARNING));
    }
  }

  private final PluginValidator validator = new PluginValidator();
  private final RenderLimits limits;

  /** @param limits the budget of each template's sample render */
  public PluginCheck(RenderLimits limits) {
    this.limits = limits;
  }

  /** Every problem of the plugin in {@code directory}. */
  public Result check(Path directory) {
    PluginReport report = validator.check(directory);
    List<Diagnostic> diagnostics = new ArrayList<>(report.diagnostics());
    for (PluginReport.ParsedTemplate template : report.templates()) {
      diagnostics.addAll(new TemplateChecker(limits).check(template.directory(),
          template.metadata(), template.keys(), template.sound()));
    }
    return new Result(directory, report.plugin(), inFileOrder(diagnostics));
  }

  /**
   * The diagnostics with the files in the order they first appear (the manifest, then each
   * template's), and each file's own in line order: the checks of rendering come after those of
   * structure, but a condition's problem belongs between the lines around it.
   */
  private static List<Diagnostic> inFileOrder(List<Diagnostic> diagnostics) {
    Map<Path, Integer> firstSeen = new HashMap<>();
    diagnostics.forEach(d -> firstSeen.putIfAbsent(d.file(), firstSeen.size()));
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Comparator.<Diagnostic, Integer>comparing(d -> firstSeen.get(d.file()))
        .thenComparing(Diagnostic.IN_FILE_ORDER));
    return sorted;
  }
}
