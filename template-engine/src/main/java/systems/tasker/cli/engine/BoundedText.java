package systems.tasker.cli.engine;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.GlobalContext;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * The text of a template value, as Pebble would print it, built under a length cap. Lists can
 * share items ({@code [a, a]} nested forty times is small in memory), so their text can be
 * exponentially larger than they are: Java's own {@code toString} would run out of memory first.
 */
final class BoundedText {

  private final StringBuilder text = new StringBuilder();
  private final int maxChars;
  private final String templateName;
  private final int lineNumber;

  private BoundedText(int maxChars, String templateName, int lineNumber) {
    this.maxChars = maxChars;
    this.templateName = templateName;
    this.lineNumber = lineNumber;
  }

  /**
   * {@code value} as text (Pebble's {@code toString}, plain digits for decimals), or a
   * {@link RenderBudget.BudgetExceededException} when it would exceed {@code maxChars}.
   */
  static String of(Object value, int maxChars, String templateName, int lineNumber) {
    if (value instanceof CharSequence chars && chars.length() <= maxChars) {
      return chars.toString();
    }
    BoundedText bounded = new BoundedText(maxChars, templateName, lineNumber);
    bounded.append(value);
    return bounded.text.toString();
  }

  /** Whether {@code value} is printed by this class rather than by its own {@code toString}. */
  static boolean isContainer(Object value) {
    return value instanceof Collection<?> || value instanceof Map<?, ?>
        || (value != null && value.getClass().isArray());
  }

  private void append(Object value) {
    if (value instanceof GlobalContext) {
      // a map that can only be asked for one key: its entries cannot be listed
      throw new PebbleException(null, "'_context' cannot be printed whole; read one variable of"
          + " it, as _context['name']", lineNumber, templateName);
    }
    if (value instanceof Collection<?> collection) {
      appendItems(collection, collection.toArray(), "(this Collection)");
    } else if (value instanceof Map<?, ?> map) {
      appendMap(map);
    } else if (value != null && value.getClass().isArray()) {
      Object[] items = new Object[Array.getLength(value)];
      for (int i = 0; i < items.length; i++) {
        items[i] = Array.get(value, i);
      }
      appendItems(value, items, "(this Collection)");
    } else if (value instanceof BigDecimal decimal) {
      add(decimal.toPlainString());
    } else {
      add(String.valueOf(value));
    }
  }

  /** As {@code AbstractCollection.toString}: {@code [a, b]}. */
  private void appendItems(Object self, Object[] items, String selfText) {
    add("[");
    for (int i = 0; i < items.length; i++) {
      if (i > 0) {
        add(", ");
      }
      if (items[i] == self) {
        add(selfText);
      } else {
        append(items[i]);
      }
    }
    add("]");
  }

  /** As {@code AbstractMap.toString}: {@code {k=v, l=w}}. */
  private void appendMap(Map<?, ?> map) {
    add("{");
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!first) {
        add(", ");
      }
      first = false;
      appendEntryPart(map, entry.getKey());
      add("=");
      appendEntryPart(map, entry.getValue());
    }
    add("}");
  }

  private void appendEntryPart(Map<?, ?> map, Object part) {
    if (part == map) {
      add("(this Map)");
    } else {
      append(part);
    }
  }

  private void add(String piece) {
    if (text.length() + (long) piece.length() > maxChars) {
      throw new RenderBudget.BudgetExceededException(
          "the text of a value is longer than " + maxChars + " characters", lineNumber,
          templateName);
    }
    text.append(piece);
  }
}
