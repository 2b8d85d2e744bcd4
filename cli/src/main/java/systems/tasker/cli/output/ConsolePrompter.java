package systems.tasker.cli.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import systems.tasker.cli.engine.OptionNames;
import systems.tasker.cli.engine.ParameterPrompter;
import systems.tasker.cli.plugin.ParameterType;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TemplateParameter;

/**
 * Asks for a parameter on the terminal: its description, the default in brackets (Enter takes
 * it), a choice as a numbered menu (a number or a value answers it); a refused answer is explained
 * and asked again; end of input (Ctrl-D) aborts before anything is written. Prompts go to stderr
 * so stdout stays the command's output.
 */
public final class ConsolePrompter implements ParameterPrompter {

  /** Set while a question waits for its answer, so Ctrl-C can end the line it left open. */
  private static final AtomicBoolean WAITING = new AtomicBoolean();

  private final BufferedReader in;
  private final PrintWriter err;
  private final Style style;

  public ConsolePrompter(BufferedReader in, PrintWriter err, Style style) {
    this.in = in;
    this.err = err;
    this.style = style;
  }

  /** Whether a question is on the screen, waiting for its answer. */
  public static boolean waitingForAnswer() {
    return WAITING.get();
  }

  @Override
  public String ask(TemplateParameter parameter, String problem) {
    if (problem != null) {
      err.println(style.red("  " + TerminalText.line(problem)));
    }
    List<String> choices = parameter.choices();
    boolean menu = parameter.type() == ParameterType.CHOICE && !choices.isEmpty();
    StringBuilder prompt = new StringBuilder();
    if (!parameter.description().isEmpty()) {
      prompt.append(" - ").append(parameter.description());
    }
    if (menu) {
      if (problem == null) {
        err.println(style.bold(TerminalText.line(parameter.name()))
            + TerminalText.line(prompt + (prompt.toString().endsWith("?") ? "" : ":")));
        for (int i = 0; i < choices.size(); i++) {
          err.println(TerminalText.line("  " + (i + 1) + ") " + choices.get(i)));
        }
      }
      prompt = new StringBuilder(" (1-" + choices.size() + " or a name)");
    } else if (!choices.isEmpty()) {
      prompt.append(" (").append(String.join(", ", choices)).append(')');
    }
    if (parameter.hasDefault()) {
      Object value = parameter.defaultValue();
      prompt.append(" [").append(value instanceof List<?> list
          ? String.join(",", list.stream().map(Object::toString).toList()) : value).append(']');
    }
    err.print(style.bold(TerminalText.line(parameter.name())) + TerminalText.line(prompt + ": "));
    err.flush();
    String answer;
    WAITING.set(true);
    try {
      answer = in.readLine();
    } catch (IOException e) {
      answer = null;
    } finally {
      WAITING.set(false);
    }
    if (answer == null) {
      err.println();
      throw new TaskerException(TaskerException.Kind.USAGE,
          "aborted: no value given for parameter '" + parameter.name() + "'; nothing was written",
          "pass " + OptionNames.optionOf(parameter.name()) + " VALUE, or --no-input in scripts");
    }
    String trimmed = answer.trim();
    if (menu && !choices.contains(trimmed) && trimmed.matches("[0-9]{1,4}")) {
      int number = Integer.parseInt(trimmed);
      if (number >= 1 && number <= choices.size()) {
        return choices.get(number - 1);
      }
    }
    return trimmed;
  }
}
