package systems.tasker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Real git repositories for the tests of remotes, made with the {@code git} binary (a test
 * fixture only: tasker-cli never runs it), and servers for them on 127.0.0.1: {@code git daemon}
 * for git://, and {@code git http-backend} behind the JDK's HTTP server for smart HTTP.
 */
final class GitFixtures {

  private GitFixtures() {}

  /** Runs git in {@code dir}; it must succeed. Author, committer and config are fixed. */
  static String git(Path dir, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test",
        "-c", "user.email=test@example.com", "-c", "init.defaultBranch=main",
        "-c", "protocol.file.allow=always"));
    command.addAll(List.of(args));
    return command(dir, command.toArray(String[]::new));
  }

  /** Runs a fixture program in {@code dir}; it must succeed. */
  static String command(Path dir, String... command) {
    List<String> args = List.of(command);
    try {
      ProcessBuilder builder = new ProcessBuilder(args).directory(dir.toFile())
          .redirectErrorStream(true);
      builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
      builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as("%s: %s", String.join(" ", args), output).isZero();
      return output.strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A new working repository in {@code dir} on branch main, with one commit of {@code files}. */
  static Path repository(Path dir, Map<String, String> files) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    git(dir, "init", "-q");
    commit(dir, files, "first");
    return dir;
  }

  /** Writes {@code files}, commits them all, and returns the commit id. */
  static String commit(Path repository, Map<String, String> files, String message) {
    files.forEach((path, text) -> write(repository.resolve(path), text));
    git(repository, "add", "-A");
    git(repository, "commit", "-q", "--allow-empty", "-m", message);
    return git(repository, "rev-parse", "HEAD");
  }

  /** A bare clone of {@code repository} at {@code bare}. */
  static Path bare(Path repository, Path bare) {
    git(repository.getParent(), "clone", "-q", "--bare", repository.toString(), bare.toString());
    return bare;
  }

  /** Pushes main and tags of the working repository to its bare clone. */
  static void push(Path repository, Path bare) {
    git(repository, "push", "-q", "--tags", bare.toString(), "main");
  }

  /** A copy of {@code tree} (a directory) into {@code target}, as plain files. */
  static void copyTree(Path tree, Path target) {
    try (var paths = Files.walk(tree)) {
      for (Path source : paths.toList()) {
        Path copy = target.resolve(tree.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(source, copy);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A small valid plugin called {@code name}: one template writing {@code <name>.txt}. */
  static Map<String, String> plugin(String dir, String name, String marker) {
    return Map.of(
        dir + "/tasker-plugin.toml", "[plugin]\nname = \"" + name + "\"\nversion = \"1.0.0\"\n"
            + "description = \"remote plugin\"\nlanguage = \"python\"\n\n[[templates]]\n"
            + "name = \"hello\"\npath = \"templates/hello\"\ndescription = \"Says hello\"\n",
        dir + "/templates/hello/template.toml", "name = \"hello\"\ndescription = \"Says hello\"\n\n"
            + "[[parameters]]\nname = \"name\"\nrequired = true\n\n[[outputs]]\n"
            + "template = \"hello.tera\"\nfilename = \"{{ name }}.txt\"\n",
        dir + "/templates/hello/hello.tera", "hello {{ name }} from " + marker + "\n");
  }

  /** Moves the fetch time recorded in a remote's cache record {@code days} into the past. */
  static void ageCache(Path record, long days) {
    java.util.Properties state = new java.util.Properties();
    try {
      try (var in = Files.newBufferedReader(record)) {
        state.load(in);
      }
      state.setProperty("fetched-at",
          java.time.Instant.now().minus(java.time.Duration.ofDays(days)).toString());
      try (var out = Files.newBufferedWriter(record)) {
        state.store(out, null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code git daemon} serving every repository under {@code base} on 127.0.0.1. */
  static final class Daemon implements AutoCloseable {
    final int port = freePort();
    private final Process process;

    Daemon(Path base) throws IOException, InterruptedException {
      process = new ProcessBuilder("git", "daemon", "--reuseaddr", "--listen=127.0.0.1",
          "--port=" + port, "--base-path=" + base, "--export-all", "--informative-errors",
          base.toString())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      for (int attempt = 0; attempt < 100; attempt++) {
        try (Socket probe = new Socket("127.0.0.1", port)) {
          return;
        } catch (IOException notYet) {
          Thread.sleep(50);
        }
      }
      close();
      throw new IllegalStateException("git daemon did not start on port " + port);
    }

    String url(String repository) {
      return "git://127.0.0.1:" + port + "/" + repository;
    }

    @Override
    public void close() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  /**
   * Smart HTTP: the JDK's HTTP server hands each request to {@code git http-backend} as a CGI
   * script, behind HTTP basic authentication with one user and password.
   */
  static final class HttpGit implements AutoCloseable {
    private final HttpServer server;
    private final Path base;
    private final String credentials;

    HttpGit(Path base, String user, String password) throws IOException {
      this.base = base;
      this.credentials = Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/", this::handle);
      server.start();
    }

    /** {@code http://127.0.0.1:PORT/REPOSITORY}, with {@code userInfo@} before the host if given. */
    String url(String userInfo, String repository) {
      return "http://" + (userInfo == null ? "" : userInfo + "@") + "127.0.0.1:"
          + server.getAddress().getPort() + "/" + repository;
    }

    private void handle(HttpExchange exchange) throws IOException {
      try (exchange) {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.equals("Basic " + credentials)) {
          exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
          exchange.sendResponseHeaders(401, -1);
          return;
        }
        ProcessBuilder cgi = new ProcessBuilder("git", "http-backend");
        Map<String, String> env = cgi.environment();
        env.put("GIT_PROJECT_ROOT", base.toString());
        env.put("GIT_HTTP_EXPORT_ALL", "1");
        env.put("REQUEST_METHOD", exchange.getRequestMethod());
        env.put("PATH_INFO", exchange.getRequestURI().getPath());
        env.put("QUERY_STRING", exchange.getRequestURI().getRawQuery() == null ? ""
            : exchange.getRequestURI().getRawQuery());
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        env.put("CONTENT_TYPE", type == null ? "" : type);
        String protocol = exchange.getRequestHeaders().getFirst("Git-Protocol");
        if (protocol != null) {
          env.put("GIT_PROTOCOL", protocol);
        }
        env.put("REMOTE_USER", "git");
        env.put("REMOTE_ADDR", "127.0.0.1");
        byte[] body = readBody(exchange);
        env.put("CONTENT_LENGTH", Integer.toString(body.length));
        Process process = cgi.start();
        try (OutputStream in = process.getOutputStream()) {
          in.write(body);
        }
        byte[] output = process.getInputStream().readAllBytes();
        process.waitFor(30, TimeUnit.SECONDS);
        respond(exchange, output);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
      InputStream body = exchange.getRequestBody();
      String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
      if ("gzip".equalsIgnoreCase(encoding)) {
        body = new java.util.zip.GZIPInputStream(body);
      }
      return body.readAllBytes();
    }

    /** A CGI response: headers, a blank line, the body. */
    private static void respond(HttpExchange exchange, byte[] output) throws IOException {
      int split = indexOf(output, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      int skip = 4;
      if (split < 0) {
        split = indexOf(output, "\n\n".getBytes(StandardCharsets.ISO_8859_1));
        skip = 2;
      }
      String headers = new String(output, 0, Math.max(split, 0), StandardCharsets.ISO_8859_1);
      int status = 200;
      for (String line : headers.split("\r?\n")) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
          continue;
        }
        String name = line.substring(0, colon).trim();
        String value = line.substring(colon + 1).trim();
        if (name.equalsIgnoreCase("Status")) {
          status = Integer.parseInt(value.split(" ")[0]);
        } else {
          exchange.getResponseHeaders().add(name, value);
        }
      }
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.write(output, split + skip, output.length - split - skip);
      exchange.sendResponseHeaders(status, body.size() == 0 ? -1 : body.size());
      if (body.size() > 0) {
        exchange.getResponseBody().write(body.toByteArray());
      }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
      outer:
      for (int i = 0; i + pattern.length <= data.length; i++) {
        for (int j = 0; j < pattern.length; j++) {
          if (data[i + j] != pattern[j]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
