package systems.tasker.cli;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import systems.tasker.cli.command.GlobalOptionsButPluginPath;

/**
 * The help of every command. A subcommand's synopsis and option list leave out the global
 * options, which the top-level help lists once under their own heading; a one-line pointer names
 * them instead. Footers wrap their prose at the help's width but never break an example (a line
 * indented by two spaces), which is printed whole to be copied.
 */
final class TaskerHelp extends Help {

  TaskerHelp(CommandSpec commandSpec, ColorScheme colorScheme) {
    super(commandSpec, colorScheme);
  }

  /** Whether {@code option} is one every command takes: declared by the global options. */
  static boolean isGlobal(OptionSpec option) {
    if (option.usageHelp() || option.versionHelp()) {
      return true;
    }
    return option.userObject() instanceof Field field
        && GlobalOptionsButPluginPath.class.isAssignableFrom(field.getDeclaringClass());
  }

  private boolean isRoot() {
    return commandSpec().parent() == null;
  }

  private List<OptionSpec> ownOptions(List<OptionSpec> options) {
    return isRoot() ? options : options.stream().filter(option -> !isGlobal(option)).toList();
  }

  @Override
  protected Ansi.Text createDetailedSynopsisOptionsText(Collection<ArgSpec> done,
      List<OptionSpec> optionList, Comparator<OptionSpec> optionSort, boolean clusterBooleanOptions) {
    return super.createDetailedSynopsisOptionsText(done, ownOptions(optionList), optionSort,
        clusterBooleanOptions);
  }

  @Override
  public String optionList(Layout layout, Comparator<OptionSpec> optionSort,
      IParamLabelRenderer valueLabelRenderer) {
    return optionListExcludingGroups(shownOptions(), layout, optionSort, valueLabelRenderer)
        + optionListGroupSections();
  }

  /** The options listed under "Options:": visible, the command's own, not in a titled group. */
  private List<OptionSpec> shownOptions() {
    List<OptionSpec> shown = new ArrayList<>(ownOptions(commandSpec().options()));
    shown.removeIf(OptionSpec::hidden);
    // options of a group with a heading are listed in the group's own section
    optionSectionGroups().forEach(group -> shown.removeAll(group.allOptionsNested()));
    return shown;
  }

  /** No "Options:" heading over a list that leaves out every option (a noun: only global ones). */
  @Override
  public String optionListHeading(Object... params) {
    return shownOptions().isEmpty() && optionSectionGroups().isEmpty() ? ""
        : super.optionListHeading(params);
  }

  /** "Global options: --help, …; see 'tasker-cli --help'." under a subcommand's options. */
  String globalOptionsPointer() {
    if (isRoot()) {
      return "";
    }
    // --help and --version first, then the others as the top-level help lists them
    List<String> names = commandSpec().options().stream()
        .filter(option -> isGlobal(option) && !option.hidden())
        .sorted(Comparator.comparing((OptionSpec option) -> !option.usageHelp())
            .thenComparing(option -> !option.versionHelp())
            .thenComparing(option -> option.longestName().replaceFirst("^-+", "")))
        .map(OptionSpec::longestName).toList();
    if (names.isEmpty()) {
      return "";
    }
    String root = commandSpec().root().name();
    return String.format("%n") + wrap("Global options: " + String.join(", ", names) + " (see '"
        + root + " --help').", "  ");
  }

  @Override
  public String footer(Object... params) {
    StringBuilder text = new StringBuilder();
    for (String line : commandSpec().usageMessage().footer()) {
      String plain = line.replace("%n", "\n").replace("%%", "%");
      for (String part : plain.split("\n", -1)) {
        if (part.startsWith("  ") || part.isBlank()) {
          text.append(part).append(System.lineSeparator());
        } else {
          text.append(wrap(part, ""));
        }
      }
    }
    return text.toString();
  }

  /** {@code text} broken between words at the help's width; later lines start with {@code indent}. */
  private String wrap(String text, String indent) {
    int width = commandSpec().usageMessage().width();
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        out.append(line).append(System.lineSeparator());
        line = new StringBuilder(indent);
      }
      if (line.length() > 0 && !line.toString().equals(indent)) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      out.append(line).append(System.lineSeparator());
    }
    return out.toString();
  }
}
