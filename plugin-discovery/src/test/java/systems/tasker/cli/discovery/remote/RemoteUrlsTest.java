package systems.tasker.cli.discovery.remote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RemoteUrlsTest {

  @Test
  void displayDropsCredentialsFromHttpAndKeepsTheSshUser() {
    assertThat(RemoteUrls.display("https://ada:s3cret-token@example.com/org/repo.git"))
        .isEqualTo("https://example.com/org/repo.git");
    assertThat(RemoteUrls.display("https://ghp_abcdef123456@github.com/org/repo"))
        .isEqualTo("https://github.com/org/repo");
    assertThat(RemoteUrls.display("ssh://git:hunter22@host:2222/repo.git"))
        .isEqualTo("ssh://git@host:2222/repo.git");
    assertThat(RemoteUrls.display("git@github.com:org/repo.git")).isEqualTo("git@github.com:org/repo.git");
    assertThat(RemoteUrls.display("/srv/git/plugins.git")).isEqualTo("/srv/git/plugins.git");
  }

  @Test
  void redactRemovesTheSecretWhereverALibraryRepeatsIt() {
    String url = "https://ada:s3cret-token@example.com/repo.git";

    String redacted = RemoteUrls.redact(
        "https://ada:s3cret-token@example.com/repo.git: not authorized (user ada, s3cret-token)",
        url);

    assertThat(redacted).doesNotContain("s3cret-token").startsWith("https://example.com/repo.git:");
  }

  @Test
  void kindsOfUrls() {
    assertThat(RemoteUrls.kind("https://x/y")).isEqualTo(RemoteUrls.Kind.HTTPS);
    assertThat(RemoteUrls.kind("http://x/y")).isEqualTo(RemoteUrls.Kind.HTTP);
    assertThat(RemoteUrls.kind("ssh://x/y")).isEqualTo(RemoteUrls.Kind.SSH);
    assertThat(RemoteUrls.kind("git@github.com:org/repo")).isEqualTo(RemoteUrls.Kind.SSH);
    assertThat(RemoteUrls.kind("git://127.0.0.1:9418/repo")).isEqualTo(RemoteUrls.Kind.GIT);
    assertThat(RemoteUrls.kind("file:///srv/repo.git")).isEqualTo(RemoteUrls.Kind.FILE);
    assertThat(RemoteUrls.kind("/srv/repo.git")).isEqualTo(RemoteUrls.Kind.LOCAL_PATH);
    assertThat(RemoteUrls.kind("../repo")).isEqualTo(RemoteUrls.Kind.LOCAL_PATH);
    assertThat(RemoteUrls.kind("ftp://x/y")).isEqualTo(RemoteUrls.Kind.UNSUPPORTED);
  }

  @Test
  void anAdHocUrlIsCachedByAHashOfItsUrlWithoutCredentials() {
    assertThat(RemoteUrls.adHocName("https://a:b@example.com/r"))
        .isEqualTo(RemoteUrls.adHocName("https://example.com/r"))
        .matches("_url_[0-9a-f]{16}")
        .isNotEqualTo(RemoteUrls.adHocName("https://example.com/other"));
    assertThat(RemoteSpec.isValidName(RemoteUrls.adHocName("x"))).isFalse();
  }
}
