package dev.nestedcontrail.sdk.cni;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;

/** Agent answers for one nested pod, as the R5.0 agent gives them. */
public final class FakeAgentStubs {
  public static final String POD_UID = "1b2c3d4e-5f60-4a1b-9c2d-3e4f5a6b7c8d";
  public static final String VMI_UUID = "9a8b7c6d-0000-4000-8000-000000000001";
  public static final String MAC = "02:8b:7c:6d:00:01";
  public static final String IP = "10.47.255.250";
  public static final int PLEN = 12;
  public static final String GATEWAY = "10.47.255.254";
  public static final String DNS = "10.47.255.253";

  private FakeAgentStubs() {}

  public static String vmConfigJson(int vlan) {
    return vmConfigJson(POD_UID, vlan);
  }

  public static String vmConfigJson(String podUid, int vlan) {
    return "{\"id\":\"" + VMI_UUID + "\",\"instance-id\":\"" + podUid + "\",\"vn-id\":"
        + "\"5e1f0000-0000-4000-8000-0000000000aa\",\"mac-address\":\"" + MAC + "\","
        + "\"sub-interface\":true,\"vlan-id\":" + vlan + "}";
  }

  public static String vmJson() {
    return vmJson(POD_UID);
  }

  public static String vmJson(String podUid) {
    return "{\"id\":\"" + VMI_UUID + "\",\"instance-id\":\"" + podUid + "\",\"ip-address\":\""
        + IP + "\",\"plen\":" + PLEN + ",\"ip6-address\":\"\",\"vn-id\":\"5e1f\","
        + "\"vm-project-id\":\"0000\",\"mac-address\":\"" + MAC + "\",\"system-name\":\"tap9a8b\","
        + "\"rx-vlan-id\":7,\"tx-vlan-id\":7,\"vhostuser-mode\":0,\"dns-server\":\"" + DNS
        + "\",\"gateway\":\"" + GATEWAY + "\",\"author\":\"/usr/bin/contrail-vrouter-agent\","
        + "\"time\":\"2026-11-26 12:00:00\"}";
  }

  public static void stubPod(WireMockServer server, int vlan) {
    stubPod(server, POD_UID, vlan);
  }

  public static void stubPod(WireMockServer server, String podUid, int vlan) {
    server.stubFor(get(urlEqualTo("/vm-cfg/" + podUid)).willReturn(ok(vmConfigJson(podUid, vlan))));
    server.stubFor(get(urlEqualTo("/vm/" + podUid)).willReturn(ok(vmJson(podUid))));
  }

  public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String body) {
    return aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json; charset=UTF-8").withBody(body);
  }

  public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status,
      String message) {
    return aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json; charset=UTF-8")
        .withBody("{\"error\":\"" + message + "\"}");
  }
}
