package dev.nestedcontrail.sdk.vnc.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.nestedcontrail.sdk.core.ConflictException;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.UnavailableException;
import dev.nestedcontrail.sdk.core.auth.AuthProvider;
import dev.nestedcontrail.sdk.vnc.ObjectExistsException;
import dev.nestedcontrail.sdk.vnc.ObjectInUseException;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FaultAndErrorTest extends VncWireMock {

  private static final String VN_JSON = "{\"virtual-network\": {\"uuid\": \"" + VN_UUID
      + "\", \"fq_name\": [\"default-domain\", \"k8s\", \"pods\"]}}";
  private static final VirtualNetwork NEW_VN =
      VirtualNetwork.builder().fqName(List.of("default-domain", "k8s", "pods")).parentType("project").build();

  private static void stubInTurn(com.github.tomakehurst.wiremock.client.MappingBuilder first,
      com.github.tomakehurst.wiremock.client.MappingBuilder second) {
    api.stubFor(first.inScenario("turns").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("second"));
    api.stubFor(second.inScenario("turns").whenScenarioStateIs("second"));
  }

  @Test
  void read_whenFirstServerRefusesConnections_failsOverToTheNext() throws IOException {
    int dead;
    try (ServerSocket socket = new ServerSocket(0)) {
      dead = socket.getLocalPort();
    }
    api.stubFor(get("/virtual-network/" + VN_UUID).willReturn(okJson(VN_JSON)));
    for (int i = 0; i < 4; i++) {
      try (VncClient vnc = builder().endpoints(Endpoints.parse("http://127.0.0.1:" + dead + "," + url())).build()) {
        assertThat(vnc.resources(VirtualNetwork.class).read(VN_UUID).uuid()).contains(VN_UUID);
      }
    }
    api.verify(4, getRequestedFor(urlEqualTo("/virtual-network/" + VN_UUID)));
  }

  @Test
  void read_after503_isRetried() {
    stubInTurn(get("/virtual-network/" + VN_UUID).willReturn(aResponse().withStatus(503).withBody("no zookeeper")),
        get("/virtual-network/" + VN_UUID).willReturn(okJson(VN_JSON)));
    try (VncClient vnc = client()) {
      assertThat(vnc.resources(VirtualNetwork.class).read(VN_UUID).uuid()).contains(VN_UUID);
    }
    api.verify(2, getRequestedFor(urlEqualTo("/virtual-network/" + VN_UUID)));
  }

  @Test
  void read_after401_reauthenticatesOnceWithANewToken() {
    AtomicInteger issued = new AtomicInteger(1);
    AuthProvider rotating = new AuthProvider() {
      @Override
      public Optional<String> authToken() {
        return Optional.of("tok-" + issued.get());
      }

      @Override
      public void invalidate(String rejectedToken) {
        issued.compareAndSet(Integer.parseInt(rejectedToken.substring(4)), issued.get() + 1);
      }
    };
    api.stubFor(get("/virtual-network/" + VN_UUID).withHeader("X-Auth-Token", equalTo("tok-1"))
        .willReturn(aResponse().withStatus(401).withBody("Authentication required")));
    api.stubFor(get("/virtual-network/" + VN_UUID).withHeader("X-Auth-Token", equalTo("tok-2")).willReturn(okJson(VN_JSON)));
    try (VncClient vnc = builder().authProvider(rotating).build()) {
      assertThat(vnc.resources(VirtualNetwork.class).read(VN_UUID).uuid()).contains(VN_UUID);
    }
    api.verify(2, getRequestedFor(urlEqualTo("/virtual-network/" + VN_UUID)));
  }

  @Test
  void create_withoutClientUuid_isNotRetriedAfter503() {
    api.stubFor(post("/virtual-networks").willReturn(aResponse().withStatus(503).withBody("busy")));
    try (VncClient vnc = client()) {
      assertThatThrownBy(() -> vnc.resources(VirtualNetwork.class).create(NEW_VN))
          .isInstanceOf(UnavailableException.class);
    }
    api.verify(1, postRequestedFor(urlEqualTo("/virtual-networks")));
  }

  @Test
  void create_withClientUuid_isRetriedAnd409OnRetryResolvedByReading() {
    stubInTurn(post("/virtual-networks").willReturn(aResponse().withStatus(503).withBody("busy")),
        post("/virtual-networks").willReturn(aResponse().withStatus(409)
            .withBody("Conflict: uuid " + VN_UUID + " already exists")));
    api.stubFor(get(urlEqualTo("/virtual-network/" + VN_UUID + "?exclude_back_refs=true&exclude_children=true"))
        .willReturn(okJson(VN_JSON)));
    try (VncClient vnc = client()) {
      VirtualNetwork vn = vnc.resources(VirtualNetwork.class)
          .create(VirtualNetwork.builder().from(NEW_VN).uuid(VN_UUID).build());
      assertThat(vn.uuid()).contains(VN_UUID);
    }
    api.verify(2, postRequestedFor(urlEqualTo("/virtual-networks")));
  }

  @Test
  void create_onDuplicateName_throwsObjectExists_andCreateOrGetReadsTheExistingObject() {
    api.stubFor(post("/virtual-networks").willReturn(aResponse().withStatus(409).withBody(
        "Conflict: ['default-domain', 'k8s', 'pods'] already exists with uuid: " + VN_UUID)));
    api.stubFor(post("/fqname-to-id").willReturn(okJson("{\"uuid\": \"" + VN_UUID + "\"}")));
    api.stubFor(get("/virtual-network/" + VN_UUID).willReturn(okJson(VN_JSON)));
    try (VncClient vnc = client()) {
      assertThatThrownBy(() -> vnc.resources(VirtualNetwork.class).create(NEW_VN))
          .isInstanceOf(ObjectExistsException.class)
          .satisfies(e -> assertThat(((ConflictException) e).body()).contains("already exists with uuid"));
      assertThat(vnc.resources(VirtualNetwork.class).createOrGet(NEW_VN).uuid()).contains(VN_UUID);
    }
  }

  @Test
  void delete_whenChildrenOrBackRefsRemain_throwsObjectInUse() {
    api.stubFor(delete("/virtual-network/a").willReturn(aResponse().withStatus(409).withBody(
        "Delete when children still present: ['http://127.0.0.1:8082/virtual-machine-interface/x']")));
    api.stubFor(delete("/virtual-network/b").willReturn(aResponse().withStatus(409).withBody(
        "Delete when resource still referred: ['http://127.0.0.1:8082/instance-ip/y']")));
    api.stubFor(delete("/virtual-network/c").willReturn(aResponse().withStatus(409).withBody("IP address in use")));
    try (VncClient vnc = client()) {
      assertThatThrownBy(() -> vnc.resources(VirtualNetwork.class).delete("a")).isInstanceOf(ObjectInUseException.class);
      assertThatThrownBy(() -> vnc.resources(VirtualNetwork.class).delete("b")).isInstanceOf(ObjectInUseException.class);
      assertThatThrownBy(() -> vnc.resources(VirtualNetwork.class).delete("c"))
          .isExactlyInstanceOf(ConflictException.class);
    }
  }

  @Test
  void close_isIdempotent_andDerivedClientSharesTheTransport() {
    api.stubFor(get("/virtual-network/" + VN_UUID).willReturn(okJson(VN_JSON)));
    VncClient vnc = client();
    VncClient derived = vnc.toBuilder().tenant("k8s").build();
    derived.close();
    derived.close();
    assertThat(vnc.resources(VirtualNetwork.class).read(VN_UUID).uuid()).contains(VN_UUID);
    vnc.close();
    vnc.close();
    assertThatThrownBy(() -> vnc.resources(VirtualNetwork.class).read(VN_UUID))
        .hasMessageContaining("closed transport");
  }
}
