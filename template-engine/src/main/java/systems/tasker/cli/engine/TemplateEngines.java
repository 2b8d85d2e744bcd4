package systems.tasker.cli.engine;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.error.RootAttributeNotFoundException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import systems.tasker.cli.plugin.Suggestions;

/**
 * The Pebble engines of one template directory: one with Tera's rules (no newline trimmed after
 * a tag, {@code loop.index} counting from 1) for {@code .tera} files, path patterns and
 * conditions, and one with Pebble's defaults for {@code .peb}/{@code .pebble} files. Each engine has its own cache, so two
 * template directories' {@code handler.rb.tera} never collide. Built on first use.
 */
final class TemplateEngines {

  /** The most characters one rendered file (or string) may hold: 16 Mi. */
  static final int MAX_RENDERED_CHARS = 16 * 1024 * 1024;

  private static final String TOO_DEEP =
      "templates nest too deeply (does a template include itself, or a macro call itself?)";
  private static final String TOO_DEEP_HINT = "remove the recursion from the template";

  private final ConfinedLoader loader;
  private final RenderBudget budget;
  private PebbleEngine tera;
  private PebbleEngine pebble;

  /** Engines for checks, which compile but render nothing of consequence. */
  TemplateEngines(Path templateDir) {
    this(new PluginFiles(templateDir), new RenderBudget(RenderLimits.DEFAULT));
  }

  /**
   * @param files the template directory's files
   * @param budget what every render of these engines spends, together
   */
  TemplateEngines(PluginFiles files, RenderBudget budget) {
    this(new ConfinedLoader(files, budget), budget);
  }

  private TemplateEngines(ConfinedLoader loader, RenderBudget budget) {
    this.loader = loader;
    this.budget = budget;
  }

  /**
   * Engines for text a plugin writes in {@code template.toml} itself (rule messages, next steps),
   * which stands alone: it may include, import or extend no file.
   */
  static TemplateEngines forText(RenderLimits limits) {
    return new TemplateEngines(ConfinedLoader.noFiles(), new RenderBudget(limits));
  }

  /** Whether a file is rendered with Pebble's own whitespace rules rather than Tera's. */
  static boolean isPebbleDialect(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".peb") || lower.endsWith(".pebble");
  }

  PebbleEngine engineFor(String fileName) {
    return isPebbleDialect(fileName) ? pebble() : tera();
  }

  PebbleEngine tera() {
    if (tera == null) {
      tera = build(false);
    }
    return tera;
  }

  PebbleEngine pebble() {
    if (pebble == null) {
      pebble = build(true);
    }
    return pebble;
  }

  private PebbleEngine build(boolean newLineTrimming) {
    return new PebbleEngine.Builder()
        .loader(loader)
        .strictVariables(true)
        .autoEscaping(false)
        .newLineTrimming(newLineTrimming)
        .maxRenderedSize(MAX_RENDERED_CHARS)
        .defaultLocale(Locale.ROOT)
        .methodAccessValidator((object, method) -> false)
        .allowOverrideCoreOperators(true)
        .extension(new SandboxExtension(MAX_RENDERED_CHARS, !newLineTrimming),
            new BudgetExtension(budget, MAX_RENDERED_CHARS))
        // no i18n (it reads resource bundles from the class path), core filters made on first use
        .registerExtensionCustomizer(BuiltinExtensions::customize)
        .build();
  }

  /** Renders the template file {@code name} (relative to the template directory). */
  String renderFile(String name, Map<String, Object> values) {
    return render(name, name, values, () -> engineFor(name).getTemplate(name));
  }

  /**
   * Renders a template given as a string (a path pattern, a condition).
   *
   * @param description what it is, for messages, e.g. {@code the file name of output 'x.tera'}
   */
  String renderString(String source, String description, Map<String, Object> values) {
    return render(source, description, values, () -> tera().getLiteralTemplate(source));
  }

  /** Evaluates a Pebble expression for its truth, as {@code {% if %}} would. */
  boolean isTrue(String expression, String description, Map<String, Object> values) {
    String source = "{% if " + expression + " %}true{% else %}false{% endif %}";
    return renderString(source, description, values).equals("true");
  }

  private interface Compiler {
    PebbleTemplate compile();
  }

  private static String render(
      String name, String description, Map<String, Object> values, Compiler compiler) {
    try {
      PebbleTemplate template = compiler.compile();
      StringWriter out = new StringWriter();
      // a fresh map per render: {% set %} must not leak from one file into the next
      template.evaluate(out, new HashMap<>(values));
      return out.toString();
    } catch (PebbleException failed) {
      throw fromPebble(failed, name, description, values);
    } catch (IOException impossible) {
      throw new RenderException(description, null, impossible.toString(), null, impossible);
    } catch (StackOverflowError tooDeep) {
      throw new RenderException(description, null, TOO_DEEP, TOO_DEEP_HINT, null);
    } catch (OutOfMemoryError tooBig) {
      throw new RenderException(description, null, "the template needs too much memory",
          "make the template produce less output", null);
    } catch (RuntimeException unexpected) {
      // Pebble lets a few Java exceptions through (a cast, an unsupported operation, a stack
      // overflow met inside java.util.regex); the template is still the cause, so it still
      // gets a one-line error
      if (String.valueOf(unexpected.getMessage()).contains("Stack overflow")) {
        throw new RenderException(description, null, TOO_DEEP, TOO_DEEP_HINT, null);
      }
      String reason = unexpected.getClass().getSimpleName()
          + (unexpected.getMessage() == null ? "" : ": " + unexpected.getMessage().lines()
              .findFirst().orElse(""));
      throw new RenderException(description, null,
          "the template could not be evaluated (" + reason + ")", null, unexpected);
    }
  }

  private static RenderException fromPebble(
      PebbleException thrown, String name, String description, Map<String, Object> values) {
    PebbleException failed = thrown;
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof RenderBudget.BudgetExceededException spent) {
        // Pebble wraps what a filter or function throws: the budget's own words are clearer
        failed = spent;
        break;
      }
    }
    // Pebble names literal templates by their source: say which pattern it was instead
    String file = failed.getFileName() == null || failed.getFileName().equals(name)
        ? description : failed.getFileName();
    Integer line = failed.getLineNumber();
    String message = failed.getPebbleMessage();
    String hint = null;
    if (failed instanceof RootAttributeNotFoundException missing) {
      message = "unknown variable '" + missing.getAttributeName() + "'"
          + Suggestions.didYouMean(missing.getAttributeName(), values.keySet());
      hint = values.isEmpty() ? "no variables are defined"
          : "defined variables: " + String.join(", ", values.keySet());
    } else if (failed instanceof AttributeNotFoundException) {
      message = failed.getPebbleMessage().replace(" and strict variables is set to true", "");
    } else if (failed instanceof RenderBudget.BudgetExceededException) {
      line = line == null || line < 1 ? null : line;
    } else if (message != null && message.startsWith("Tried to write more than")) {
      line = null;
      message = "the output is larger than " + MAX_RENDERED_CHARS + " characters";
      hint = "is a loop or a macro expanding without end?";
    } else {
      message = EngineMessages.plain(message); // the engine's words, without its internals
    }
    return new RenderException(file, line, lowerCaseStart(message), hint, failed);
  }

  /** Pebble's own messages start with a capital letter; ours do not, and read alike. */
  static String lowerCaseStart(String message) {
    return message == null || message.isEmpty() ? message
        : Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }
}
