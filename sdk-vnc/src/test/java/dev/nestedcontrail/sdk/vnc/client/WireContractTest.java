package dev.nestedcontrail.sdk.vnc.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.BadRequestException;
import dev.nestedcontrail.sdk.core.NotFoundException;
import dev.nestedcontrail.sdk.vnc.ResourceOperations;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Answers shaped like the real api-server's, from the research notes. */
class WireContractTest extends VncWireMock {

  private static final String SERVER_VN = "{\"virtual-network\": {"
      + "\"uuid\": \"" + VN_UUID + "\", \"name\": \"pods\", \"fq_name\": [\"default-domain\", \"k8s\", \"pods\"],"
      + " \"parent_type\": \"project\", \"parent_uuid\": \"p-1\", \"parent_href\": \"http://10.0.0.1:8082/project/p-1\","
      + " \"href\": \"http://10.0.0.1:8082/virtual-network/" + VN_UUID + "\","
      + " \"id_perms\": {\"uuid\": {\"uuid_mslong\": 10310519468451234686, \"uuid_lslong\": 11177488349373327889},"
      + " \"enable\": true, \"created\": \"2013-09-13T00:26:05.290644\", \"last_modified\": \"2013-09-13T00:26:05.290644\","
      + " \"user_visible\": true, \"newer_server_flag\": 3},"
      + " \"network_ipam_refs\": [{\"to\": [\"default-domain\", \"k8s\", \"ipam\"], \"uuid\": \"" + IPAM_UUID + "\","
      + " \"href\": \"http://10.0.0.1:8082/network-ipam/" + IPAM_UUID + "\", \"attr\": {\"ipam_subnets\": []}}],"
      + " \"virtual_machine_interface_back_refs\": [{\"to\": [\"default-domain\", \"k8s\", \"vmi\"], \"uuid\": \"v1\","
      + " \"href\": \"http://10.0.0.1:8082/virtual-machine-interface/v1\", \"attr\": null}],"
      + " \"a_field_from_release_2011\": {\"x\": [1, 2.50, null]}}}";

  @Test
  void read_keepsUnknownFieldsHrefsUnsigned64AndMicrosecondTimestamps() {
    api.stubFor(get("/virtual-network/" + VN_UUID).willReturn(okJson(SERVER_VN)));
    try (VncClient vnc = client()) {
      VirtualNetwork vn = vnc.resources(VirtualNetwork.class).read(VN_UUID);
      assertThat(vn.href()).contains("http://10.0.0.1:8082/virtual-network/" + VN_UUID);
      assertThat(vn.networkIpamRefs().get(0).href()).contains("http://10.0.0.1:8082/network-ipam/" + IPAM_UUID);
      assertThat(vn.idPerms().orElseThrow().uuid().orElseThrow().uuidMslong())
          .contains(new BigInteger("10310519468451234686"));
      assertThat(vn.idPerms().orElseThrow().created()).contains("2013-09-13T00:26:05.290644");
      assertThat(vn.unknownFields()).containsEntry("a_field_from_release_2011", "{\"x\":[1,2.50,null]}");
    }
  }

  @Test
  void update_ofAReadObject_sendsUnknownFieldsOnlyWhenChangedAndNeverBackRefs() {
    api.stubFor(get("/virtual-network/" + VN_UUID).willReturn(okJson(SERVER_VN)));
    api.stubFor(put("/virtual-network/" + VN_UUID).willReturn(okJson("{}")));
    try (VncClient vnc = client()) {
      ResourceOperations<VirtualNetwork> vns = vnc.resources(VirtualNetwork.class);
      VirtualNetwork before = vns.read(VN_UUID);
      vns.update(before, VirtualNetwork.builder().from(before).displayName("x").build());
    }
    api.verify(putRequestedFor(urlEqualTo("/virtual-network/" + VN_UUID))
        .withRequestBody(equalToJson("{\"virtual-network\": {\"display_name\": \"x\"}}")));
  }

  @Test
  void errors_readPlainTextBodies() {
    api.stubFor(get("/virtual-network/missing").willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "text/html; charset=UTF-8").withBody("Virtual Network missing not found")));
    api.stubFor(get("/virtual-network/bad").willReturn(aResponse().withStatus(400)
        .withBody("Bad reference in create/update: 'attr'")));
    try (VncClient vnc = client()) {
      ResourceOperations<VirtualNetwork> vns = vnc.resources(VirtualNetwork.class);
      assertThatThrownBy(() -> vns.read("missing")).isInstanceOf(NotFoundException.class)
          .satisfies(e -> assertThat(((NotFoundException) e).body()).isEqualTo("Virtual Network missing not found"));
      assertThat(vns.find("missing")).isEmpty();
      assertThatThrownBy(() -> vns.read("bad")).isInstanceOf(BadRequestException.class)
          .hasMessageContaining("Bad reference in create/update");
    }
  }
}
