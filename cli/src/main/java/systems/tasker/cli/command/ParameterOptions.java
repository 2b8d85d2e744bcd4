package systems.tasker.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import systems.tasker.cli.engine.OptionNames;
import systems.tasker.cli.output.TerminalText;
import systems.tasker.cli.plugin.ParameterType;
import systems.tasker.cli.plugin.TemplateMetadata;
import systems.tasker.cli.plugin.TemplateParameter;

/** Turns a template's declared parameters into picocli options of the command that renders it. */
public final class ParameterOptions {

  private ParameterOptions() {}

  /**
   * Adds {@code --kebab-name} (and {@code --snake_name} when different) for every parameter not
   * in {@code skip} and not clashing with an option the command already has.
   */
  public static void addTo(CommandSpec spec, TemplateMetadata metadata, Map<String, String> sink,
      Set<String> skip) {
    addTo(spec, metadata, sink, skip, Map.of());
  }

  /**
   * As {@link #addTo(CommandSpec, TemplateMetadata, Map, Set)}; a parameter's default shown in
   * {@code --help} is the configuration's value when {@code configured} has one (inside a
   * project, its {@code [params] package}), since that is the value a run will use.
   */
  public static void addTo(CommandSpec spec, TemplateMetadata metadata, Map<String, String> sink,
      Set<String> skip, Map<String, Object> configured) {
    ArgGroupSpec.Builder group = ArgGroupSpec.builder()
        .heading("Template parameters (also settable as --param KEY=VALUE):%n")
        .exclusive(false)
        .multiplicity("0..1")
        .validate(false);
    for (TemplateParameter parameter : metadata.parameters()) {
      if (skip.contains(parameter.name())) {
        continue;
      }
      List<String> names = optionNames(parameter);
      names.removeIf(name -> spec.findOption(name) != null);
      if (names.isEmpty()) {
        continue;
      }
      ISetter setter = new ISetter() {
        @Override
        public <T> T set(T value) {
          if (value != null) {
            sink.put(parameter.name(), value.toString());
          }
          return null;
        }
      };
      OptionSpec.Builder option = OptionSpec.builder(names.toArray(String[]::new))
          .description(describe(parameter, configured.get(parameter.name())))
          .paramLabel(label(parameter))
          .setter(setter)
          .type(String.class);
      if (parameter.type() == ParameterType.BOOLEAN) {
        option.arity("0..1").fallbackValue("true");
      } else {
        option.arity("1");
      }
      group.addArg(option.build());
    }
    if (!group.args().isEmpty()) {
      spec.addArgGroup(group.build());
    }
  }

  /** {@code --kebab-name}, and {@code --snake_name} when that differs. */
  static List<String> optionNames(TemplateParameter parameter) {
    List<String> names = new ArrayList<>();
    String kebab = OptionNames.optionOf(parameter.name());
    names.add(kebab);
    if (!kebab.equals("--" + parameter.name())) {
      names.add("--" + parameter.name());
    }
    return names;
  }

  private static String label(TemplateParameter parameter) {
    return switch (parameter.type()) {
      case BOOLEAN -> "true|false";
      case INTEGER -> "N";
      case CHOICE -> forHelp(String.join("|", parameter.choices()));
      case LIST -> "A,B,...";
      case STRING -> parameter.name().toUpperCase(java.util.Locale.ROOT);
    };
  }

  /**
   * Plugin text made safe for picocli's help: sanitised for the terminal, with picocli's markup
   * ({@code @|bold …|@}, which would turn into escape sequences) broken up.
   */
  private static String forHelp(String text) {
    return TerminalText.line(text).replace("@|", "@ |");
  }

  private static String describe(TemplateParameter parameter, Object configured) {
    StringBuilder text = new StringBuilder(
        parameter.description().isEmpty() ? "Template parameter " + parameter.name() : parameter.description());
    List<String> notes = new ArrayList<>();
    if (parameter.required() && !parameter.hasDefault() && configured == null) {
      notes.add("required");
    }
    // the value a run takes: the configuration's, else the template's; never the raw pattern
    Object value = configured != null ? configured : parameter.defaultValue();
    if (value != null) {
      notes.add("default: " + (value instanceof List<?> list
          ? String.join(",", list.stream().map(Object::toString).toList()) : value)
          + (configured != null ? ", from the configuration" : ""));
    }
    if (!notes.isEmpty()) {
      text.append(" (").append(String.join("; ", notes)).append(')');
    }
    // picocli treats % as a format specifier in descriptions.
    return forHelp(text.toString()).replace("%", "%%");
  }
}
