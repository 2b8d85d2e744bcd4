package systems.tasker.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.BufferedOutputStream;
import java.io.OutputStreamWriter;
import systems.tasker.cli.discovery.Environment;

/** Entry point of the {@code tasker-cli} command: the only place that calls {@code System.exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // Scripts and installers probe --version often: answer it without building the picocli
      // model, which is most of the start-up cost. Same text as the picocli path.
      System.out.println(CliVersion.text());
      return;
    }
    PrintWriter out = writer(FileDescriptor.out);
    PrintWriter err = writer(FileDescriptor.err);
    Environment environment =
        new Environment(
            FileSystems.getDefault().getPath(System.getProperty("user.dir")),
            Environment.home(FileSystems.getDefault(), System.getenv(), System.getProperty("user.home")),
            System.getenv());
    SignalGuard signals = SignalGuard.install(System.getenv());
    int code;
    try {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      code = TaskerCli.run(args, in, out, err, environment, Terminal.detect(environment),
          signals.interruption());
    } finally {
      out.flush();
      err.flush();
      // a signal's hook waits for this: the rollback's message is out before the JVM exits
      signals.finished();
    }
    System.exit(code);
  }

  private static PrintWriter writer(FileDescriptor descriptor) {
    return new PrintWriter(
        new OutputStreamWriter(
            new BufferedOutputStream(new FileOutputStream(descriptor), 1 << 14),
            StandardCharsets.UTF_8),
        false);
  }

}
