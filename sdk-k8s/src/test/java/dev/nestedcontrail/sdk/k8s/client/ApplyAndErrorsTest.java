package dev.nestedcontrail.sdk.k8s.client;

import static dev.nestedcontrail.sdk.k8s.client.MockApi.json;
import static dev.nestedcontrail.sdk.k8s.client.MockApi.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ConflictException;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.ContrailServiceException;
import dev.nestedcontrail.sdk.core.UnavailableException;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.core.internal.JsonTrees;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Server-side apply on the wire, and how error answers map to the exception tree. */
class ApplyAndErrorsTest {
  private final MockWebServer server = new MockWebServer();
  private KubernetesClient client;

  private static final KubernetesObject DAEMON_SET = KubernetesObject.of(Map.of(
      "apiVersion", "apps/v1", "kind", "DaemonSet",
      "metadata", Map.of("name", "contrail-kube-manager", "namespace", "kube-system"),
      "spec", Map.of("template", Map.of("spec", Map.of("containers", List.of(
          Map.of("name", "km", "image", "kube-manager:2011")))))));

  @BeforeEach
  void setUp() throws Exception {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    server.enqueue(json(200, DiscoveryDocuments.APPS_V1));
    client = KubernetesClient.builder().server(server.url("/").toString()).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    server.close();
  }

  @Test
  void apply_patchesWithApplyContentTypeFieldManagerAndTheObjectAsJson() throws Exception {
    server.enqueue(json(200, "{\"apiVersion\":\"apps/v1\",\"kind\":\"DaemonSet\",\"metadata\":"
        + "{\"name\":\"contrail-kube-manager\",\"namespace\":\"kube-system\",\"generation\":3,"
        + "\"resourceVersion\":\"42\",\"uid\":\"u-1\"}}"));

    KubernetesObject applied = client.apply(DAEMON_SET, "contrail-nested", false);

    assertThat(applied.resourceVersion()).contains("42");
    assertThat(applied.uid()).contains("u-1");
    assertThat(applied.at("metadata", "generation")).contains(3L);
    server.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest patch = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(patch.getMethod()).isEqualTo("PATCH");
    assertThat(patch.getTarget()).isEqualTo("/apis/apps/v1/namespaces/kube-system/daemonsets/"
        + "contrail-kube-manager?fieldManager=contrail-nested&force=false");
    assertThat(patch.getHeaders().get("Content-Type")).startsWith("application/apply-patch+yaml");
    assertThat(JsonTrees.parseObject(patch.getBody().utf8())).isEqualTo(DAEMON_SET.content());
  }

  @Test
  void apply_whenAnotherManagerOwnsAField_throwsConflictWithTheStatusMessage() {
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(409)
        .setHeader("Content-Type", "application/json").setHeader("Audit-Id", "audit-7")
        .body(status(409, "Conflict", "Apply failed with 1 conflict: conflict with "
            + "\\\"kubectl\\\": .spec.template.spec.containers[name=\\\"km\\\"].image"))
        .build());

    assertThatThrownBy(() -> client.apply(DAEMON_SET, "contrail-nested", false))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("Apply failed with 1 conflict: conflict with \"kubectl\"")
        .hasMessageNotContaining("\"kind\":\"Status\"")
        .satisfies(e -> {
          ContrailServiceException s = (ContrailServiceException) e;
          assertThat(s.statusCode()).isEqualTo(409);
          assertThat(s.requestId()).isEqualTo("audit-7");
          assertThat(s.endpoint()).isEqualTo(server.url("/").toString().replaceAll("/$", ""));
        });
  }

  @Test
  void apply_withoutFieldManager_isRejectedBeforeAnyRequest() {
    assertThatThrownBy(() -> client.apply(DAEMON_SET, "", true))
        .isInstanceOf(ValidationException.class).hasMessageContaining("fieldManager");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void calls_mapServerErrorsAndUnknownKindsAndRefusedConnections() throws Exception {
    server.enqueue(json(503, "{\"kind\":\"Status\",\"code\":503,\"message\":\"etcd unavailable\"}"));

    assertThatThrownBy(() -> client.resources("apps/v1", "DaemonSet").inNamespace("x").get("y"))
        .isInstanceOf(UnavailableException.class).hasMessageContaining("etcd unavailable");
    assertThatThrownBy(() -> client.resourceType("apps/v1", "Deployment"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Deployment (apps/v1) is not served");

    server.close();
    assertThatThrownBy(() -> client.resourceType("v1", "Pod"))
        .isInstanceOf(ContrailClientException.class)
        .hasMessageContaining("GET /api/v1 failed at");
  }
}
