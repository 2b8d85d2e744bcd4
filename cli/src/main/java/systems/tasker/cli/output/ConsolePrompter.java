package systems.tasker.cli.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import systems.tasker.cli.engine.OptionNames;
import systems.tasker.cli.engine.ParameterPrompter;
import systems.tasker.cli.plugin.TaskerException;
import systems.tasker.cli.plugin.TemplateParameter;

/**
 * Asks for a missing required parameter on the terminal: its description, the default in
 * brackets, the choices; a refused answer is explained and asked again; end of input (Ctrl-D)
 * aborts before anything is written. Prompts go to stderr so stdout stays the command's output.
 */
public final class ConsolePrompter implements ParameterPrompter {

  private final BufferedReader in;
  private final PrintWriter err;
  private final Style style;

  public ConsolePrompter(BufferedReader in, PrintWriter err, Style style) {
    this.in = in;
    this.err = err;
    this.style = style;
  }

  @Override
  public String ask(TemplateParameter parameter, String problem) {
    if (problem != null) {
      err.println(style.red("  " + TerminalText.line(problem)));
    }
    StringBuilder prompt = new StringBuilder();
    if (!parameter.description().isEmpty()) {
      prompt.append(" - ").append(parameter.description());
    }
    if (!parameter.choices().isEmpty()) {
      prompt.append(" (").append(String.join(", ", parameter.choices())).append(')');
    }
    if (parameter.hasDefault()) {
      Object value = parameter.defaultValue();
      prompt.append(" [").append(value instanceof List<?> list
          ? String.join(",", list.stream().map(Object::toString).toList()) : value).append(']');
    }
    err.print(style.bold(TerminalText.line(parameter.name())) + TerminalText.line(prompt + ": "));
    err.flush();
    String answer;
    try {
      answer = in.readLine();
    } catch (IOException e) {
      answer = null;
    }
    if (answer == null) {
      err.println();
      throw new TaskerException(TaskerException.Kind.USAGE,
          "aborted: no value given for parameter '" + parameter.name() + "'; nothing was written",
          "pass " + OptionNames.optionOf(parameter.name()) + " VALUE, or --no-input in scripts");
    }
    return answer.trim();
  }
}
