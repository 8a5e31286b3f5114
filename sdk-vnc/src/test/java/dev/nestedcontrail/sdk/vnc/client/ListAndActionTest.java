package dev.nestedcontrail.sdk.vnc.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.vnc.ListQuery;
import dev.nestedcontrail.sdk.vnc.ObjectIdentity;
import dev.nestedcontrail.sdk.vnc.PropCollectionElement;
import dev.nestedcontrail.sdk.vnc.PropCollectionUpdate;
import dev.nestedcontrail.sdk.vnc.RefOperation;
import dev.nestedcontrail.sdk.vnc.RefUpdate;
import dev.nestedcontrail.sdk.vnc.ResourceOperations;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.model.KeyValuePair;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import dev.nestedcontrail.sdk.vnc.model.VnSubnetsType;
import dev.nestedcontrail.sdk.vnc.model.VncSchema;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListAndActionTest extends VncWireMock {

  private static String entry(int i) {
    return "{\"uuid\": \"u" + i + "\", \"href\": \"h\", \"fq_name\": [\"d\", \"p\", \"vn" + i + "\"]}";
  }

  @Test
  void list_sendsEveryQueryParameter() {
    api.stubFor(get(urlPathEqualTo("/virtual-networks")).willReturn(okJson(
        "{\"virtual-networks\": [{\"virtual-network\": {\"uuid\": \"u1\", \"fq_name\": [\"d\", \"p\", \"vn1\"],"
        + " \"display_name\": \"one\"}}]}")));
    ListQuery query = ListQuery.builder().parentFqName(List.of("default-domain", "k8s")).parentType("project")
        .addBackRefId("b1").addObjUuid("u1").addObjUuid("u2").addFqName(List.of("d", "p", "vn1"))
        .detail(true).addField("network_ipam_refs").filter("display_name", "one").shared(true).build();
    try (VncClient vnc = client()) {
      List<VirtualNetwork> vns = vnc.resources(VirtualNetwork.class).list(query);
      assertThat(vns).singleElement().satisfies(vn -> assertThat(vn.displayName()).contains("one"));
    }
    api.verify(getRequestedFor(urlEqualTo("/virtual-networks?parent_fq_name_str=default-domain%3Ak8s&parent_type=project"
        + "&back_ref_id=b1&obj_uuids=u1%2Cu2&fq_names=d%3Ap%3Avn1&detail=true&fields=network_ipam_refs"
        + "&filters=display_name%3D%3D%22one%22&shared=true")));
  }

  @Test
  void list_withParentIds_sendsParentId_andCountReadsTheCount() {
    api.stubFor(get(urlPathEqualTo("/virtual-networks")).willReturn(okJson("{\"virtual-networks\": {\"count\": 7}}")));
    try (VncClient vnc = client()) {
      assertThat(vnc.resources(VirtualNetwork.class).count(ListQuery.builder().addParentId("p1").build())).isEqualTo(7);
    }
    api.verify(getRequestedFor(urlEqualTo("/virtual-networks?parent_id=p1&count=true")));
  }

  @Test
  void list_withMoreThan25Ids_postsListBulkCollection() {
    List<String> ids = IntStream.range(0, 26).mapToObj(i -> "u" + i).collect(Collectors.toList());
    api.stubFor(post("/list-bulk-collection").willReturn(okJson("{\"virtual-networks\": [" + entry(0) + "]}")));
    try (VncClient vnc = client()) {
      List<VirtualNetwork> vns = vnc.resources(VirtualNetwork.class).list(ListQuery.builder().objUuids(ids).build());
      assertThat(vns).extracting(vn -> vn.uuid().orElseThrow()).containsExactly("u0");
    }
    api.verify(postRequestedFor(urlEqualTo("/list-bulk-collection")).withRequestBody(equalToJson(
        "{\"type\": \"virtual-network\", \"obj_uuids\": \"" + String.join(",", ids) + "\","
        + " \"detail\": false, \"count\": false, \"shared\": false}")));
  }

  @Test
  void list_with25Ids_staysOnGet() {
    List<String> ids = IntStream.range(0, 25).mapToObj(i -> "u" + i).collect(Collectors.toList());
    api.stubFor(get(urlPathEqualTo("/virtual-networks")).willReturn(okJson("{\"virtual-networks\": []}")));
    try (VncClient vnc = client()) {
      assertThat(vnc.resources(VirtualNetwork.class).list(ListQuery.builder().objUuids(ids).build())).isEmpty();
    }
    assertThat(api.findAll(postRequestedFor(urlEqualTo("/list-bulk-collection")))).isEmpty();
  }

  @Test
  void stream_fetchesPagesLazilyFollowingTheMarker() {
    api.stubFor(get(urlEqualTo("/virtual-networks?page_limit=2")).willReturn(okJson(
        "{\"virtual-networks\": [" + entry(1) + ", " + entry(2) + "], \"marker\": \"u2\"}")));
    api.stubFor(get(urlEqualTo("/virtual-networks?page_limit=2&page_marker=u2")).willReturn(okJson(
        "{\"virtual-networks\": [" + entry(3) + "], \"marker\": null}")));
    try (VncClient vnc = client()) {
      ResourceOperations<VirtualNetwork> vns = vnc.resources(VirtualNetwork.class);
      Iterator<VirtualNetwork> it = vns.iterator(ListQuery.builder().pageLimit(2).build());
      assertThat(it.next().uuid()).contains("u1");
      assertThat(api.getAllServeEvents()).hasSize(1);
      assertThat(it.next().uuid()).contains("u2");
      assertThat(it.next().uuid()).contains("u3");
      assertThat(it.hasNext()).isFalse();
      assertThat(api.getAllServeEvents()).hasSize(2);
      assertThat(vns.stream(ListQuery.builder().pageLimit(2).build()).map(vn -> vn.uuid().orElseThrow()))
          .containsExactly("u1", "u2", "u3");
    }
  }

  @Test
  void idToFqName_readsTypeAndFqName() {
    api.stubFor(post("/id-to-fqname").willReturn(okJson(
        "{\"fq_name\": [\"default-domain\", \"k8s\", \"pods\"], \"type\": \"virtual-network\"}")));
    try (VncClient vnc = client()) {
      assertThat(vnc.idToFqName(VN_UUID))
          .isEqualTo(ObjectIdentity.of("virtual-network", List.of("default-domain", "k8s", "pods"), VN_UUID));
    }
    api.verify(postRequestedFor(urlEqualTo("/id-to-fqname")).withRequestBody(equalToJson("{\"uuid\": \"" + VN_UUID + "\"}")));
  }

  @Test
  void refUpdate_sendsHyphenTypesAndAttr_andEnsureRemoveRefUseAddDelete() {
    api.stubFor(post("/ref-update").willReturn(okJson("{\"uuid\": \"" + VN_UUID + "\"}")));
    try (VncClient vnc = client()) {
      vnc.refUpdate(RefUpdate.builder().operation(RefOperation.ADD).type("virtual_network").uuid(VN_UUID)
          .refType("network_ipam").refFqName(List.of("default-domain", "k8s", "ipam"))
          .attr(VnSubnetsType.builder().build()).relaxRefForDelete(true).build());
      ResourceOperations<VirtualNetwork> vns = vnc.resources(VirtualNetwork.class);
      vns.ensureRef(VN_UUID, "network-ipam", IPAM_UUID);
      vns.removeRef(VN_UUID, "network-ipam", IPAM_UUID);
    }
    api.verify(postRequestedFor(urlEqualTo("/ref-update")).withRequestBody(equalToJson(
        "{\"operation\": \"ADD\", \"type\": \"virtual-network\", \"uuid\": \"" + VN_UUID + "\", \"ref-type\": \"network-ipam\","
        + " \"ref-fq-name\": [\"default-domain\", \"k8s\", \"ipam\"], \"attr\": {}, \"relax_ref_for_delete\": true}")));
    api.verify(postRequestedFor(urlEqualTo("/ref-update")).withRequestBody(equalToJson(
        "{\"operation\": \"ADD\", \"type\": \"virtual-network\", \"uuid\": \"" + VN_UUID + "\", \"ref-type\": \"network-ipam\","
        + " \"ref-uuid\": \"" + IPAM_UUID + "\", \"attr\": null}")));
    api.verify(postRequestedFor(urlEqualTo("/ref-update")).withRequestBody(equalToJson(
        "{\"operation\": \"DELETE\", \"type\": \"virtual-network\", \"uuid\": \"" + VN_UUID + "\", \"ref-type\": \"network-ipam\","
        + " \"ref-uuid\": \"" + IPAM_UUID + "\", \"attr\": null}")));
  }

  @Test
  void refRelaxForDelete_chown_setTag_sendTheirBodies() {
    api.stubFor(post("/ref-relax-for-delete").willReturn(okJson("{\"uuid\": \"v\"}")));
    api.stubFor(post("/chown").willReturn(okJson("{}")));
    api.stubFor(post("/set-tag").willReturn(okJson("{}")));
    try (VncClient vnc = client()) {
      vnc.refRelaxForDelete("vmi-1", VN_UUID);
      vnc.chown(VN_UUID, IPAM_UUID);
      vnc.setTag("virtual_machine_interface", "vmi-1", "application", "k8s", true);
      vnc.removeTags("virtual-machine-interface", "vmi-1", "label");
    }
    api.verify(postRequestedFor(urlEqualTo("/ref-relax-for-delete"))
        .withRequestBody(equalToJson("{\"uuid\": \"vmi-1\", \"ref-uuid\": \"" + VN_UUID + "\"}")));
    api.verify(postRequestedFor(urlEqualTo("/chown"))
        .withRequestBody(equalToJson("{\"uuid\": \"" + VN_UUID + "\", \"owner\": \"" + IPAM_UUID + "\"}")));
    api.verify(postRequestedFor(urlEqualTo("/set-tag")).withRequestBody(equalToJson("{\"obj_type\": "
        + "\"virtual-machine-interface\", \"obj_uuid\": \"vmi-1\", \"application\": {\"value\": \"k8s\", \"is_global\": true}}")));
    api.verify(postRequestedFor(urlEqualTo("/set-tag")).withRequestBody(equalToJson(
        "{\"obj_type\": \"virtual-machine-interface\", \"obj_uuid\": \"vmi-1\", \"label\": null}")));
  }

  @Test
  void propCollection_getReadsPairs_andUpdateSendsElementEdits() {
    api.stubFor(get(urlPathEqualTo("/prop-collection-get")).willReturn(okJson(
        "{\"annotations\": [[{\"key\": \"a\", \"value\": \"1\"}, \"a\"]]}")));
    api.stubFor(post("/prop-collection-update").willReturn(okJson("{}")));
    try (VncClient vnc = client()) {
      Map<String, List<PropCollectionElement>> got = vnc.propCollectionGet("vmi-1", List.of("annotations"), Optional.of("a"));
      assertThat(got.get("annotations")).containsExactly(
          PropCollectionElement.of("{\"key\":\"a\",\"value\":\"1\"}", "a"));
      vnc.propCollectionUpdate("vmi-1", List.of(PropCollectionUpdate.builder().field("annotations").operation("set")
          .value(KeyValuePair.builder().key("b").value("2").build()).position("b").build()));
    }
    api.verify(getRequestedFor(urlEqualTo("/prop-collection-get?uuid=vmi-1&fields=annotations&position=a")));
    api.verify(postRequestedFor(urlEqualTo("/prop-collection-update")).withRequestBody(equalToJson("{\"uuid\": \"vmi-1\","
        + " \"updates\": [{\"field\": \"annotations\", \"operation\": \"set\", \"value\": {\"key\": \"b\", \"value\": \"2\"},"
        + " \"position\": \"b\"}]}")));
  }

  @Test
  void resourcesByClassAndGeneratedAccessors_findTheSchemaType() {
    try (VncClient vnc = client()) {
      assertThat(vnc.resources(VirtualMachineInterface.class).type().typeName()).isEqualTo("virtual-machine-interface");
      assertThat(vnc.virtualMachineInterfaces().type()).isSameAs(VncSchema.VIRTUAL_MACHINE_INTERFACE);
      assertThat(vnc.networkPolicies().type().collectionPath()).isEqualTo("/network-policys");
      assertThat(vnc.virtualDnses().type().typeName()).isEqualTo("virtual-DNS");
    }
  }
}
