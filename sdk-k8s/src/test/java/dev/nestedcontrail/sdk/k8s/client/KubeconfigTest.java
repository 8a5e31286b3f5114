package dev.nestedcontrail.sdk.k8s.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubeconfigTest {
  @TempDir Path dir;

  private static String b64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private static String config(String current, String clusters, String users, String contexts) {
    return "apiVersion: v1\nkind: Config\ncurrent-context: " + current + "\nclusters:\n"
        + clusters + "users:\n" + users + "contexts:\n" + contexts;
  }

  private static String cluster(String name, String server, String extra) {
    return "- name: " + name + "\n  cluster:\n    server: " + server + "\n" + extra;
  }

  private static String context(String name, String cluster, String user, String namespace) {
    return "- name: " + name + "\n  context:\n    cluster: " + cluster + "\n    user: " + user
        + "\n" + (namespace.isEmpty() ? "" : "    namespace: " + namespace + "\n");
  }

  @Test
  void currentContext_withDataFields_decodesCaAndClientCredentials() throws Exception {
    TestPki pki = new TestPki();
    var keys = TestPki.ec();
    String caPem = TestPki.pem(pki.ca);
    String certPem = TestPki.pem(pki.issue("CN=admin", keys));
    String keyPem = TestPki.sec1(keys.getPrivate());
    Path file = write("config", config("admin@lab",
        cluster("lab", "https://10.0.0.1:6443", "    certificate-authority-data: " + b64(caPem)
            + "\n"),
        "- name: admin\n  user:\n    client-certificate-data: " + b64(certPem)
            + "\n    client-key-data: " + b64(keyPem) + "\n",
        context("admin@lab", "lab", "admin", "kube-system")));

    KubeContext context = Kubeconfig.load(file).currentContext();

    assertThat(context.name()).isEqualTo("admin@lab");
    assertThat(context.server()).isEqualTo("https://10.0.0.1:6443");
    assertThat(context.namespace()).isEqualTo("kube-system");
    assertThat(context.certificateAuthorityPem()).contains(caPem);
    assertThat(context.clientCertificatePem()).contains(certPem);
    assertThat(context.clientKeyPem()).contains(keyPem);
    assertThat(context.insecureSkipTlsVerify()).isFalse();
    assertThat(context.toString()).doesNotContain("PRIVATE KEY").contains("****");
  }

  @Test
  void context_withFileFields_readsThemRelativeToTheKubeconfig() throws Exception {
    TestPki pki = new TestPki();
    var keys = TestPki.rsa();
    write("certs/ca.crt", TestPki.pem(pki.ca));
    write("certs/admin.crt", TestPki.pem(pki.issue("CN=admin", keys)));
    write("certs/admin.key", TestPki.pkcs8(keys.getPrivate()));
    Path file = write("config", config("a",
        cluster("lab", "https://10.0.0.1:6443", "    certificate-authority: certs/ca.crt\n"),
        "- name: admin\n  user:\n    client-certificate: certs/admin.crt\n"
            + "    client-key: " + dir.resolve("certs/admin.key") + "\n",
        context("a", "lab", "admin", "")));

    KubeContext context = Kubeconfig.load(file).currentContext();

    assertThat(context.certificateAuthorityPem().orElseThrow()).startsWith("-----BEGIN CERT");
    assertThat(context.clientKeyPem().orElseThrow()).startsWith("-----BEGIN PRIVATE KEY");
    assertThat(context.namespace()).isEqualTo("default");
  }

  @Test
  void context_withTokenOrTokenFile_carriesTheTokenRedacted() throws Exception {
    write("sa-token", "file-token-123\n");
    Path file = write("config", config("t",
        cluster("lab", "https://10.0.0.1:6443", "    insecure-skip-tls-verify: true\n"),
        "- name: inline\n  user:\n    token: inline-token-456\n"
            + "- name: fromfile\n  user:\n    tokenFile: sa-token\n",
        context("t", "lab", "inline", "") + context("f", "lab", "fromfile", "apps")));
    Kubeconfig kubeconfig = Kubeconfig.load(file);

    KubeContext inline = kubeconfig.context("t");
    KubeContext fromFile = kubeconfig.context("f");

    assertThat(inline.token()).contains("inline-token-456");
    assertThat(inline.insecureSkipTlsVerify()).isTrue();
    assertThat(fromFile.token()).contains("file-token-123");
    assertThat(fromFile.namespace()).isEqualTo("apps");
    assertThat(inline.toString()).doesNotContain("inline-token-456");
    assertThat(fromFile.toString()).doesNotContain("file-token-123");
    assertThat(kubeconfig.contextNames()).containsExactly("t", "f");
  }

  @Test
  void context_withExecPlugin_failsNamingTheUserWhileOtherContextsWork() throws Exception {
    Path file = write("config", config("eks",
        cluster("lab", "https://10.0.0.1:6443", ""),
        "- name: aws-user\n  user:\n    exec:\n      apiVersion: "
            + "client.authentication.k8s.io/v1beta1\n      command: aws\n"
            + "- name: plain\n  user:\n    token: abc\n",
        context("eks", "lab", "aws-user", "") + context("ok", "lab", "plain", "")));
    Kubeconfig kubeconfig = Kubeconfig.load(file);

    assertThatThrownBy(kubeconfig::currentContext)
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("user aws-user")
        .hasMessageContaining("'exec'");
    assertThat(kubeconfig.context("ok").token()).contains("abc");
  }

  @Test
  void context_withAuthProviderAndUndefinedCluster_reportsBothProblems() throws Exception {
    Path file = write("config", config("x", "",
        "- name: gcp\n  user:\n    auth-provider:\n      name: gcp\n",
        context("x", "missing", "gcp", "")));

    assertThatThrownBy(() -> Kubeconfig.load(file).currentContext())
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).hasSize(2))
        .hasMessageContaining("cluster missing is not defined")
        .hasMessageContaining("user gcp: 'auth-provider'");
  }

  @Test
  void context_withUnreadableCaFile_namesThePath() throws Exception {
    Path file = write("config", config("x",
        cluster("lab", "https://10.0.0.1:6443", "    certificate-authority: nope/ca.crt\n"),
        "", context("x", "lab", "", "")));

    assertThatThrownBy(() -> Kubeconfig.load(file).currentContext())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("cluster lab: certificate-authority")
        .hasMessageContaining("nope/ca.crt");
  }

  @Test
  void fromEnvironment_withKubeconfigList_mergesFirstFileWinsAndSkipsMissingFiles()
      throws Exception {
    Path first = write("one", config("",
        cluster("shared", "https://first:6443", ""),
        "- name: u\n  user:\n    token: first-token\n",
        context("shared", "shared", "u", "first-ns")));
    Path second = write("two", config("shared",
        cluster("shared", "https://second:6443", "") + cluster("extra", "https://extra:6443", ""),
        "- name: u\n  user:\n    token: second-token\n",
        context("shared", "shared", "u", "second-ns") + context("extra", "extra", "u", "")));
    String list = first + File.pathSeparator + dir.resolve("missing") + File.pathSeparator
        + second;

    Kubeconfig kubeconfig =
        Kubeconfig.fromEnvironment(Map.of("KUBECONFIG", list), dir.resolve("home"));

    assertThat(kubeconfig.currentContextName()).contains("shared");
    KubeContext shared = kubeconfig.currentContext();
    assertThat(shared.server()).isEqualTo("https://first:6443");
    assertThat(shared.namespace()).isEqualTo("first-ns");
    assertThat(shared.token()).contains("first-token");
    assertThat(kubeconfig.context("extra").server()).isEqualTo("https://extra:6443");
  }

  @Test
  void fromEnvironment_withoutKubeconfigVariable_readsHomeKubeConfig() throws Exception {
    write("home/.kube/config", config("c", cluster("k", "http://127.0.0.1:8080", ""), "",
        context("c", "k", "", "")));

    Kubeconfig kubeconfig = Kubeconfig.fromEnvironment(Map.of(), dir.resolve("home"));

    assertThat(kubeconfig.currentContext().server()).isEqualTo("http://127.0.0.1:8080");
    assertThatThrownBy(() -> Kubeconfig.fromEnvironment(Map.of(), dir.resolve("nohome")))
        .isInstanceOf(ValidationException.class).hasMessageContaining(".kube");
  }

  @Test
  void inCluster_readsServiceAccountFilesAndServiceEnvironment() throws Exception {
    TestPki pki = new TestPki();
    write("sa/token", "sa-token-789");
    write("sa/ca.crt", TestPki.pem(pki.ca));
    write("sa/namespace", "contrail\n");

    KubeContext context = Kubeconfig.inCluster(dir.resolve("sa"),
        Map.of("KUBERNETES_SERVICE_HOST", "10.96.0.1", "KUBERNETES_SERVICE_PORT", "443"))
        .currentContext();

    assertThat(context.server()).isEqualTo("https://10.96.0.1:443");
    assertThat(context.token()).contains("sa-token-789");
    assertThat(context.namespace()).isEqualTo("contrail");
    assertThat(context.certificateAuthorityPem().orElseThrow()).contains("BEGIN CERTIFICATE");
    assertThatThrownBy(() -> Kubeconfig.inCluster(dir.resolve("sa"), Map.of()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("KUBERNETES_SERVICE_HOST");
  }

  @Test
  void context_withCertificateButNoKey_isRejected() throws Exception {
    TestPki pki = new TestPki();
    Path file = write("config", config("x", cluster("lab", "https://h:6443", ""),
        "- name: u\n  user:\n    client-certificate-data: "
            + b64(TestPki.pem(pki.ca)) + "\n",
        context("x", "lab", "u", "")));

    assertThatThrownBy(() -> Kubeconfig.load(file).currentContext())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("client certificate and client key must be given together");
  }
}
