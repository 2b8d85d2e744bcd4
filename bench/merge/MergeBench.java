import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeFormatter;
import org.eclipse.jgit.merge.MergeResult;
import systems.tasker.cli.engine.update.ThreeWayMerge;

/**
 * The 3-way merge of update on a 10,000-line file: tasker-cli's ThreeWayMerge (java-diff-utils'
 * Myers diff, already in the core jar) against JGit's MergeAlgorithm on RawText (histogram diff).
 * Prints the median and best of several timed runs after warm-up, per scenario.
 */
public final class MergeBench {

  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].startsWith("cold-")) {
      cold(args[0]);
      return;
    }
    int lines = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    System.out.printf("3-way merge of a %,d-line file, %d timed runs after 5 warm-up runs (ms)%n",
        lines, runs);
    System.out.printf("%-34s %14s %14s %10s%n", "scenario", "diff-utils", "jgit", "same text");
    for (Scenario scenario : scenarios(lines)) {
      String ours = time(() -> ThreeWayMerge.merge(scenario.base, scenario.ours, scenario.theirs,
          "2.0.0").text(), runs, scenario.name, "diff-utils");
      String jgit = time(() -> jgit(scenario), runs, scenario.name, "jgit");
      System.out.printf("%-34s %14s %14s %10s%n", scenario.name, TIMES.remove(0), TIMES.remove(0),
          normalise(ours).equals(normalise(jgit)) ? "yes" : "no");
    }
  }

  /**
   * The first merge of a fresh JVM, class loading and interpretation included: what one
   * {@code update} of one file pays.
   */
  private static void cold(String which) {
    Scenario scenario = scenarios(10_000).get(0);
    long start = System.nanoTime();
    String text = which.equals("cold-jgit") ? jgit(scenario)
        : ThreeWayMerge.merge(scenario.base, scenario.ours, scenario.theirs, "2.0.0").text();
    System.out.printf("%s first merge in a fresh JVM: %.1f ms (%d chars)%n",
        which.substring(5), (System.nanoTime() - start) / 1e6, text.length());
  }

  private static final List<String> TIMES = new ArrayList<>();

  private record Scenario(String name, String base, String ours, String theirs) {}

  private static List<Scenario> scenarios(int count) {
    Random random = new Random(14);
    List<String> base = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      base.add("    value_" + i + " = compute(" + random.nextInt(1000) + ", \"" + i + "\")\n");
    }
    List<Scenario> scenarios = new ArrayList<>();
    scenarios.add(new Scenario("1% lines each, apart (clean)", join(base),
        join(edit(base, 0, 200, "ours")), join(edit(base, 100, 200, "theirs"))));
    scenarios.add(new Scenario("10% lines each, apart (clean)", join(base),
        join(edit(base, 0, 20, "ours")), join(edit(base, 10, 20, "theirs"))));
    scenarios.add(new Scenario("1% same lines (conflicts)", join(base),
        join(edit(base, 0, 100, "ours")), join(edit(base, 0, 100, "theirs"))));
    List<String> inserted = new ArrayList<>(base);
    inserted.addAll(count / 2, base.subList(0, count / 10));
    scenarios.add(new Scenario("1,000 lines inserted by theirs", join(base), join(edit(base, 3,
        500, "ours")), join(inserted)));
    return scenarios;
  }

  private static List<String> edit(List<String> base, int offset, int every, String who) {
    List<String> edited = new ArrayList<>(base);
    for (int i = offset; i < edited.size(); i += every) {
      edited.set(i, "    changed_by_" + who + "_" + i + " = 1\n");
    }
    return edited;
  }

  private static String join(List<String> lines) {
    return String.join("", lines);
  }

  private static String jgit(Scenario scenario) {
    RawText base = new RawText(scenario.base.getBytes(StandardCharsets.UTF_8));
    RawText ours = new RawText(scenario.ours.getBytes(StandardCharsets.UTF_8));
    RawText theirs = new RawText(scenario.theirs.getBytes(StandardCharsets.UTF_8));
    MergeResult<RawText> result = new MergeAlgorithm(DiffAlgorithm.getAlgorithm(
        DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)).merge(RawTextComparator.DEFAULT, base, ours,
        theirs);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new MergeFormatter().formatMerge(out, result, "base", "yours", "template 2.0.0",
          StandardCharsets.UTF_8);
    } catch (java.io.IOException impossible) {
      throw new IllegalStateException(impossible);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The texts compared without the conflict markers' labels, which differ. */
  private static String normalise(String merged) {
    return merged.replaceAll("(?m)^(<<<<<<<|>>>>>>>|=======).*$", "$1");
  }

  private static String time(Supplier<String> merge, int runs, String scenario, String what) {
    String result = null;
    for (int i = 0; i < 5; i++) {
      result = merge.get();
    }
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      result = merge.get();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    TIMES.add(String.format("%.2f (%.2f)", millis[runs / 2], millis[0]));
    return result;
  }
}
