package systems.tasker.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.command.AbstractCommandSupport;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.UploadPack;

/**
 * An ssh server on 127.0.0.1 for the tests (Apache MINA sshd, which JGit's ssh client also uses):
 * public-key authentication against an {@code authorized_keys} file, and {@code git-upload-pack
 * '/NAME.git'} served by JGit's upload-pack from the repositories under a base directory.
 */
final class SshGitServer implements AutoCloseable {

  private final SshServer server = SshServer.setUpDefaultServer();
  private final SimpleGeneratorHostKeyProvider hostKeys;

  SshGitServer(Path base, Path authorizedKeys, Path hostKeyFile) throws IOException {
    hostKeys = new SimpleGeneratorHostKeyProvider(hostKeyFile);
    server.setHost("127.0.0.1");
    server.setPort(0);
    server.setKeyPairProvider(hostKeys);
    server.setPublickeyAuthenticator(new AuthorizedKeysAuthenticator(authorizedKeys));
    server.setPasswordAuthenticator(null);
    server.setKeyboardInteractiveAuthenticator(null);
    server.setCommandFactory((channel, command) -> new UploadPackCommand(command, base));
    server.start();
  }

  String url(String repository) {
    return "ssh://git@127.0.0.1:" + server.getPort() + "/" + repository;
  }

  /** The {@code known_hosts} line for this server. */
  String knownHostsLine() throws Exception {
    KeyPair key = hostKeys.loadKeys(null).iterator().next();
    return "[127.0.0.1]:" + server.getPort() + " " + PublicKeyEntry.toString(key.getPublic());
  }

  @Override
  public void close() throws IOException {
    server.stop(true);
  }

  /** {@code git-upload-pack '/NAME.git'}, answered by JGit. */
  private static final class UploadPackCommand extends AbstractCommandSupport {
    private final Path base;

    UploadPackCommand(String command, Path base) {
      super(command, null);
      this.base = base;
    }

    @Override
    public void run() {
      String command = getCommand();
      String path = command.replaceFirst("^git[- ]upload-pack\\s+", "").replace("'", "")
          .replaceFirst("^/", "");
      Path gitDir = base.resolve(path).normalize();
      if (!command.startsWith("git-upload-pack") || !gitDir.startsWith(base)
          || !Files.isDirectory(gitDir)) {
        onExit(1, "not a repository: " + path);
        return;
      }
      try (Repository repository = FileRepositoryBuilder.create(gitDir.toFile())) {
        new UploadPack(repository).upload(getInputStream(), getOutputStream(), getErrorStream());
        onExit(0);
      } catch (IOException | RuntimeException e) {
        onExit(1, e.toString());
      }
    }
  }
}
