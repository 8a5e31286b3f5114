package dev.nestedcontrail.sdk.vnc.client;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.vnc.ReadOptions;
import dev.nestedcontrail.sdk.vnc.ResourceOperations;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.model.IpamSubnetType;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.SubnetType;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import dev.nestedcontrail.sdk.vnc.model.VnSubnetsType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceRequestShapeTest extends VncWireMock {

  private static final List<String> VN_FQ = List.of("default-domain", "k8s", "pods");

  static VirtualNetwork readVn() {
    return VirtualNetwork.builder().uuid(VN_UUID).fqName(VN_FQ).parentType("project").displayName("pods")
        .isShared(false)
        .addNetworkIpamRef(Reference.<VnSubnetsType>builder().uuid(IPAM_UUID)
            .to(List.of("default-domain", "k8s", "ipam")).build())
        .addTagRef(Reference.<Void>toUuid("5d0f0b8e-7c1a-4a46-a2e0-8b7d8f3f4b21"))
        .build();
  }

  @Test
  void create_postsWrappedBodyWithAttrNullForDataLinks_andReturnsServerIdentity() {
    api.stubFor(post("/virtual-networks").willReturn(okJson("{\"virtual-network\": {\"uuid\": \"" + VN_UUID
        + "\", \"href\": \"http://h:8082/virtual-network/" + VN_UUID + "\", \"parent_uuid\": \"p-1\","
        + " \"fq_name\": [\"default-domain\", \"k8s\", \"pods\"], \"name\": \"pods\"}}")));
    try (VncClient vnc = client()) {
      VirtualNetwork created = vnc.resources(VirtualNetwork.class).create(VirtualNetwork.builder()
          .fqName(VN_FQ).parentType("project")
          .addNetworkIpamRef(Reference.<VnSubnetsType>toFqName(List.of("default-domain", "k8s", "ipam")))
          .build());
      assertThat(created.uuid()).contains(VN_UUID);
      assertThat(created.parentUuid()).contains("p-1");
      assertThat(created.href()).contains("http://h:8082/virtual-network/" + VN_UUID);
    }
    api.verify(postRequestedFor(urlEqualTo("/virtual-networks")).withRequestBody(equalToJson(
        "{\"virtual-network\": {\"fq_name\": [\"default-domain\", \"k8s\", \"pods\"], \"parent_type\": \"project\","
        + " \"network_ipam_refs\": [{\"to\": [\"default-domain\", \"k8s\", \"ipam\"], \"attr\": null}]}}")));
  }

  @Test
  void read_withOptions_sendsFieldsAndExcludeFlags() {
    api.stubFor(get(urlPathEqualTo("/virtual-network/" + VN_UUID)).willReturn(okJson(
        "{\"virtual-network\": {\"uuid\": \"" + VN_UUID + "\", \"fq_name\": [\"default-domain\", \"k8s\", \"pods\"]}}")));
    try (VncClient vnc = client()) {
      VirtualNetwork vn = vnc.resources(VirtualNetwork.class).read(VN_UUID, ReadOptions.builder()
          .addField("network_ipam_refs").addField("display_name").excludeBackRefs(true).excludeChildren(true).build());
      assertThat(vn.fqName()).isEqualTo(VN_FQ);
    }
    api.verify(getRequestedFor(urlEqualTo("/virtual-network/" + VN_UUID
        + "?fields=network_ipam_refs%2Cdisplay_name&exclude_back_refs=true&exclude_children=true")));
  }

  @Test
  void readByFqName_looksUpTheUuidThenReads() {
    api.stubFor(post("/fqname-to-id").willReturn(okJson("{\"uuid\": \"" + VN_UUID + "\"}")));
    api.stubFor(get("/virtual-network/" + VN_UUID).willReturn(okJson(
        "{\"virtual-network\": {\"uuid\": \"" + VN_UUID + "\", \"fq_name\": [\"default-domain\", \"k8s\", \"pods\"]}}")));
    try (VncClient vnc = client()) {
      assertThat(vnc.resources("virtual_network").readByFqName(VN_FQ).uuid()).contains(VN_UUID);
    }
    api.verify(postRequestedFor(urlEqualTo("/fqname-to-id")).withRequestBody(equalToJson(
        "{\"type\": \"virtual-network\", \"fq_name\": [\"default-domain\", \"k8s\", \"pods\"]}")));
  }

  @Test
  void update_sendsOnlyChangedPropertiesAndNoUntouchedRefLists() {
    api.stubFor(put("/virtual-network/" + VN_UUID).willReturn(okJson("{\"virtual-network\": {\"uuid\": \"" + VN_UUID + "\"}}")));
    VirtualNetwork before = readVn();
    VirtualNetwork after = VirtualNetwork.builder().from(before).displayName("renamed").isShared(true).build();
    try (VncClient vnc = client()) {
      vnc.resources(VirtualNetwork.class).update(before, after);
    }
    api.verify(putRequestedFor(urlEqualTo("/virtual-network/" + VN_UUID)).withRequestBody(equalToJson(
        "{\"virtual-network\": {\"display_name\": \"renamed\", \"is_shared\": true}}")));
  }

  @Test
  void update_whenRefListEmptied_sendsEmptyListAndWhenRefAttrChanged_sendsWholeListWithAttr() {
    api.stubFor(put("/virtual-network/" + VN_UUID).willReturn(okJson("{}")));
    VirtualNetwork before = readVn();
    VnSubnetsType subnets = VnSubnetsType.builder().addIpamSubnet(IpamSubnetType.builder()
        .subnet(SubnetType.builder().ipPrefix("10.32.0.0").ipPrefixLen(12L).build()).build()).build();
    VirtualNetwork after = VirtualNetwork.builder().from(before).tagRefs(List.of())
        .networkIpamRefs(List.of(Reference.<VnSubnetsType>builder().uuid(IPAM_UUID)
            .to(List.of("default-domain", "k8s", "ipam")).attr(subnets).build()))
        .build();
    try (VncClient vnc = client()) {
      vnc.resources(VirtualNetwork.class).update(before, after);
    }
    api.verify(putRequestedFor(urlEqualTo("/virtual-network/" + VN_UUID)).withRequestBody(equalToJson(
        "{\"virtual-network\": {\"network_ipam_refs\": [{\"to\": [\"default-domain\", \"k8s\", \"ipam\"], \"uuid\": \""
        + IPAM_UUID + "\", \"attr\": {\"ipam_subnets\": [{\"subnet\": {\"ip_prefix\": \"10.32.0.0\", \"ip_prefix_len\": 12}}]}}],"
        + " \"tag_refs\": []}}")));
  }

  @Test
  void update_withoutChanges_sendsNothing() {
    try (VncClient vnc = client()) {
      vnc.resources(VirtualNetwork.class).update(readVn(), readVn());
    }
    assertThat(api.getAllServeEvents()).isEmpty();
  }

  @Test
  void replaceRefs_withEmptyList_sendsEmptyRefList_andWithRefs_sendsAttrKey() {
    api.stubFor(put("/virtual-network/" + VN_UUID).willReturn(okJson("{}")));
    try (VncClient vnc = client()) {
      ResourceOperations<VirtualNetwork> vns = vnc.resources(VirtualNetwork.class);
      vns.replaceRefs(VN_UUID, "network_ipam_refs", List.of());
      vns.replaceRefs(VN_UUID, "network_ipam_refs", List.of(Reference.<VnSubnetsType>toUuid(IPAM_UUID)));
    }
    api.verify(putRequestedFor(urlEqualTo("/virtual-network/" + VN_UUID))
        .withRequestBody(equalToJson("{\"virtual-network\": {\"network_ipam_refs\": []}}")));
    api.verify(putRequestedFor(urlEqualTo("/virtual-network/" + VN_UUID)).withRequestBody(equalToJson(
        "{\"virtual-network\": {\"network_ipam_refs\": [{\"uuid\": \"" + IPAM_UUID + "\", \"attr\": null}]}}")));
  }

  @Test
  void updateFields_putsTheGivenFieldsOnly() {
    api.stubFor(put("/virtual-network/" + VN_UUID).willReturn(okJson("{}")));
    try (VncClient vnc = client()) {
      vnc.resources(VirtualNetwork.class).updateFields(VN_UUID,
          VirtualNetwork.builder().fqName(VN_FQ).macAgingTime(600L).build());
    }
    api.verify(putRequestedFor(urlEqualTo("/virtual-network/" + VN_UUID))
        .withRequestBody(equalToJson("{\"virtual-network\": {\"mac_aging_time\": 600}}")));
  }

  @Test
  void delete_sendsDelete_andDeleteIfExistsTreats404AsDone() {
    api.stubFor(delete("/virtual-network/" + VN_UUID).willReturn(okJson("")));
    api.stubFor(delete("/virtual-network/gone").willReturn(
        com.github.tomakehurst.wiremock.client.WireMock.notFound().withBody("Virtual Network gone not found")));
    try (VncClient vnc = client()) {
      ResourceOperations<VirtualNetwork> vns = vnc.resources(VirtualNetwork.class);
      vns.delete(VN_UUID);
      assertThat(vns.deleteIfExists("gone")).isFalse();
    }
    api.verify(deleteRequestedFor(urlEqualTo("/virtual-network/" + VN_UUID)));
  }

  @Test
  void tenant_isSentAsXTenantNameOnEveryRequest() {
    api.stubFor(delete("/virtual-network/" + VN_UUID).willReturn(okJson("")));
    try (VncClient vnc = builder().tenant("k8s").build()) {
      vnc.resources(VirtualNetwork.class).delete(VN_UUID);
    }
    api.verify(deleteRequestedFor(urlEqualTo("/virtual-network/" + VN_UUID)).withHeader("X-Tenant-Name", equalTo("k8s")));
  }
}
