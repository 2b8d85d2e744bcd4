package systems.tasker.cli.engine;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.extension.core.RangeFunction;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.ForNode;
import io.pebbletemplates.pebble.node.MacroNode;
import io.pebbletemplates.pebble.node.PrintNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.expression.AddExpression;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.operator.Associativity;
import io.pebbletemplates.pebble.operator.BinaryOperator;
import io.pebbletemplates.pebble.operator.BinaryOperatorImpl;
import io.pebbletemplates.pebble.operator.BinaryOperatorType;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.ForTokenParser;
import io.pebbletemplates.pebble.tokenParser.MacroTokenParser;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import io.pebbletemplates.pebble.utils.OperatorUtils;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rendering budget inside Pebble ({@link RenderLimits}): every {@code for} iteration and
 * macro call takes a step of the {@link RenderBudget}; {@code range} and list {@code +} refuse
 * lists over the item cap; {@code +}, {@code join} and printing build text under the size cap;
 * {@code split} splits on text, not on a regular expression (as Tera does), so that no template
 * can start a backtracking regular expression.
 */
final class BudgetExtension extends AbstractExtension {

  private final RenderBudget budget;
  private final int maxChars;

  BudgetExtension(RenderBudget budget, int maxChars) {
    this.budget = budget;
    this.maxChars = maxChars;
  }

  @Override
  public List<TokenParser> getTokenParsers() {
    return List.of(new BudgetedFor(budget), new BudgetedMacro(budget));
  }

  @Override
  public Map<String, Function> getFunctions() {
    return Map.of("range", new CappedRange());
  }

  @Override
  public Map<String, Filter> getFilters() {
    return Map.of("join", new BoundedJoin(maxChars), "split", new LiteralSplit());
  }

  @Override
  public List<BinaryOperator> getBinaryOperators() {
    int cap = maxChars;
    return List.of(new BinaryOperatorImpl("+", 40, () -> new CappedAddition(cap),
        BinaryOperatorType.NORMAL, Associativity.LEFT));
  }

  @Override
  public List<NodeVisitorFactory> getNodeVisitors() {
    int cap = maxChars;
    return List.of(template -> new BoundedPrinting((PebbleTemplateImpl) template, cap));
  }

  /** A body that takes a step of the budget each time it renders. */
  private static final class BudgetedBody extends BodyNode {

    private final RenderBudget budget;

    BudgetedBody(BodyNode body, RenderBudget budget) {
      super(body.getLineNumber(), body.getChildren());
      setOnlyRenderInheritanceSafeNodes(body.isOnlyRenderInheritanceSafeNodes());
      this.budget = budget;
    }

    @Override
    public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context)
        throws IOException {
      budget.step(self.getName(), getLineNumber());
      super.render(self, writer, context);
    }
  }

  /** {@code for}, with a step per iteration. */
  private static final class BudgetedFor extends ForTokenParser {

    private final RenderBudget budget;

    BudgetedFor(RenderBudget budget) {
      this.budget = budget;
    }

    @Override
    public RenderableNode parse(Token token, Parser parser) {
      ForNode loop = (ForNode) super.parse(token, parser);
      return new ForNode(loop.getLineNumber(), loop.getIterationVariable(), loop.getIterable(),
          new BudgetedBody(loop.getBody(), budget), loop.getElseBody());
    }
  }

  /** {@code macro}, with a step per call. */
  private static final class BudgetedMacro extends MacroTokenParser {

    private final RenderBudget budget;

    BudgetedMacro(RenderBudget budget) {
      this.budget = budget;
    }

    @Override
    public RenderableNode parse(Token token, Parser parser) {
      MacroNode macro = (MacroNode) super.parse(token, parser);
      return new MacroNode(macro.getName(), macro.getArgs(),
          new BudgetedBody(macro.getBody(), budget));
    }
  }

  /** {@code range}, refusing before it builds a list over the item cap. */
  private static final class CappedRange implements Function {

    private final RangeFunction range = new RangeFunction();

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self,
        EvaluationContext context, int lineNumber) {
      Object start = args.get("start");
      Object end = args.get("end");
      Object increment = args.get("increment");
      if (start instanceof Number from && end instanceof Number to
          && (increment == null || increment instanceof Number)) {
        long step = increment == null ? 1 : ((Number) increment).longValue();
        if (step != 0) {
          // as a double, so that range(-9e18, 9e18) cannot overflow into a small count
          double count = Math.floor(((double) to.longValue() - from.longValue()) / step) + 1;
          RenderBudget.checkListSize((long) Math.max(0, Math.min(count, Long.MAX_VALUE)),
              "range(" + from + ", " + to + ")", self.getName(), lineNumber);
        }
      }
      return range.execute(args, self, context, lineNumber);
    }

    @Override
    public List<String> getArgumentNames() {
      return range.getArgumentNames();
    }
  }

  /**
   * {@code a + b}, as Pebble's, checked first: a list may not grow past the item cap, nor text
   * past the size cap.
   */
  private static final class CappedAddition extends AddExpression {

    private final int maxChars;

    CappedAddition(int maxChars) {
      this.maxChars = maxChars;
    }

    @Override
    public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
      Object left = getLeftExpression().evaluate(self, context);
      Object right = getRightExpression().evaluate(self, context);
      if (isText(left) || isText(right)) {
        String joined = BoundedText.of(left, maxChars, self.getName(), getLineNumber())
            + BoundedText.of(right, maxChars, self.getName(), getLineNumber());
        if (joined.length() > maxChars) {
          throw new RenderBudget.BudgetExceededException("'+' would build a string of more than "
              + maxChars + " characters", getLineNumber(), self.getName());
        }
        return joined;
      }
      if (left instanceof List<?> list) {
        long added = right instanceof Collection<?> more ? more.size() : 1;
        RenderBudget.checkListSize(list.size() + added, "'+'", self.getName(), getLineNumber());
      }
      try {
        return OperatorUtils.add(left, right);
      } catch (RuntimeException failed) {
        throw new PebbleException(failed, "could not perform addition", getLineNumber(),
            self.getName());
      }
    }

    private static boolean isText(Object value) {
      return value instanceof String || value instanceof SafeString;
    }
  }

  /** {@code join}, as Pebble's, building its text under the size cap. */
  private static final class BoundedJoin implements Filter {

    private final int maxChars;

    BoundedJoin(int maxChars) {
      this.maxChars = maxChars;
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
        EvaluationContext context, int lineNumber) {
      if (input == null) {
        return null;
      }
      List<Object> items = new ArrayList<>();
      if (input.getClass().isArray()) {
        for (int i = 0; i < Array.getLength(input); i++) {
          items.add(Array.get(input, i));
        }
      } else if (input instanceof Collection<?> collection) {
        items.addAll(collection);
      } else {
        throw new PebbleException(null,
            "the 'join' filter expects that the input is either a collection or an array.",
            lineNumber, self.getName());
      }
      Object glue = args.get("separator");
      StringBuilder joined = new StringBuilder();
      for (int i = 0; i < items.size(); i++) {
        if (i > 0 && glue != null) {
          joined.append(glue);
        }
        int room = maxChars - joined.length();
        joined.append(BoundedText.of(items.get(i), Math.max(0, room), self.getName(),
            lineNumber));
        if (joined.length() > maxChars) {
          throw new RenderBudget.BudgetExceededException("'join' would build a string of more"
              + " than " + maxChars + " characters", lineNumber, self.getName());
        }
      }
      return joined.toString();
    }

    @Override
    public List<String> getArgumentNames() {
      return List.of("separator");
    }
  }

  /** {@code split}, on the delimiter as text: Pebble's treats it as a Java regular expression. */
  private static final class LiteralSplit implements Filter {

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
        EvaluationContext context, int lineNumber) {
      if (input == null) {
        return null;
      }
      Object delimiter = args.get("delimiter");
      if (delimiter == null) {
        throw new PebbleException(null, "missing delimiter parameter in split filter",
            lineNumber, self.getName());
      }
      Object limit = args.get("limit");
      String quoted = Pattern.quote(delimiter.toString());
      return limit instanceof Number number
          ? input.toString().split(quoted, number.intValue())
          : input.toString().split(quoted);
    }

    @Override
    public List<String> getArgumentNames() {
      return List.of("delimiter", "limit");
    }
  }

  /** Makes every {@code {{ … }}} print lists and maps through {@link BoundedText}. */
  private static final class BoundedPrinting extends AbstractNodeVisitor {

    private final int maxChars;

    BoundedPrinting(PebbleTemplateImpl template, int maxChars) {
      super(template);
      this.maxChars = maxChars;
    }

    @Override
    public void visit(PrintNode node) {
      node.setExpression(new BoundedPrint(node.getExpression(), maxChars));
      super.visit(node);
    }
  }

  /** The value of an expression, with lists and maps turned into capped text. */
  private record BoundedPrint(Expression<?> expression, int maxChars)
      implements Expression<Object> {

    @Override
    public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
      Object value = expression.evaluate(self, context);
      return BoundedText.isContainer(value)
          ? BoundedText.of(value, maxChars, self.getName(), getLineNumber())
          : value;
    }

    @Override
    public int getLineNumber() {
      return expression.getLineNumber();
    }

    @Override
    public void accept(NodeVisitor visitor) {
      expression.accept(visitor);
    }
  }
}
