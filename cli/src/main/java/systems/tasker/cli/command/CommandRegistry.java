package systems.tasker.cli.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/**
 * The commands of the CLI, in the order help lists them, and how a run builds them. They are
 * registered programmatically so that a run builds the picocli model (reflection over every
 * option) only of the command it runs.
 */
public final class CommandRegistry {

  /** A top-level command: one command, or a noun whose verbs are the commands. */
  private sealed interface Noun permits Leaf, Group {}

  private record Leaf(Class<? extends CliCommand> type) implements Noun {}

  private record Group(String description, List<String> examples,
      Map<String, Class<? extends CliCommand>> verbs) implements Noun {}

  private static final Map<String, Noun> NOUNS = new LinkedHashMap<>();

  static {
    NOUNS.put("init", new Leaf(InitCommand.class));
    NOUNS.put("update", new Leaf(UpdateCommand.class));
    NOUNS.put("generate", new Group("Add a step handler or a task definition to a project.",
        List.of("tasker-cli generate handler refund_payment --type api",
            "tasker-cli generate template order_fulfillment --steps validate,charge,ship"),
        verbs("handler", GenerateHandlerCommand.class, "template",
            GenerateTaskTemplateCommand.class)));
    NOUNS.put("plugin", new Group("List, validate and create plugins.",
        List.of("tasker-cli plugin list --all", "tasker-cli plugin validate --strict ./my-plugin"),
        verbs("list", PluginListCommand.class, "validate", PluginValidateCommand.class,
            "new", PluginNewCommand.class)));
    NOUNS.put("template", new Group("List, describe and generate templates.",
        List.of("tasker-cli template list --language python",
            "tasker-cli template generate step-handler --language ruby --name ProcessPayment"),
        verbs("list", TemplateListCommand.class, "info", TemplateInfoCommand.class,
            "generate", TemplateGenerateCommand.class)));
    NOUNS.put("remote", new Group("List, add, remove and update git remotes of plugins.",
        List.of("tasker-cli remote list",
            "tasker-cli remote add contrib https://github.com/tasker-systems/tasker-contrib",
            "tasker-cli remote update"),
        verbs("list", RemoteListCommand.class, "add", RemoteAddCommand.class,
            "remove", RemoteRemoveCommand.class, "update", RemoteUpdateCommand.class)));
    NOUNS.put("config", new Group("Show the effective configuration.",
        List.of("tasker-cli config show", "tasker-cli config show --profile work --format json"),
        verbs("show", ConfigShowCommand.class)));
    NOUNS.put("completion", new Leaf(CompletionCommand.class));
    NOUNS.put("help", new Leaf(HelpCommand.class));
    NOUNS.put("__complete", new Leaf(CompletionNamesCommand.class));
    NOUNS.put("__train", new Leaf(TrainCommand.class));
  }

  private CommandRegistry() {}

  private static Map<String, Class<? extends CliCommand>> verbs(Object... namesAndTypes) {
    Map<String, Class<? extends CliCommand>> verbs = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      @SuppressWarnings("unchecked")
      Class<? extends CliCommand> type = (Class<? extends CliCommand>) namesAndTypes[i + 1];
      verbs.put((String) namesAndTypes[i], type);
    }
    return verbs;
  }

  /** Every command, as {@code noun} and {@code noun verb}. */
  public static Set<String> allCommands() {
    Set<String> all = new LinkedHashSet<>();
    NOUNS.forEach((noun, command) -> {
      all.add(noun);
      verbsOf(command).keySet().forEach(verb -> all.add(noun + " " + verb));
    });
    return all;
  }

  /**
   * The commands a run of {@code args} needs: the one it names; none for a bare
   * {@code --version}; every one for help, a mistyped command, or anything unclear.
   */
  public static Set<String> commandsNeededFor(String[] args) {
    List<String> words = commandWords(args);
    if (words.isEmpty()) {
      boolean versionOnly =
          args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
      return versionOnly ? Set.of() : allCommands();
    }
    String noun = words.get(0);
    // The training run builds every command, so their classes go into the archive too; the
    // completion script is written from the whole command model.
    if (!NOUNS.containsKey(noun) || noun.equals("__train") || noun.equals("completion")) {
      return allCommands();
    }
    Map<String, Class<? extends CliCommand>> verbs = verbsOf(NOUNS.get(noun));
    if (verbs.isEmpty()) {
      return Set.of(noun);
    }
    if (words.size() > 1 && verbs.containsKey(words.get(1))) {
      return Set.of(noun, noun + " " + words.get(1));
    }
    Set<String> needed = new LinkedHashSet<>(List.of(noun));
    verbs.keySet().forEach(verb -> needed.add(noun + " " + verb));
    return needed;
  }

  /**
   * {@code args} with a leading {@code help} command turned into {@code --help} after the words
   * that follow it; any other arguments unchanged.
   */
  public static String[] helpAsOption(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (GlobalOptionsMixin.NAMES_WITH_VALUE.contains(arg)) {
        i++;
      } else if (arg.equals("--")) {
        return args;
      } else if (!arg.startsWith("-")) {
        if (!arg.equals("help")) {
          return args;
        }
        List<String> rewritten = new ArrayList<>(List.of(args));
        rewritten.remove(i);
        if (!rewritten.contains("--help") && !rewritten.contains("-h")) {
          rewritten.add("--help");
        }
        return rewritten.toArray(String[]::new);
      }
    }
    return args;
  }

  /** The first two words of {@code args} that are neither options nor a global option's value. */
  private static List<String> commandWords(String[] args) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < args.length && words.size() < 2; i++) {
      String arg = args[i];
      if (GlobalOptionsMixin.NAMES_WITH_VALUE.contains(arg)) {
        i++;
      } else if (arg.equals("--")) {
        break;
      } else if (!arg.startsWith("-")) {
        words.add(arg);
      }
    }
    return words;
  }

  /** Adds the {@code commands} named (as {@code noun} and {@code noun verb}) under {@code root}. */
  public static void install(CommandLine root, CommandFactory factory, Set<String> commands) {
    NOUNS.forEach((noun, command) -> {
      if (!commands.contains(noun)) {
        return;
      }
      CommandLine line;
      if (command instanceof Group group) {
        line = commandLine(factory, GroupCommand.class);
        List<String> footer = new ArrayList<>(List.of("", "Examples:"));
        group.examples().forEach(example -> footer.add("  " + example));
        line.getCommandSpec().usageMessage()
            .description(group.description())
            .footer(footer.toArray(String[]::new));
        group.verbs().forEach((verb, type) -> {
          if (commands.contains(noun + " " + verb)) {
            line.addSubcommand(verb, commandLine(factory, type));
          }
        });
      } else {
        line = commandLine(factory, ((Leaf) command).type());
      }
      root.addSubcommand(noun, line);
    });
  }

  /** A command's picocli model; each command users see has {@code --help} and {@code --version}. */
  private static CommandLine commandLine(CommandFactory factory, Class<? extends CliCommand> type) {
    CliCommand command = factory.command(type);
    CommandLine line = new CommandLine(command, factory);
    if (!line.getCommandSpec().usageMessage().hidden()) {
      line.getCommandSpec().mixinStandardHelpOptions(true);
    }
    Map<String, String> texts = command.optionTexts();
    if (!texts.isEmpty()) {
      line.getCommandSpec().resourceBundle(new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
          return texts.entrySet().stream()
              .map(text -> new Object[] {text.getKey(), text.getValue()})
              .toArray(Object[][]::new);
        }
      });
    }
    return line;
  }

  private static Map<String, Class<? extends CliCommand>> verbsOf(Noun noun) {
    return noun instanceof Group group ? group.verbs() : Map.of();
  }
}
