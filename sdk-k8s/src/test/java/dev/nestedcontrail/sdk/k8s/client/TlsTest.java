package dev.nestedcontrail.sdk.k8s.client;

import static dev.nestedcontrail.sdk.k8s.client.MockApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS with a generated CA: server verification from kubeconfig CA data and client certificates. */
class TlsTest {
  private static final TestPki PKI = new TestPki();
  private static final KeyPair SERVER_KEYS = TestPki.rsa();

  @TempDir Path dir;
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void setUp() throws Exception {
    server.useHttps(PKI.serverContext(PKI.issue("CN=apiserver", SERVER_KEYS),
        SERVER_KEYS.getPrivate()).getSocketFactory());
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private static String b64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private Kubeconfig kubeconfig(String clusterExtra, String user) throws Exception {
    String url = "https://127.0.0.1:" + server.getPort();
    Path file = dir.resolve("config");
    Files.writeString(file, "apiVersion: v1\nkind: Config\ncurrent-context: lab\nclusters:\n"
        + "- name: lab\n  cluster:\n    server: " + url + "\n" + clusterExtra
        + "users:\n- name: admin\n  user:\n" + user
        + "contexts:\n- name: lab\n  context:\n    cluster: lab\n    user: admin\n");
    return Kubeconfig.load(file);
  }

  private static String clientCertificate(KeyPair keys, String keyPem) {
    return "    client-certificate-data: " + b64(TestPki.pem(PKI.issue("CN=admin", keys)))
        + "\n    client-key-data: " + b64(keyPem) + "\n";
  }

  private RecordedRequest discoverPods(Kubeconfig kubeconfig) throws Exception {
    server.enqueue(json(200, DiscoveryDocuments.CORE_V1));
    try (KubernetesClient client = KubernetesClient.builder().kubeconfig(kubeconfig).build()) {
      assertThat(client.resourceType("v1", "Pod").plural()).isEqualTo("pods");
    }
    return server.takeRequest(5, TimeUnit.SECONDS);
  }

  @Test
  void client_withCaDataAndEcClientCertificate_verifiesTheServerAndAuthenticates()
      throws Exception {
    server.requireClientAuth();
    KeyPair keys = TestPki.ec();
    Kubeconfig kubeconfig = kubeconfig(
        "    certificate-authority-data: " + b64(TestPki.pem(PKI.ca)) + "\n",
        clientCertificate(keys, TestPki.sec1(keys.getPrivate())));

    RecordedRequest request = discoverPods(kubeconfig);

    assertThat(request.getHandshake().peerPrincipal().getName()).isEqualTo("CN=admin");
  }

  @Test
  void client_withRsaPkcs1ClientKeyFile_authenticates() throws Exception {
    server.requireClientAuth();
    KeyPair keys = TestPki.rsa();
    Files.writeString(dir.resolve("ca.crt"), TestPki.pem(PKI.ca));
    Files.writeString(dir.resolve("admin.crt"), TestPki.pem(PKI.issue("CN=admin-rsa", keys)));
    Files.writeString(dir.resolve("admin.key"), TestPki.pem(keys.getPrivate()));
    Kubeconfig kubeconfig = kubeconfig("    certificate-authority: ca.crt\n",
        "    client-certificate: admin.crt\n    client-key: admin.key\n");

    RecordedRequest request = discoverPods(kubeconfig);

    assertThat(request.getHandshake().peerPrincipal().getName()).isEqualTo("CN=admin-rsa");
  }

  @Test
  void client_withoutTheClusterCa_rejectsTheServer() throws Exception {
    Kubeconfig kubeconfig = kubeconfig("", "    token: t\n");

    try (KubernetesClient client = KubernetesClient.builder().kubeconfig(kubeconfig).build()) {
      assertThatThrownBy(() -> client.resourceType("v1", "Pod"))
          .isInstanceOf(ContrailClientException.class)
          .hasMessageContaining("GET /api/v1 failed")
          .hasMessageContaining("PKIX");
    }
  }

  @Test
  void client_withInsecureSkipTlsVerify_acceptsAnUnknownServer() throws Exception {
    Kubeconfig kubeconfig = kubeconfig("    insecure-skip-tls-verify: true\n", "    token: tok\n");

    RecordedRequest request = discoverPods(kubeconfig);

    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer tok");
  }
}
