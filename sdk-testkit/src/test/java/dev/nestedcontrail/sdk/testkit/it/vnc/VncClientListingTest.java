package dev.nestedcontrail.sdk.testkit.it.vnc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.testkit.RecordedRequest;
import dev.nestedcontrail.sdk.vnc.ListQuery;
import dev.nestedcontrail.sdk.vnc.ResourceOperations;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VncClientListingTest extends FakeVncHarness {

  private List<String> networks(int n) {
    List<String> uuids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      uuids.add(network("net-" + i, "10.40." + i + ".0").uuid().orElseThrow());
    }
    return uuids;
  }

  @Test
  void list_filtersByParentFqNamesUuidsAndProperty() {
    List<String> uuids = networks(4);
    ResourceOperations<VirtualNetwork> vns = vnc.resources(VirtualNetwork.class);
    VirtualNetwork two = vns.read(uuids.get(2));
    vns.update(two, VirtualNetwork.builder().from(two).displayName("special").build());

    assertThat(vns.list(ListQuery.builder().filter("display_name", "special").build()))
        .extracting(vn -> vn.uuid().orElseThrow()).containsExactly(uuids.get(2));
    assertThat(vns.list(ListQuery.builder().addObjUuid(uuids.get(0)).addObjUuid(uuids.get(3)).build()))
        .extracting(vn -> vn.uuid().orElseThrow()).containsExactlyInAnyOrder(uuids.get(0), uuids.get(3));
    assertThat(vns.list(ListQuery.builder().addFqName(inProject("net-1")).build()))
        .extracting(vn -> vn.uuid().orElseThrow()).containsExactly(uuids.get(1));
    String project = vnc.fqNameToId("project", PROJECT);
    assertThat(vns.list(ListQuery.builder().addParentId(project).detail(true).build()))
        .extracting(vn -> vn.uuid().orElseThrow()).containsAll(uuids);
    assertThat(vns.list(ListQuery.builder().addObjUuid(uuids.get(1)).detail(true).build()))
        .singleElement().satisfies(vn -> assertThat(vn.networkIpamRefs()).hasSize(1));
  }

  @Test
  void stream_pagesThroughEveryNetwork_andLongIdListsGoThroughBulk() {
    List<String> created = networks(30);
    ResourceOperations<VirtualNetwork> vns = vnc.resources(VirtualNetwork.class);
    long all = vns.count(ListQuery.all());
    List<String> streamed = vns.stream(ListQuery.builder().pageLimit(7).build())
        .map(vn -> vn.uuid().orElseThrow()).collect(Collectors.toList());
    assertThat(streamed).hasSize((int) all).doesNotHaveDuplicates().containsAll(created);

    fake.clearRequests();
    assertThat(vns.list(ListQuery.builder().objUuids(created).build()))
        .extracting(vn -> vn.uuid().orElseThrow()).containsExactlyInAnyOrderElementsOf(created);
    assertThat(fake.requests()).extracting(RecordedRequest::method, RecordedRequest::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("POST", "/list-bulk-collection"));
  }
}
