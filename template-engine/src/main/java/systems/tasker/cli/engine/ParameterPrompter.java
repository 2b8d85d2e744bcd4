package systems.tasker.cli.engine;

import systems.tasker.cli.plugin.TemplateParameter;

/**
 * Asks the person at the terminal for a parameter nobody supplied: a required one, or an optional
 * one offered with its default. The command line provides one only on an interactive terminal and
 * never with {@code --no-input}.
 */
@FunctionalInterface
public interface ParameterPrompter {

  /**
   * Asks for a value of {@code parameter}.
   *
   * @param parameter the parameter to ask for (name, description, type, choices, pattern)
   * @param problem {@code null} the first time; after a refused answer, why it was refused
   * @return the raw answer, validated by the caller (which asks again when it is not valid)
   * @throws RuntimeException to abort, e.g. a {@code TaskerException} when input ends
   */
  String ask(TemplateParameter parameter, String problem);
}
