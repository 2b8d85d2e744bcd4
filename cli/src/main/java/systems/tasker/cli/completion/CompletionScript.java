package systems.tasker.cli.completion;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes the bash and zsh completion scripts from the picocli model, so they know every command
 * and option the CLI has and cannot drift from it.
 *
 * <p>Both scripts share one POSIX-shell core (tables generated here, and a walk over the words
 * typed so far that finds the command and what the word under the cursor is); each shell adds a
 * small front end. What a value completes to follows from the model, by convention, so commands
 * added later complete without touching this class:
 *
 * <ul>
 *   <li>an enum-typed value: its constants, in lower case;
 *   <li>{@code --language}: language names, {@code --plugin}: plugin names, {@code --template}:
 *       template names — asked from the CLI at completion time ({@code tasker-cli __complete
 *       KIND}), and nothing when that fails;
 *   <li>a positional labelled {@code TEMPLATE}, or {@code NAME} of a command under {@code
 *       template}: template names; labelled {@code PLUGIN}: plugin names;
 *   <li>label {@code DIR}: directories; label {@code FILE} or {@code PATH}, or a {@code Path}
 *       type: files;
 *   <li>anything else: no suggestion.
 * </ul>
 */
public final class CompletionScript {

  /** Kinds of value the CLI itself lists ({@code tasker-cli __complete KIND}). */
  public static final Set<String> NAME_KINDS = Set.of("templates", "plugins", "languages");

  private static final String FILES = "files";
  private static final String DIRS = "dirs";
  private static final String VALUE = "value";

  /**
   * The part of both scripts that finds what the word under the cursor completes to. POSIX shell
   * (bash and zsh run it alike); FN and PROGRAM are replaced by the function prefix and program.
   */
  private static final String CORE = """
# Sets _tc_kind (files, dirs or words) and _tc_words for the word under the cursor, given the
# words before it (without the program name) as arguments, and _tc_descs to "NAME<tab>TEXT"
# lines for the names that came with a description.
FN_context() {
  _tc_path=PROGRAM _tc_pos=0 _tc_after= _tc_value_kind= _tc_arg0= _tc_pp= _tc_cf= _tc_pf=
  for _tc_w in "$@"; do
    if [ -n "$_tc_after" ]; then
      # Options that point the CLI at other plugins: the cache is not for them.
      case $_tc_after in
        --plugin-path) _tc_pp=$_tc_w ;;
        --config) _tc_cf=$_tc_w ;;
        --profile) _tc_pf=$_tc_w ;;
      esac
      _tc_after=
      continue
    fi
    case $_tc_w in
      --plugin-path=*) _tc_pp=${_tc_w#*=} ;;
      --config=*) _tc_cf=${_tc_w#*=} ;;
      --profile=*) _tc_pf=${_tc_w#*=} ;;
      -*=*) ;;
      -*)
        FN_option_kind "$_tc_path" "$_tc_w"
        if [ -n "$_tc_r" ]; then
          _tc_after=$_tc_w _tc_value_kind=$_tc_r
        fi
        ;;
      *)
        FN_subcommands "$_tc_path"
        case " $_tc_r " in
          *" $_tc_w "*) _tc_path="$_tc_path $_tc_w" _tc_pos=0 _tc_arg0= ;;
          *)
            [ "$_tc_pos" -gt 0 ] || _tc_arg0=$_tc_w
            _tc_pos=$((_tc_pos + 1))
            ;;
        esac
        ;;
    esac
  done
  _tc_kind=words _tc_words= _tc_descs=
  if [ -n "$_tc_after" ]; then
    FN_value "$_tc_value_kind"
    return
  fi
  case $_tc_cur in
    -*)
      FN_options "$_tc_path"
      _tc_words=$_tc_r
      # 'template generate NAME --': the template's parameters are options too.
      if [ "$_tc_path" = 'PROGRAM template generate' ] && [ -n "$_tc_arg0" ]; then
        FN_names params
      fi
      return
      ;;
  esac
  FN_subcommands "$_tc_path"
  _tc_subcommands=$_tc_r
  FN_positional_kind "$_tc_path" "$_tc_pos"
  if [ -n "$_tc_r" ]; then
    FN_value "$_tc_r"
  fi
  _tc_words="$_tc_subcommands $_tc_words"
}

# Whether name $1 may be offered: only the alphabet of the names the CLI and its plugins use,
# so that whatever '__complete' prints or the cache holds, no shell expands it and no terminal
# obeys it.
FN_offerable() {
  case $1 in
    '' | *[![:alnum:]._-]*) return 1 ;;
  esac
}

# Offers name $1, with description $2.
FN_offer() {
  if FN_offerable "$1"; then
    _tc_words="$_tc_words $1"
    FN_describe "$1" "$2"
  fi
}

# Keeps description $2 of name $1 when it is plain text: letters, digits, spaces and common
# punctuation, nothing a terminal or a shell could take for more.
FN_describe() {
  case $2 in
    '' | *[!\\ [:alnum:].,:\\;!?\\'\\"\\(\\)/_+=@#%\\&\\*~-]*) ;;
    *) _tc_descs="$_tc_descs$1\t$2
" ;;
  esac
}

# Sets _tc_kind and _tc_words for a value of kind $1.
FN_value() {
  case $1 in
    files | dirs) _tc_kind=$1 ;;
    words:*) _tc_words=${1#words:} ;;
    templates | plugins | languages) FN_names "$1" ;;
  esac
}

# Sets _tc_file to the completion cache that runs of the CLI keep
# ($XDG_CACHE_HOME/tasker-cli/complete) when it was made for this directory: for the same
# nearest .tasker-cli.toml upward and ./.tasker-cli/plugins, as the CLI finds them. Else, and
# when --plugin-path, --config or --profile point elsewhere, to nothing.
FN_cache() {
  _tc_file=
  [ -z "$_tc_pp$_tc_cf$_tc_pf" ] || return 0
  case ${XDG_CACHE_HOME:-} in
    /*) _tc_f=$XDG_CACHE_HOME/tasker-cli/complete ;;
    *) _tc_f=${HOME:-/nonexistent}/.cache/tasker-cli/complete ;;
  esac
  [ -f "$_tc_f" ] || return 0
  _tc_here=$(pwd -P 2>/dev/null) || return 0
  _tc_toml= _tc_d=$_tc_here
  while :; do
    if [ -e "${_tc_d%/}/.tasker-cli.toml" ]; then
      _tc_toml=${_tc_d%/}/.tasker-cli.toml
      break
    fi
    case $_tc_d in
      */?*) _tc_d=${_tc_d%/*} && _tc_d=${_tc_d:-/} ;;
      *) break ;;
    esac
  done
  _tc_plugins=
  if [ -e "${_tc_here%/}/.tasker-cli/plugins" ]; then
    _tc_plugins=${_tc_here%/}/.tasker-cli/plugins
  fi
  IFS= read -r _tc_r <"$_tc_f" || return 0
  case $_tc_r in
    "tasker-cli-complete\t1\t$_tc_toml|$_tc_plugins\t"*) _tc_file=$_tc_f ;;
  esac
}

# Offers the names of kind $1: templates, plugins, languages, or params (the options of the
# template named by the command's first argument). From the cache when it serves this
# directory; else from the CLI itself ("$_tc_cmd" __complete KIND), whose run then writes the
# cache, and nothing when that fails.
FN_names() {
  if [ "$1" = params ]; then
    FN_offerable "$_tc_arg0" || return 0
    case $_tc_arg0 in
      *[A-Z-]*) _tc_key=$(printf '%s' "$_tc_arg0" | tr 'A-Z-' 'a-z_') ;;
      *) _tc_key=$_tc_arg0 ;;
    esac
  fi
  FN_cache
  if [ -n "$_tc_file" ]; then
    while IFS='\t' read -r _tc_k _tc_a _tc_b _tc_c; do
      case $1:$_tc_k in
        templates:template | plugins:plugin | languages:language) FN_offer "$_tc_a" "$_tc_b" ;;
        params:param) [ "$_tc_a" != "$_tc_key" ] || FN_offer "$_tc_b" "$_tc_c" ;;
      esac
    done <"$_tc_file"
    return 0
  fi
  if [ "$1" = params ]; then
    set -- params "$_tc_arg0"
  fi
  _tc_r=$("$_tc_cmd" ${_tc_pp:+--plugin-path} ${_tc_pp:+"$_tc_pp"} ${_tc_cf:+--config} \\
    ${_tc_cf:+"$_tc_cf"} ${_tc_pf:+--profile} ${_tc_pf:+"$_tc_pf"} __complete "$1" ${2:+"$2"} \\
    2>/dev/null </dev/null) || _tc_r=
  # One name a line; a line that is not one plain word is dropped whole.
  while IFS= read -r _tc_w; do
    FN_offer "$_tc_w" ''
  done <<FN_NAMES
$_tc_r
FN_NAMES
}
""";

  private final String program;
  private final String function;
  private final Map<String, List<String>> subcommands = new LinkedHashMap<>();
  private final Map<String, List<String>> options = new LinkedHashMap<>();
  private final Map<String, List<String>> optionKinds = new LinkedHashMap<>();
  private final Map<String, List<String>> positionalKinds = new LinkedHashMap<>();
  private final List<String> positionalFallbacks = new ArrayList<>();

  private CompletionScript(CommandSpec root) {
    this.program = root.name();
    this.function = "__" + program.replaceAll("[^A-Za-z0-9]", "_");
    collect(root, program);
  }

  /** The bash script: source it, or put it in {@code share/bash-completion/completions/}. */
  public static String bash(CommandSpec root) {
    return new CompletionScript(root).bashScript();
  }

  /** The zsh script: put it on {@code $fpath} as {@code _<program>}, or source it. */
  public static String zsh(CommandSpec root) {
    return new CompletionScript(root).zshScript();
  }

  private void collect(CommandSpec command, String path) {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, CommandLine> sub : command.subcommands().entrySet()) {
      if (!sub.getValue().getCommandSpec().usageMessage().hidden()) {
        names.add(sub.getKey());
      }
    }
    subcommands.put(path, names);
    List<String> optionNames = new ArrayList<>();
    for (OptionSpec option : visibleOptions(command)) {
      optionNames.addAll(List.of(option.names()));
      if (option.arity().max() > 0) {
        String kind = kindOf(option, option.longestName(), command);
        for (String name : option.names()) {
          optionKinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(path + "|" + name);
        }
      }
    }
    options.put(path, optionNames);
    for (PositionalParamSpec positional : command.positionalParameters()) {
      if (positional.hidden()) {
        continue;
      }
      String kind = kindOf(positional, null, command);
      CommandLine.Range index = positional.index();
      if (index.isUnresolved() || index.max() == Integer.MAX_VALUE) {
        positionalFallbacks.add("'" + path + "|'*) _tc_r=" + quote(kind) + " ;;");
      } else {
        for (int i = index.min(); i <= index.max(); i++) {
          positionalKinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(path + "|" + i);
        }
      }
    }
    for (Map.Entry<String, CommandLine> sub : command.subcommands().entrySet()) {
      CommandSpec spec = sub.getValue().getCommandSpec();
      if (!spec.usageMessage().hidden()) {
        collect(spec, path + " " + sub.getKey());
      }
    }
  }

  /**
   * The options help shows, sorted by name. Reflection lists a class's annotated methods in no
   * fixed order, and that order differs from one JVM to the next: sorted, the script printed at
   * run time equals the one built into the release archive.
   */
  private static List<OptionSpec> visibleOptions(CommandSpec command) {
    List<OptionSpec> sorted = new ArrayList<>();
    for (OptionSpec option : command.options()) {
      if (!option.hidden()) {
        sorted.add(option);
      }
    }
    sorted.sort(Comparator.comparing(
        (OptionSpec option) -> option.longestName().replaceFirst("^-+", "").toLowerCase(Locale.ROOT))
        .thenComparing(OptionSpec::longestName));
    return sorted;
  }

  /**
   * Adds every command and option help shows, with its description, to the completion cache:
   * {@code command PATH NAME DESCRIPTION} and {@code option PATH NAME DESCRIPTION}, where PATH is
   * the program and the words of the command they belong to.
   */
  public static void describeCommands(CommandSpec root, CompletionCache cache) {
    describeCommands(root, root.name(), cache);
  }

  private static void describeCommands(CommandSpec command, String path, CompletionCache cache) {
    Map<String, CommandSpec> visible = new LinkedHashMap<>();
    for (Map.Entry<String, CommandLine> sub : command.subcommands().entrySet()) {
      CommandSpec spec = sub.getValue().getCommandSpec();
      if (!spec.usageMessage().hidden()) {
        cache.add("command", path, sub.getKey(), text(spec.usageMessage().description()));
        visible.put(sub.getKey(), spec);
      }
    }
    for (OptionSpec option : visibleOptions(command)) {
      for (String name : option.names()) {
        cache.add("option", path, name, text(option.description()));
      }
    }
    visible.forEach((name, spec) -> describeCommands(spec, path + " " + name, cache));
  }

  /** A description's lines as one, picocli's line-break specifier as a space. */
  private static String text(String[] lines) {
    return String.join(" ", lines).replace("%n", " ").replace("%%", "%");
  }

  private static String kindOf(ArgSpec arg, String optionName, CommandSpec command) {
    if (arg.type().isEnum()) {
      List<String> values = new ArrayList<>();
      for (Object constant : arg.type().getEnumConstants()) {
        values.add(constant.toString().toLowerCase(Locale.ROOT));
      }
      return "words:" + String.join(" ", values);
    }
    if (optionName != null) {
      switch (optionName) {
        case "--language":
          return "languages";
        case "--plugin":
          return "plugins";
        case "--template":
          return "templates";
        default:
          break;
      }
    }
    String label = arg.paramLabel().replaceAll("[<>.]", "").toUpperCase(Locale.ROOT);
    boolean underTemplate =
        command.parent() != null && "template".equals(command.parent().name());
    if (optionName == null && (label.equals("TEMPLATE") || (label.equals("NAME") && underTemplate))) {
      return "templates";
    }
    if (optionName == null && label.equals("PLUGIN")) {
      return "plugins";
    }
    if (label.equals("DIR") || label.equals("DIRECTORY")) {
      return DIRS;
    }
    if (label.equals("FILE") || label.equals("PATH") || Path.class.isAssignableFrom(arg.type())) {
      return FILES;
    }
    return VALUE;
  }

  private String core() {
    StringBuilder s = new StringBuilder();
    s.append("# Generated from the ").append(program)
        .append(" command model at build time; do not edit.\n\n");
    s.append("# Sets _tc_r to the subcommands of the command path $1.\n");
    s.append(function).append("_subcommands() {\n  case $1 in\n");
    subcommands.forEach((path, names) -> s.append("    ").append(quote(path)).append(") _tc_r=")
        .append(quote(String.join(" ", names))).append(" ;;\n"));
    s.append("    *) _tc_r= ;;\n  esac\n}\n\n");
    s.append("# Sets _tc_r to the options of the command path $1.\n");
    s.append(function).append("_options() {\n  case $1 in\n");
    options.forEach((path, names) -> s.append("    ").append(quote(path)).append(") _tc_r=")
        .append(quote(String.join(" ", names))).append(" ;;\n"));
    s.append("    *) _tc_r= ;;\n  esac\n}\n\n");
    s.append("# Sets _tc_r to what the value of option $2 of command path $1 completes to;\n");
    s.append("# empty when the option takes no value.\n");
    s.append(function).append("_option_kind() {\n  case \"$1|$2\" in\n");
    appendKinds(s, optionKinds, List.of());
    s.append("    *) _tc_r= ;;\n  esac\n}\n\n");
    s.append("# Sets _tc_r to what positional parameter number $2 (from 0) of command path $1\n");
    s.append("# completes to.\n");
    s.append(function).append("_positional_kind() {\n  case \"$1|$2\" in\n");
    appendKinds(s, positionalKinds, positionalFallbacks);
    s.append("    *) _tc_r= ;;\n  esac\n}\n\n");
    s.append(CORE.replace("FN", function).replace("PROGRAM", program));
    return s.toString();
  }

  private static void appendKinds(
      StringBuilder s, Map<String, List<String>> kinds, List<String> fallbacks) {
    kinds.forEach((kind, keys) -> {
      s.append("    ");
      for (int i = 0; i < keys.size(); i++) {
        s.append(i == 0 ? "" : " | \\\n      ").append(quote(keys.get(i)));
      }
      s.append(")\n      _tc_r=").append(quote(kind)).append(" ;;\n");
    });
    fallbacks.forEach(line -> s.append("    ").append(line).append('\n'));
  }

  private String bashScript() {
    String fn = function;
    return "# bash completion for " + program + "\n"
        + "# Install: copy to ~/.local/share/bash-completion/completions/" + program + ", or run\n"
        + "#   source <(" + program + " completion bash)\n"
        + core()
        + String.join("\n",
            fn + "_bash() {",
            "  local _tc_cur=${COMP_WORDS[COMP_CWORD]} _tc_cmd=${COMP_WORDS[0]}",
            "  local " + LOCALS,
            "  local -a _tc_list",
            "  command -v \"$_tc_cmd\" >/dev/null 2>&1 || _tc_cmd=" + program,
            "  " + fn + "_context \"${COMP_WORDS[@]:1:COMP_CWORD-1}\"",
            "  COMPREPLY=()",
            "  # Never compgen -W: it expands $(...) and backticks in the words it is given.",
            "  case $_tc_kind in",
            "    files | dirs)",
            "      compopt -o filenames 2>/dev/null",
            "      if [ \"$_tc_kind\" = dirs ]; then _tc_w=-d; else _tc_w=-f; fi",
            "      while IFS= read -r _tc_r; do",
            "        COMPREPLY+=(\"$_tc_r\")",
            "      done < <(compgen \"$_tc_w\" -- \"$_tc_cur\")",
            "      ;;",
            "    *)",
            "      IFS=$' \\t\\n' read -r -d '' -a _tc_list <<<\"$_tc_words\" || :",
            "      for _tc_w in \"${_tc_list[@]}\"; do",
            "        case $_tc_w in",
            "          \"$_tc_cur\"*) COMPREPLY+=(\"$_tc_w\") ;;",
            "        esac",
            "      done",
            "      ;;",
            "  esac",
            "}",
            "complete -F " + fn + "_bash " + program,
            "");
  }

  private String zshScript() {
    String fn = function;
    String main = "_" + program;
    return "#compdef " + program + "\n"
        + "# zsh completion for " + program + "\n"
        + "# Install: copy to a directory on $fpath (e.g. ~/.local/share/zsh/site-functions) as "
        + main + ",\n"
        + "# or run: source <(" + program + " completion zsh)  (after compinit)\n"
        + core()
        + String.join("\n",
            main + "() {",
            "  emulate -L zsh",
            "  local _tc_cur=${words[CURRENT]} _tc_cmd=${words[1]}",
            "  local " + LOCALS,
            "  local -a _tc_list _tc_display",
            "  local -A _tc_text",
            "  (( $+commands[$_tc_cmd] )) || [[ -x $_tc_cmd ]] || _tc_cmd=" + program,
            "  " + fn + "_context \"${(@)words[2,CURRENT-1]}\"",
            "  case $_tc_kind in",
            "    files) _files ;;",
            "    dirs) _files -/ ;;",
            "    *)",
            "      # Descriptions: the names' own, and the commands' and options' from the cache.",
            "      " + fn + "_cache",
            "      if [[ -n $_tc_file ]]; then",
            "        while IFS=$'\\t' read -r _tc_k _tc_a _tc_b _tc_c; do",
            "          if [[ ( $_tc_k == command || $_tc_k == option )"
                + " && $_tc_a == \"$_tc_path\" ]]; then",
            "            " + fn + "_describe \"$_tc_b\" \"$_tc_c\"",
            "          fi",
            "        done <\"$_tc_file\"",
            "      fi",
            "      for _tc_r in ${(f)_tc_descs}; do",
            "        _tc_text[${_tc_r%%$'\\t'*}]=${_tc_r#*$'\\t'}",
            "      done",
            "      _tc_list=(${=_tc_words})",
            "      for _tc_w in $_tc_list; do",
            "        _tc_display+=(\"$_tc_w${_tc_text[$_tc_w]:+  -- ${_tc_text[$_tc_w]}}\")",
            "      done",
            "      compadd -l -d _tc_display -- $_tc_list",
            "      ;;",
            "  esac",
            "}",
            "",
            "if [ \"$funcstack[1]\" = \"" + main + "\" ]; then",
            "  " + main + " \"$@\"",
            "else",
            "  compdef " + main + " " + program,
            "fi",
            "");
  }

  /** The variables the core sets, local to each front end's function. */
  private static final String LOCALS = "_tc_path _tc_pos _tc_after _tc_value_kind _tc_kind"
      + " _tc_words _tc_w _tc_r _tc_subcommands _tc_descs _tc_arg0 _tc_pp _tc_cf _tc_pf _tc_file"
      + " _tc_f _tc_here _tc_toml _tc_d _tc_plugins _tc_key _tc_k _tc_a _tc_b _tc_c";

  private static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
