package systems.tasker.cli.engine;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.node.ForNode;
import io.pebbletemplates.pebble.node.expression.ConcatenateExpression;
import io.pebbletemplates.pebble.operator.Associativity;
import io.pebbletemplates.pebble.operator.BinaryOperator;
import io.pebbletemplates.pebble.operator.BinaryOperatorImpl;
import io.pebbletemplates.pebble.operator.BinaryOperatorType;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.GlobalContext;
import io.pebbletemplates.pebble.template.MacroAttributeProvider;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import java.lang.reflect.Array;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What tasker-cli adds to Pebble: the case filters, and the sandbox — attribute access limited to
 * map keys, list and array items and the {@code loop} variable (no Java method or field), and a
 * cap on strings built with {@code ~}, which Pebble's rendered-size cap does not see.
 */
final class SandboxExtension extends AbstractExtension {

  private final int maxChars;
  private final boolean teraLoop;

  /**
   * @param maxChars the longest string {@code ~} may build
   * @param teraLoop whether {@code loop.index} counts from 1 as in Tera (with {@code loop.index0}
   *     from 0), rather than from 0 as in Pebble
   */
  SandboxExtension(int maxChars, boolean teraLoop) {
    this.maxChars = maxChars;
    this.teraLoop = teraLoop;
  }

  @Override
  public Map<String, Filter> getFilters() {
    Map<String, Filter> filters = new LinkedHashMap<>();
    for (String name : CaseConversion.filterNames()) {
      filters.put(name, new CaseFilter(name, CaseConversion.byFilterName(name).orElseThrow()));
    }
    return filters;
  }

  @Override
  public List<BinaryOperator> getBinaryOperators() {
    int cap = maxChars;
    return List.of(new BinaryOperatorImpl("~", 110, () -> new CappedConcatenation(cap),
        BinaryOperatorType.NORMAL, Associativity.LEFT));
  }

  @Override
  public List<AttributeResolver> getAttributeResolver() {
    return List.of(new DataOnlyAttributeResolver(teraLoop));
  }

  /** The name of a value's type as a template author sees it. */
  static String typeName(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String || value instanceof SafeString) {
      return "string";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    if (value instanceof Number) {
      return "number";
    }
    if (value instanceof List || value.getClass().isArray()) {
      return "list";
    }
    if (value instanceof Map) {
      return "map";
    }
    return "value";
  }

  /** A case filter: strings only, so that a mistake does not print a Java object's name. */
  private static final class CaseFilter implements Filter {

    private final String name;
    private final UnaryOperator<String> conversion;

    CaseFilter(String name, UnaryOperator<String> conversion) {
      this.name = name;
      this.conversion = conversion;
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
        EvaluationContext context, int lineNumber) {
      if (!(input instanceof String || input instanceof SafeString)) {
        throw new PebbleException(null,
            "filter '" + name + "' needs a string, got a " + typeName(input), lineNumber,
            self.getName());
      }
      return conversion.apply(input.toString());
    }

    @Override
    public List<String> getArgumentNames() {
      return null;
    }
  }

  /** {@code a ~ b}, refusing to build a string longer than the rendered-size cap. */
  private static final class CappedConcatenation extends ConcatenateExpression {

    private final int maxChars;

    CappedConcatenation(int maxChars) {
      this.maxChars = maxChars;
    }

    @Override
    public String evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
      Object left = getLeftExpression().evaluate(self, context);
      Object right = getRightExpression().evaluate(self, context);
      StringBuilder joined = new StringBuilder();
      for (Object part : new Object[] {left, right}) {
        if (part != null) {
          joined.append(BoundedText.of(part, maxChars, self.getName(), getLineNumber()));
        }
      }
      if (joined.length() > maxChars) {
        throw new PebbleException(null,
            "tried to build a string of more than " + maxChars + " characters with '~'",
            getLineNumber(), self.getName());
      }
      return joined.toString();
    }
  }

  /**
   * Resolves {@code a.b} and {@code a[b]} on data only. Runs before Pebble's own resolver, which
   * would reach Java methods and public fields by reflection; everything it does not resolve it
   * refuses, except macros of imported templates.
   */
  private static final class DataOnlyAttributeResolver implements AttributeResolver {

    private final boolean teraLoop;

    DataOnlyAttributeResolver(boolean teraLoop) {
      this.teraLoop = teraLoop;
    }

    @Override
    public ResolvedAttribute resolve(Object instance, Object attribute, Object[] arguments,
        ArgumentsNode args, EvaluationContextImpl context, String filename, int lineNumber) {
      if (instance == null || instance instanceof MacroAttributeProvider) {
        return null;
      }
      String name = String.valueOf(attribute);
      if (arguments != null) {
        throw new PebbleException(null,
            "templates cannot call methods: '" + name + "(…)' on a " + typeName(instance),
            lineNumber, filename);
      }
      if (instance instanceof GlobalContext globals) {
        // _context: its containsKey throws, and only get() answers
        Object value = globals.get(name);
        if (value == null) {
          throw new AttributeNotFoundException(null, "there is no variable '" + name + "'", name,
              lineNumber, filename);
        }
        return new ResolvedAttribute(value);
      }
      if (instance instanceof Map<?, ?> map) {
        if (map.containsKey(attribute)) {
          return new ResolvedAttribute(map.get(attribute));
        }
        if (map.containsKey(name)) {
          return new ResolvedAttribute(map.get(name));
        }
        throw new AttributeNotFoundException(null, "the map has no key '" + name + "'", name,
            lineNumber, filename);
      }
      if (instance instanceof List<?> || instance.getClass().isArray()) {
        int size = instance instanceof List<?> list ? list.size() : Array.getLength(instance);
        Integer index = index(attribute);
        if (index == null) {
          throw refused(name, instance, filename, lineNumber);
        }
        if (index < 0 || index >= size) {
          throw new AttributeNotFoundException(null,
              "index " + index + " is outside the list of " + size + " items", name, lineNumber,
              filename);
        }
        return new ResolvedAttribute(
            instance instanceof List<?> list ? list.get(index) : Array.get(instance, index));
      }
      if (instance instanceof ForNode.LoopVariables loop) {
        switch (name) {
          case "index":
            return new ResolvedAttribute(teraLoop ? loop.getIndex() + 1 : loop.getIndex());
          case "index0":
            if (teraLoop) {
              return new ResolvedAttribute(loop.getIndex());
            }
            break;
          case "revindex":
            return new ResolvedAttribute(loop.getRevindex());
          case "length":
            return new ResolvedAttribute(loop.getLength());
          case "first":
            return new ResolvedAttribute(loop.isFirst());
          case "last":
            return new ResolvedAttribute(loop.isLast());
          default:
            break;
        }
        throw new AttributeNotFoundException(null, "'loop' has no attribute '" + name
            + "' (it has " + (teraLoop ? "index, index0" : "index") + ", revindex, length, first,"
            + " last)", name, lineNumber, filename);
      }
      throw refused(name, instance, filename, lineNumber);
    }

    private static Integer index(Object attribute) {
      if (attribute instanceof Number number) {
        return number.intValue();
      }
      try {
        return Integer.valueOf(String.valueOf(attribute));
      } catch (NumberFormatException notAnIndex) {
        return null;
      }
    }

    private static PebbleException refused(
        String name, Object instance, String filename, int lineNumber) {
      return new PebbleException(null,
          "templates cannot access '" + name + "' of a " + typeName(instance)
              + ": only map keys, list items and loop variables are available",
          lineNumber, filename);
    }
  }
}
