package systems.tasker.cli.engine;

import io.pebbletemplates.pebble.extension.Extension;
import io.pebbletemplates.pebble.extension.ExtensionCustomizer;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.Test;
import io.pebbletemplates.pebble.extension.core.AbbreviateFilter;
import io.pebbletemplates.pebble.extension.core.AbsFilter;
import io.pebbletemplates.pebble.extension.core.Base64DecoderFilter;
import io.pebbletemplates.pebble.extension.core.Base64EncoderFilter;
import io.pebbletemplates.pebble.extension.core.CapitalizeFilter;
import io.pebbletemplates.pebble.extension.core.CoreExtension;
import io.pebbletemplates.pebble.extension.core.DateFilter;
import io.pebbletemplates.pebble.extension.core.DefaultFilter;
import io.pebbletemplates.pebble.extension.core.DefinedTest;
import io.pebbletemplates.pebble.extension.core.EmptyTest;
import io.pebbletemplates.pebble.extension.core.EvenTest;
import io.pebbletemplates.pebble.extension.core.FirstFilter;
import io.pebbletemplates.pebble.extension.core.IterableTest;
import io.pebbletemplates.pebble.extension.core.JoinFilter;
import io.pebbletemplates.pebble.extension.core.LastFilter;
import io.pebbletemplates.pebble.extension.core.LengthFilter;
import io.pebbletemplates.pebble.extension.core.LowerFilter;
import io.pebbletemplates.pebble.extension.core.MapTest;
import io.pebbletemplates.pebble.extension.core.MaxFunction;
import io.pebbletemplates.pebble.extension.core.MergeFilter;
import io.pebbletemplates.pebble.extension.core.MinFunction;
import io.pebbletemplates.pebble.extension.core.NullTest;
import io.pebbletemplates.pebble.extension.core.NumberFormatFilter;
import io.pebbletemplates.pebble.extension.core.OddTest;
import io.pebbletemplates.pebble.extension.core.RangeFunction;
import io.pebbletemplates.pebble.extension.core.ReplaceFilter;
import io.pebbletemplates.pebble.extension.core.ReverseFilter;
import io.pebbletemplates.pebble.extension.core.RsortFilter;
import io.pebbletemplates.pebble.extension.core.Sha256Filter;
import io.pebbletemplates.pebble.extension.core.SliceFilter;
import io.pebbletemplates.pebble.extension.core.SortFilter;
import io.pebbletemplates.pebble.extension.core.SplitFilter;
import io.pebbletemplates.pebble.extension.core.TitleFilter;
import io.pebbletemplates.pebble.extension.core.TrimFilter;
import io.pebbletemplates.pebble.extension.core.UpperFilter;
import io.pebbletemplates.pebble.extension.core.UrlEncoderFilter;
import io.pebbletemplates.pebble.extension.i18n.I18nExtension;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pebble's own extensions as tasker-cli registers them (Pebble's extension customizer): the i18n
 * extension left out — its one function reads resource bundles from the class path, nothing a
 * plugin should reach — and the core extension's filters, tests and functions made when a
 * template first uses one, instead of all 35 of them (and their classes) at every engine build.
 * The names and what they do are the core extension's (a test holds the names to it); its tags
 * and operators are taken as they are, and so are the two Pebble recognises by their class:
 * the {@code default} filter and the {@code defined} test.
 */
final class BuiltinExtensions {

  private BuiltinExtensions() {}

  /** Core filter names, as {@link CoreExtension#getFilters()} registers them. */
  static final List<String> FILTERS = List.of("abbreviate", "abs", "capitalize", "date", "default",
      "first", "join", "last", "lower", "numberformat", "slice", "sort", "rsort", "reverse", "title",
      "trim", "upper", "urlencode", "length", ReplaceFilter.FILTER_NAME, MergeFilter.FILTER_NAME,
      SplitFilter.FILTER_NAME, Base64EncoderFilter.FILTER_NAME, Base64DecoderFilter.FILTER_NAME,
      Sha256Filter.FILTER_NAME);

  /** Core test names, as {@link CoreExtension#getTests()} registers them. */
  static final List<String> TESTS =
      List.of("empty", "even", "iterable", "map", "null", "odd", "defined");

  /** Core function names, as {@link CoreExtension#getFunctions()} registers them. */
  static final List<String> FUNCTIONS = List.of("max", "min", RangeFunction.FUNCTION_NAME);

  /** The customizer for {@code PebbleEngine.Builder.registerExtensionCustomizer}. */
  static ExtensionCustomizer customize(Extension extension) {
    if (extension instanceof I18nExtension) {
      return new ExtensionCustomizer(extension) {
        @Override
        public Map<String, Function> getFunctions() {
          return Map.of();
        }
      };
    }
    if (extension instanceof CoreExtension) {
      return new LazyCore(extension);
    }
    return new ExtensionCustomizer(extension) {};
  }

  private static final class LazyCore extends ExtensionCustomizer {
    LazyCore(Extension core) {
      super(core);
    }

    @Override
    public Map<String, Filter> getFilters() {
      Map<String, Filter> filters = new HashMap<>();
      for (String name : FILTERS) {
        filters.put(name, new LazyFilter(name));
      }
      // Pebble tells this one by its class (a missing variable is no error before it)
      filters.put("default", new DefaultFilter());
      return filters;
    }

    @Override
    public Map<String, Test> getTests() {
      Map<String, Test> tests = new HashMap<>();
      for (String name : TESTS) {
        tests.put(name, new LazyTest(name));
      }
      // Pebble tells this one by its class (a missing variable is no error before it)
      tests.put("defined", new DefinedTest());
      return tests;
    }

    @Override
    public Map<String, Function> getFunctions() {
      Map<String, Function> functions = new HashMap<>();
      for (String name : FUNCTIONS) {
        functions.put(name, new LazyFunction(name));
      }
      return functions;
    }
  }

  /** The core filter {@code name}, made on first use. */
  static Filter filter(String name) {
    return switch (name) {
      case "abbreviate" -> new AbbreviateFilter();
      case "abs" -> new AbsFilter();
      case "capitalize" -> new CapitalizeFilter();
      case "date" -> new DateFilter();
      case "default" -> new DefaultFilter();
      case "first" -> new FirstFilter();
      case "join" -> new JoinFilter();
      case "last" -> new LastFilter();
      case "lower" -> new LowerFilter();
      case "numberformat" -> new NumberFormatFilter();
      case "slice" -> new SliceFilter();
      case "sort" -> new SortFilter();
      case "rsort" -> new RsortFilter();
      case "reverse" -> new ReverseFilter();
      case "title" -> new TitleFilter();
      case "trim" -> new TrimFilter();
      case "upper" -> new UpperFilter();
      case "urlencode" -> new UrlEncoderFilter();
      case "length" -> new LengthFilter();
      case ReplaceFilter.FILTER_NAME -> new ReplaceFilter();
      case MergeFilter.FILTER_NAME -> new MergeFilter();
      case SplitFilter.FILTER_NAME -> new SplitFilter();
      case Base64EncoderFilter.FILTER_NAME -> new Base64EncoderFilter();
      case Base64DecoderFilter.FILTER_NAME -> new Base64DecoderFilter();
      case Sha256Filter.FILTER_NAME -> new Sha256Filter();
      default -> throw new IllegalArgumentException("no core filter " + name);
    };
  }

  /** The core test {@code name}, made on first use. */
  static Test test(String name) {
    return switch (name) {
      case "empty" -> new EmptyTest();
      case "even" -> new EvenTest();
      case "iterable" -> new IterableTest();
      case "map" -> new MapTest();
      case "null" -> new NullTest();
      case "odd" -> new OddTest();
      case "defined" -> new DefinedTest();
      default -> throw new IllegalArgumentException("no core test " + name);
    };
  }

  /** The core function {@code name}, made on first use. */
  static Function function(String name) {
    return switch (name) {
      case "max" -> new MaxFunction();
      case "min" -> new MinFunction();
      case RangeFunction.FUNCTION_NAME -> new RangeFunction();
      default -> throw new IllegalArgumentException("no core function " + name);
    };
  }

  /** A core filter, test or function named {@code name}, made when first asked for. */
  private abstract static class Lazy<T> {
    final String name;
    private T made;

    Lazy(String name) {
      this.name = name;
    }

    abstract T make();

    final T get() {
      if (made == null) {
        made = make();
      }
      return made;
    }
  }

  private static final class LazyFilter extends Lazy<Filter> implements Filter {
    LazyFilter(String name) {
      super(name);
    }

    @Override
    Filter make() {
      return filter(name);
    }

    @Override
    public List<String> getArgumentNames() {
      return get().getArgumentNames();
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
        EvaluationContext context, int lineNumber) {
      return get().apply(input, args, self, context, lineNumber);
    }
  }

  private static final class LazyTest extends Lazy<Test> implements Test {
    LazyTest(String name) {
      super(name);
    }

    @Override
    Test make() {
      return test(name);
    }

    @Override
    public List<String> getArgumentNames() {
      return get().getArgumentNames();
    }

    @Override
    public boolean apply(Object input, Map<String, Object> args, PebbleTemplate self,
        EvaluationContext context, int lineNumber) {
      return get().apply(input, args, self, context, lineNumber);
    }
  }

  private static final class LazyFunction extends Lazy<Function> implements Function {
    LazyFunction(String name) {
      super(name);
    }

    @Override
    Function make() {
      return function(name);
    }

    @Override
    public List<String> getArgumentNames() {
      return get().getArgumentNames();
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
        int lineNumber) {
      return get().execute(args, self, context, lineNumber);
    }
  }
}
