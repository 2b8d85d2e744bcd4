package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The framework plugins (contrib-plugins/{rails,fastapi,express,axum}): {@code init --framework}
 * writes the Tasker side of an app, {@code template generate step-handler --handler-type} adds
 * handlers of every type and {@code task_template} a task definition, and verify/framework.sh
 * parses every generated source file with the language's own tool (ruby -c, py_compile, tsc
 * against Express's types and our SDK declarations, rustc's parser), runs the Express router on a
 * real Express, type-checks the Axum handlers and worker start-up against the Tasker crates'
 * stand-ins, and holds task definitions, compose file and configuration to the real Tasker's
 * contract.
 */
class FrameworkPluginsIT {

  @ParameterizedTest
  @CsvSource({
    "ruby, rails, base api decision batchable, 13",
    "python, fastapi, base api decision batchable, 9",
    "typescript, express, base api decision batchable, 9",
    "rust, axum, base api decision batchable, 9"
  })
  void initAndEveryHandlerTypeGenerateSourcesThatParseAndFitTasker(String language,
      String framework, String types, int sources, @TempDir Path dir) throws Exception {
    JarRunner.Result init = JarRunner.run(dir, dir,
        "init", "storefront", "--language", language, "--framework", framework);
    assertThat(init.exitCode()).as(init.err()).isEqualTo(0);
    assertThat(init.out()).contains("from project (tasker-contrib-" + framework + ")");
    Path app = dir.resolve("storefront");
    assertThat(Files.readString(app.resolve("README.md"))).contains("## Add it to your app");

    for (String type : types.split(" ")) {
      JarRunner.Result handler = JarRunner.run(dir, dir, "template", "generate", "step-handler",
          "--language", language, "--framework", framework, "--handler-type", type,
          "--name", "refund_" + type, "-o", app.toString());
      assertThat(handler.exitCode()).as(handler.err()).isEqualTo(0);
      assertThat(handler.out()).contains("from step_handler (tasker-contrib-" + framework + ")");
    }
    JarRunner.Result task = JarRunner.run(dir, dir, "template", "generate", "task_template",
        "--language", language, "--framework", framework, "--name", "refunds",
        "--steps", "check,refund", "-o", app.toString());
    assertThat(task.exitCode()).as(task.err()).isEqualTo(0);
    assertThat(app.resolve("config/tasks/refunds.yaml")).isRegularFile();

    JarRunner.Result verify = JarRunner.exec(app, Path.of(System.getProperty("user.home")), 600,
        List.of("bash", JarRunner.REPO.resolve("verify/framework.sh").toString(), framework,
            app.toString()));
    System.out.println("---- verify/framework.sh " + framework + " (exit " + verify.exitCode() + ")");
    System.out.println(verify.out());
    System.out.println(verify.err());
    assertThat(verify.exitCode()).as("%s%n%s", verify.out(), verify.err()).isEqualTo(0);
    Matcher parsed = Pattern.compile("verify: ok \\((\\d+) files parsed\\)").matcher(verify.out());
    assertThat(parsed.find()).as(verify.out()).isTrue();
    // every source file written above, the init's and the handlers'
    assertThat(Integer.parseInt(parsed.group(1))).isEqualTo(sources);
    if (framework.equals("axum")) {
      // the handlers (all four declared), their registry and the worker start-up, against the
      // stand-ins of the Tasker crates (verify/rust/stand-ins) and Debian's crate sources
      assertThat(verify.out()).contains("verify: src/handlers and src/tasker_worker.rs type-check");
    }
    if (framework.equals("express")) {
      assertThat(verify.out()).contains(
          "verify: the router submitted a task, refused a bad context and reported statuses");
    }
  }

  /** The roadmap's example: a Rails API handler, under app/ with the names Zeitwerk expects. */
  @Test
  void theRoadmapsRailsExampleWritesAZeitwerkNamedApiHandler(@TempDir Path dir) throws Exception {
    JarRunner.Result run = JarRunner.run(dir, dir, "template", "generate", "step-handler",
        "--language", "ruby", "--framework", "rails", "--handler-type", "api",
        "--name", "RefundPayment");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    assertThat(run.out().lines().toList()).containsExactly(
        "create  app/handlers/step_handlers/refund_payment_handler.rb  (816 bytes)",
        "create  spec/handlers/step_handlers/refund_payment_handler_spec.rb  (439 bytes)",
        "2 files from step_handler (tasker-contrib-rails) in " + dir + ": 2 created");
    String handler = Files.readString(dir.resolve("app/handlers/step_handlers/refund_payment_handler.rb"));
    // app/handlers is an autoload root: this file must define StepHandlers::RefundPaymentHandler
    assertThat(handler).contains("module StepHandlers\n")
        .contains("  RefundPaymentHandler = api_handler(\n    'StepHandlers::RefundPaymentHandler',");
    // without --framework the plain Ruby plugin's template is used, as before
    JarRunner.Result plain = JarRunner.run(dir, dir, "template", "generate", "step-handler",
        "--language", "ruby", "--name", "refund_payment", "-o", dir.resolve("plain").toString());
    assertThat(plain.exitCode()).as(plain.err()).isEqualTo(0);
    assertThat(plain.out()).contains("from step_handler (tasker-contrib-ruby)");
  }
}
