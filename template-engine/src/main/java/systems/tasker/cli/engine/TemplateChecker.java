package systems.tasker.cli.engine;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import systems.tasker.cli.engine.plan.PlannedPaths;
import systems.tasker.cli.plugin.Diagnostic;
import systems.tasker.cli.plugin.DiagnosticCodes;
import systems.tasker.cli.plugin.ParameterPattern;
import systems.tasker.cli.plugin.ParameterRule;
import systems.tasker.cli.plugin.Severity;
import systems.tasker.cli.plugin.SourcePosition;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TemplateKeyPositions;
import systems.tasker.cli.plugin.TemplateMetadata;
import systems.tasker.cli.plugin.TemplateOutput;
import systems.tasker.cli.plugin.TemplatePatch;
import systems.tasker.cli.plugin.TemplateParameter;

/**
 * The template checks of {@code plugin validate}: every template file, path pattern and
 * condition compiles; every variable they read is a declared parameter or set in the template
 * (a warning otherwise); and a render with sample values succeeds. Collects every problem, never
 * throws for a plugin's mistake.
 */
public final class TemplateChecker {

  private static final List<String> SAMPLE_STRINGS = List.of("SampleName", "sample_name",
      "sample-name", "sample", "Sample", "SAMPLE", "s", "1");

  private final RenderLimits limits;

  /** A checker whose sample render has the default {@link RenderLimits}. */
  public TemplateChecker() {
    this(RenderLimits.DEFAULT);
  }

  /** @param limits the budget of the sample render of each template */
  public TemplateChecker(RenderLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** Every problem found in the templates of {@code templateDir}, in file order. */
  public List<Diagnostic> check(Path templateDir, TemplateMetadata metadata) {
    return check(templateDir, metadata, null, true);
  }

  /**
   * Every problem found in the templates of {@code templateDir}. A template whose
   * {@code template.toml} has errors ({@code sound} false) still has its files, paths and
   * conditions compiled, so a plugin's mistakes are all reported in one run; what its file's
   * rules already reported (a missing or misplaced file) is not repeated, and it is not rendered.
   *
   * @param keys where the keys of {@code template.toml} are written, or {@code null}
   */
  public List<Diagnostic> check(Path templateDir, TemplateMetadata metadata,
      TemplateKeyPositions keys, boolean sound) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Path toml = templateDir.resolve(TemplateMetadata.FILE_NAME);
    TemplateEngines engines = new TemplateEngines(templateDir);
    Set<String> declared = new HashSet<>();
    metadata.parameters().forEach(p -> declared.add(p.name()));
    Map<String, Object> samples = sampleValues(metadata);

    for (int i = 0; i < metadata.outputs().size(); i++) {
      TemplateOutput output = metadata.outputs().get(i);
      TemplateName template = TemplateName.of(output.template());
      String name = template.name();
      if (!template.isValid()) {
        if (sound) {
          diagnostics.add(Diagnostic.error(DiagnosticCodes.TEMPLATE_FILE_INVALID, toml,
              keys == null ? null : keys.output(i, "template"),
              "output template " + template.problem(),
              "output templates are files of the template"));
        }
      } else if (!new ConfinedLoader(templateDir).resourceExists(name)) {
        if (!output.optional() && sound) {
          diagnostics.add(Diagnostic.error(DiagnosticCodes.TEMPLATE_FILE_MISSING, toml,
              keys == null ? null : keys.output(i, "template"),
              "output template '" + output.template() + "' does not exist",
              "add the file or mark the output optional"));
        }
      } else {
        checkFile(templateDir, name, engines, declared, diagnostics);
      }
      String origin = "'" + output.template() + "'";
      checkPattern(toml, keys == null ? null : keys.outputPath(i), output.path(),
          "the path of output " + origin, engines, declared, diagnostics);
      if (output.subdir() != null && !output.subdir().isEmpty()) {
        checkPattern(toml, keys == null ? null : keys.output(i, "subdir"), output.subdir(),
            "the subdir of output " + origin, engines, declared, diagnostics);
      }
      if (output.condition() != null && !output.condition().isBlank()) {
        new Condition(toml, keys == null ? null : keys.output(i, "condition"),
            "output " + origin, output.condition())
            .check(engines, declared, samples, diagnostics);
      }
    }
    if (metadata.isTreeMode() && sound) {
      checkTree(templateDir, metadata.filesDir(), engines, declared, diagnostics);
    }
    for (int i = 0; i < metadata.patches().size(); i++) {
      TemplatePatch patch = metadata.patches().get(i);
      String origin = "patch " + (i + 1) + " ('" + patch.file() + "')";
      checkPattern(toml, keys == null ? null : keys.patch(i, "file"), patch.file(),
          "the file of " + origin, engines, declared, diagnostics);
      if (patch.anchor() != null) {
        checkPattern(toml, keys == null ? null : keys.patch(i, patch.position().key()),
            patch.anchor(), "the anchor of " + origin, engines, declared, diagnostics);
      }
      checkPattern(toml, keys == null ? null : keys.patch(i, "insert"), patch.insert(),
          "the text of " + origin, engines, declared, diagnostics);
      if (patch.condition() != null && !patch.condition().isBlank()) {
        new Condition(toml, keys == null ? null : keys.patch(i, "condition"), origin,
            patch.condition())
            .check(engines, declared, samples, diagnostics);
      }
    }
    if (sound) {
      checkParameterPatterns(toml, metadata, diagnostics); // else reported with their position
    }
    checkRules(toml, metadata, keys, diagnostics);
    if (metadata.project().nextSteps() != null) {
      checkText(toml, metadata.project().nextSteps(), "the next steps", declared, diagnostics);
    }
    if (sound && diagnostics.stream().noneMatch(Diagnostic::isError)) {
      smokeRender(templateDir, metadata, limits, diagnostics);
    }
    return List.copyOf(diagnostics);
  }

  /**
   * An output's or a patch's condition: it must compile as an expression and, when it reads only
   * parameters, evaluate with the sample values. Problems are reported at its key, in plain
   * words ({@link EngineMessages}).
   */
  private record Condition(Path toml, SourcePosition at, String owner, String expression) {

    private static final Pattern TAGS = Pattern.compile("\\{[%{#]|[%}#]\\}");

    void check(TemplateEngines engines, Set<String> declared, Map<String, Object> samples,
        List<Diagnostic> diagnostics) {
      String source = "{% if " + expression + " %}{% endif %}";
      PebbleEngine engine = engines.tera();
      if (TAGS.matcher(expression).find()) {
        diagnostics.add(error(what() + " is not a valid expression: it must be one expression,"
            + " without '%}' or other tags"));
        return;
      }
      try {
        engine.getLiteralTemplate(source);
      } catch (PebbleException broken) {
        diagnostics.add(error(what() + " is not a valid expression: "
            + EngineMessages.plain(broken.getPebbleMessage())));
        return;
      }
      int before = diagnostics.size();
      String description = "the condition of " + owner;
      warnUndefined(toml, description, source, engine, declared, diagnostics, description);
      placeFrom(diagnostics, before, at);
      if (diagnostics.size() > before) {
        return; // it reads a variable that is not a parameter: warned, and cannot be evaluated
      }
      try {
        engines.isTrue(expression, description, samples);
      } catch (RenderException failed) {
        diagnostics.add(error(what() + " fails with the sample values " + samples + ": "
            + EngineMessages.plain(failed.problem())));
      } catch (TaskerException failed) {
        diagnostics.add(error(what() + " fails with the sample values " + samples + ": "
            + EngineMessages.plain(failed.getMessage())));
      }
    }

    private String what() {
      return "condition '" + expression + "' of " + owner;
    }

    private Diagnostic error(String message) {
      return Diagnostic.error(DiagnosticCodes.CONDITION_INVALID, toml, at, message,
          "write a test of the parameters, e.g. handler_type == \"api\" or (with_tests and"
              + " not dry), comparing text with text and numbers with numbers");
    }
  }

  private static void checkTree(Path templateDir, String filesDir, TemplateEngines engines,
      Set<String> declared, List<Diagnostic> diagnostics) {
    Path toml = templateDir.resolve(TemplateMetadata.FILE_NAME);
    String dirName = TemplateName.of(filesDir).name();
    Path root = dirName == null ? null : PlannedPaths.resolve(templateDir, dirName);
    if (root == null || !Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      diagnostics.add(Diagnostic.error(DiagnosticCodes.TEMPLATE_FILES_DIR_MISSING, toml, null,
          "[files] dir '" + filesDir + "' is not a directory inside the template",
          "create the directory or fix [files] dir"));
      return;
    }
    try {
      new PluginFiles(templateDir).checkedDirectory(root);
    } catch (PluginFiles.Refused outside) {
      diagnostics.add(Diagnostic.error(DiagnosticCodes.TEMPLATE_FILES_DIR_MISSING, toml, null,
          "[files] dir '" + filesDir + "' " + outside.getMessage(),
          "create the directory or fix [files] dir"));
      return;
    }
    List<Path> entries;
    try (Stream<Path> walk = Files.walk(root)) {
      entries = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted()
          .toList();
    } catch (IOException unreadable) {
      diagnostics.add(Diagnostic.error(DiagnosticCodes.TEMPLATE_FILES_UNREADABLE, toml, null,
          "could not read [files] dir '" + filesDir + "': " + unreadable.getMessage(), null));
      return;
    }
    for (Path entry : entries) {
      List<String> segments = new ArrayList<>();
      root.relativize(entry).forEach(s -> segments.add(s.toString()));
      String source = dirName + "/" + String.join("/", segments);
      for (String segment : segments) {
        checkPattern(toml, segment, "the path of '" + source + "'", engines, declared,
            diagnostics);
      }
      String lower = source.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".tera") || lower.endsWith(".peb") || lower.endsWith(".pebble")) {
        checkFile(templateDir, source, engines, declared, diagnostics);
      }
    }
  }

  private static void checkFile(Path templateDir, String name, TemplateEngines engines,
      Set<String> declared, List<Diagnostic> diagnostics) {
    Path file = PlannedPaths.resolve(templateDir, name);
    PebbleEngine engine = engines.engineFor(name);
    try {
      engine.getTemplate(name);
      String source = new String(new PluginFiles(templateDir).read(file), StandardCharsets.UTF_8);
      warnUndefined(file, name, source, engine, declared, diagnostics, null);
    } catch (PebbleException broken) {
      diagnostics.add(error(DiagnosticCodes.TEMPLATE_SYNTAX, file, broken.getLineNumber(),
          TemplateEngines.lowerCaseStart(EngineMessages.plain(broken.getPebbleMessage())), null));
    } catch (PluginFiles.Refused unreadable) {
      diagnostics.add(Diagnostic.error(DiagnosticCodes.TEMPLATE_FILE_UNREADABLE, file, null,
          "'" + name + "' " + unreadable.getMessage(), null));
    }
  }

  private static void checkPattern(Path toml, String source, String description,
      TemplateEngines engines, Set<String> declared, List<Diagnostic> diagnostics) {
    checkPattern(toml, null, source, description, engines, declared, diagnostics);
  }

  /** A pattern written at {@code at} in {@code template.toml} ({@code null} when unknown). */
  private static void checkPattern(Path toml, SourcePosition at, String source,
      String description, TemplateEngines engines, Set<String> declared,
      List<Diagnostic> diagnostics) {
    PebbleEngine engine = engines.tera();
    try {
      engine.getLiteralTemplate(source);
      int before = diagnostics.size();
      warnUndefined(toml, description, source, engine, declared, diagnostics, description);
      placeFrom(diagnostics, before, at);
    } catch (PebbleException broken) {
      diagnostics.add(Diagnostic.error(DiagnosticCodes.TEMPLATE_SYNTAX, toml, at,
          "in " + description + ": " + EngineMessages.plain(broken.getPebbleMessage()), null));
    }
  }

  /** Puts the diagnostics added since {@code from} at {@code at}, when it is known. */
  private static void placeFrom(List<Diagnostic> diagnostics, int from, SourcePosition at) {
    for (int i = from; at != null && i < diagnostics.size(); i++) {
      Diagnostic d = diagnostics.get(i);
      diagnostics.set(i, new Diagnostic(d.severity(), d.code(), d.file(), at.line(), at.column(),
          d.message(), d.hint()));
    }
  }

  private static void warnUndefined(Path file, String name, String source, PebbleEngine engine,
      Set<String> declared, List<Diagnostic> diagnostics, String description) {
    Map<String, Integer> undefined = new VariableScanner(engine).undefinedVariables(source, name);
    undefined.keySet().removeAll(declared);
    undefined.forEach((variable, line) -> diagnostics.add(new Diagnostic(Severity.WARNING,
        DiagnosticCodes.TEMPLATE_UNKNOWN_VARIABLE, file, description == null ? line : null, null,
        (description == null ? "" : "in " + description + ": ") + "variable '" + variable
            + "' is neither a parameter nor set in the template",
        "declare it in template.toml [[parameters]] or set it in the template")));
  }

  private static void checkParameterPatterns(Path toml, TemplateMetadata metadata,
      List<Diagnostic> diagnostics) {
    for (TemplateParameter parameter : metadata.parameters()) {
      for (String regex : Arrays.asList(parameter.pattern(), parameter.reserved())) {
        if (regex == null) {
          continue;
        }
        try {
          ParameterPattern.compile(regex);
        } catch (ParameterPattern.InvalidPatternException invalid) {
          diagnostics.add(Diagnostic.error(DiagnosticCodes.PARAMETER_PATTERN_INVALID, toml, null,
              "parameter '" + parameter.name() + "' has an invalid pattern " + regex + ": "
                  + invalid.getMessage(), ParameterPattern.SYNTAX_HINT));
        }
      }
    }
  }

  /**
   * Text written in {@code template.toml} itself (a rule's message, the next steps): it compiles,
   * reads only the variables it is given, and includes no file.
   */
  private static void checkText(Path toml, String text, String description, Set<String> declared,
      List<Diagnostic> diagnostics) {
    checkPattern(toml, text, description, TemplateEngines.forText(RenderLimits.DEFAULT), declared,
        diagnostics);
  }

  /** Each rule's message, and each default against the rules of its parameter. */
  private static void checkRules(Path toml, TemplateMetadata metadata,
      TemplateKeyPositions keys, List<Diagnostic> diagnostics) {
    for (int i = 0; i < metadata.parameters().size(); i++) {
      TemplateParameter parameter = metadata.parameters().get(i);
      SourcePosition defaultAt = keys == null ? null : keys.parameter(i, "default");
      for (ParameterRule rule : parameter.rules()) {
        if (rule.message() != null) {
          checkText(toml, rule.message(), "a message of parameter '" + parameter.name() + "'",
              Set.of("value"), diagnostics);
        }
      }
      if (diagnostics.stream().anyMatch(Diagnostic::isError) || !parameter.hasDefault()) {
        continue;
      }
      for (Object value : parameter.defaultValue() instanceof List<?> list ? list
          : List.of(parameter.defaultValue())) {
        try {
          ParameterRules.refusal(parameter, String.valueOf(value)).ifPresent(why ->
              diagnostics.add(Diagnostic.error(DiagnosticCodes.PARAMETER_DEFAULT_PATTERN_MISMATCH,
                  toml, defaultAt, "default '" + value + "' of parameter '" + parameter.name()
                      + "' is refused by its own rules: " + why,
                  "change the default or the rules so they agree")));
        } catch (TaskerException broken) {
          diagnostics.add(Diagnostic.error(DiagnosticCodes.PARAMETER_PATTERN_INVALID, toml, null,
              broken.getMessage(), broken.hint()));
        }
      }
    }
  }

  private static void smokeRender(Path templateDir, TemplateMetadata metadata,
      RenderLimits limits, List<Diagnostic> diagnostics) {
    Map<String, Object> samples = sampleValues(metadata);
    try {
      new TemplateRenderer(limits).render(templateDir, metadata, samples);
      ProjectAssembly.nextSteps(metadata, samples, limits);
    } catch (RenderException failed) {
      String name = failed.file() == null ? null
          : TemplateName.of(failed.file()).name();
      boolean inAFile = name != null
          && Files.isRegularFile(PlannedPaths.resolve(templateDir, name));
      diagnostics.add(error(DiagnosticCodes.TEMPLATE_RENDER_FAILED,
          inAFile ? PlannedPaths.resolve(templateDir, name)
              : templateDir.resolve(TemplateMetadata.FILE_NAME),
          inAFile ? failed.line() : null,
          "rendering with sample values " + samples + " failed: " + failed.getMessage(),
          failed.hint()));
    } catch (TaskerException failed) {
      diagnostics.add(Diagnostic.error(DiagnosticCodes.TEMPLATE_RENDER_FAILED,
          templateDir.resolve(TemplateMetadata.FILE_NAME), null,
          "rendering with sample values " + samples + " failed: " + failed.getMessage(),
          failed.hint()));
    }
  }

  /**
   * A plausible value of every parameter: its default when it is of its type, else a sample of
   * its type (the first choice, {@code true}, {@code 1}, {@code ["a", "b"]}, a string matching
   * its pattern when one of a few candidates does, else {@code "SampleName"}).
   */
  static Map<String, Object> sampleValues(TemplateMetadata metadata) {
    Map<String, Object> samples = new LinkedHashMap<>();
    for (TemplateParameter parameter : metadata.parameters()) {
      Object value = parameter.defaultValue();
      if (value != null && !ofItsType(parameter, value)) {
        value = null; // reported where it is written; the checks go on with a sample
      }
      if (value == null) {
        value = switch (parameter.type()) {
          case BOOLEAN -> Boolean.TRUE;
          case INTEGER -> 1L;
          case CHOICE -> parameter.choices().isEmpty() ? "SampleName" : parameter.choices().get(0);
          case LIST -> List.of(matching(parameter, List.of("a", "sample", "1"), "a"),
              matching(parameter, List.of("b", "sample_b", "2"), "b"));
          case STRING -> matching(parameter, SAMPLE_STRINGS, "SampleName");
        };
      }
      samples.put(parameter.name(), value);
    }
    return samples;
  }

  /** Whether a default written in TOML is of its parameter's type. */
  private static boolean ofItsType(TemplateParameter parameter, Object value) {
    return switch (parameter.type()) {
      case STRING, CHOICE -> value instanceof String;
      case BOOLEAN -> value instanceof Boolean;
      case INTEGER -> value instanceof Long;
      case LIST -> value instanceof List<?>;
    };
  }

  private static String matching(TemplateParameter parameter, List<String> candidates,
      String fallback) {
    try {
      ParameterPattern pattern = parameter.pattern() == null ? null
          : ParameterPattern.compile(parameter.pattern());
      ParameterPattern reserved = parameter.reserved() == null ? null
          : ParameterPattern.compile(parameter.reserved());
      return candidates.stream()
          .filter(c -> pattern == null || pattern.matchesWhole(c))
          .filter(c -> reserved == null || !reserved.matchesWhole(c))
          .filter(c -> ParameterRules.refusal(parameter, c).isEmpty())
          .findFirst().orElse(fallback);
    } catch (ParameterPattern.InvalidPatternException | TaskerException invalid) {
      return fallback;
    }
  }

  /** Pebble reports lines, never columns. */
  private static Diagnostic error(
      String code, Path file, Integer line, String message, String hint) {
    return new Diagnostic(Severity.ERROR, code, file, line == null || line < 1 ? null : line,
        null, message, hint);
  }
}
