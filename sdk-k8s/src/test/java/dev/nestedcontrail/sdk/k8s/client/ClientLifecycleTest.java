package dev.nestedcontrail.sdk.k8s.client;

import static dev.nestedcontrail.sdk.k8s.client.MockApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ClientLifecycleTest {
  @Test
  void close_withCallersHttpClient_leavesItUsableAndIsIdempotent() throws Exception {
    OkHttpClient shared = new OkHttpClient();
    try (MockWebServer server = new MockWebServer()) {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
      server.enqueue(json(200, DiscoveryDocuments.CORE_V1));
      server.enqueue(json(200, DiscoveryDocuments.CORE_V1));
      KubernetesClient client = KubernetesClient.builder().server(server.url("/").toString())
          .httpClient(shared).build();
      assertThat(client.resourceType("v1", "Node").namespaced()).isFalse();

      client.close();
      client.close();

      assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
      try (var response = shared.newCall(new okhttp3.Request.Builder()
          .url(server.url("/api/v1")).build()).execute()) {
        assertThat(response.code()).isEqualTo(200);
      }
      assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/api/v1");
    } finally {
      shared.dispatcher().executorService().shutdown();
      shared.connectionPool().evictAll();
    }
  }

  @Test
  void build_withoutContextOrWithBadSettings_failsNamingTheField() {
    assertThatThrownBy(() -> KubernetesClient.builder().build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("context: required");
    assertThatThrownBy(() -> KubernetesClient.builder().server("ftp://x").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("server: ftp://x is not an http(s) URL");
    assertThatThrownBy(() -> KubernetesClient.builder().server("http://127.0.0.1:1")
        .requestTimeout(Duration.ofSeconds(-1)).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("requestTimeout: PT-1S");
    assertThatThrownBy(() -> KubeContext.builder().name("c").server("https://h:6443")
        .insecureSkipTlsVerify(true).certificateAuthorityPem("pem").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("insecure-skip-tls-verify is not allowed");
  }
}
