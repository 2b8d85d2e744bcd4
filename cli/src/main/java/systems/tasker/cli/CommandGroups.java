package systems.tasker.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;

/** The top-level help lists commands by what they are for, not alphabetically or in one block. */
final class CommandGroups implements IHelpSectionRenderer {

  private static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();

  static {
    GROUPS.put("Project", List.of("init", "update", "generate"));
    GROUPS.put("Templates", List.of("template"));
    GROUPS.put("Plugins", List.of("plugin", "remote"));
    GROUPS.put("Configuration", List.of("config", "completion"));
    GROUPS.put("Help", List.of("help"));
  }

  /** The help section of a subcommand that points at the global options. */
  static final String SECTION_KEY_GLOBAL_OPTIONS = "globalOptions";

  static void install(CommandLine commandLine) {
    commandLine.setHelpFactory(TaskerHelp::new);
    layOut(commandLine);
    commandLine.getCommandSpec().usageMessage().optionListHeading("%nGlobal options:%n");
    commandLine.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
        new CommandGroups());
    commandLine.getHelpSectionMap().put(
        CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING, help -> "");
  }

  /** Blank lines and headings between the sections of every command's help. */
  private static void layOut(CommandLine commandLine) {
    commandLine.getCommandSpec().usageMessage()
        .descriptionHeading("%n")
        .parameterListHeading("%nArguments:%n")
        .optionListHeading("%nOptions:%n")
        .commandListHeading("%nCommands:%n");
    List<String> keys = new ArrayList<>(commandLine.getHelpSectionKeys());
    keys.remove(SECTION_KEY_GLOBAL_OPTIONS);
    keys.add(keys.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST) + 1,
        SECTION_KEY_GLOBAL_OPTIONS);
    commandLine.setHelpSectionKeys(keys);
    commandLine.getHelpSectionMap().put(SECTION_KEY_GLOBAL_OPTIONS,
        help -> help instanceof TaskerHelp own ? own.globalOptionsPointer() : "");
    commandLine.getSubcommands().values().forEach(CommandGroups::layOut);
  }

  @Override
  public String render(Help help) {
    Map<String, Help> commands = help.subcommands();
    List<String> listed = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    GROUPS.forEach((group, names) -> {
      List<String> present = names.stream().filter(name -> visible(commands.get(name))).toList();
      if (!present.isEmpty()) {
        text.append(String.format("%n%s:%n", group));
        present.forEach(name -> text.append(line(name, commands.get(name))));
        listed.addAll(present);
      }
    });
    List<String> others = commands.keySet().stream()
        .filter(name -> !listed.contains(name) && visible(commands.get(name))).toList();
    if (!others.isEmpty()) {
      text.append(String.format("%nOther:%n"));
      others.forEach(name -> text.append(line(name, commands.get(name))));
    }
    return text.toString();
  }

  private static boolean visible(Help command) {
    return command != null && !command.commandSpec().usageMessage().hidden();
  }

  private static String line(String name, Help command) {
    String[] description = command.commandSpec().usageMessage().description();
    return String.format("  %-12s%s%n", name, description.length == 0 ? "" : description[0]);
  }
}
