package dev.nestedcontrail.sdk.k8s.connectivity;

import static dev.nestedcontrail.sdk.k8s.connectivity.SeedTopologies.ip;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkLocalDiffTest {

  private static final LinkLocalServiceEntry METADATA = LinkLocalServiceEntry.builder()
      .name("metadata").serviceIp(ip("169.254.169.254")).servicePort(80)
      .addFabricIp(ip("192.168.1.100")).fabricPort(8775).build();
  private static final LinkLocalServiceEntry DNS_NAMED = LinkLocalServiceEntry.builder()
      .name("ntp").serviceIp(ip("169.254.1.1")).servicePort(123)
      .fabricDnsName("ntp.example.net").fabricPort(123).build();
  private static final LinkLocalServiceEntry MULTI_FABRIC = LinkLocalServiceEntry.builder()
      .name("syslog").serviceIp(ip("169.254.1.2")).servicePort(514)
      .addFabricIps(ip("192.168.1.7"), ip("192.168.1.8")).fabricPort(514).build();

  private final ConnectivityPlan plan = LinkLocalPlanner.plan(SeedTopologies.option2());

  @Test
  void between_emptyConfig_addsEveryPlannedEntryInPlanOrder() {
    LinkLocalDiff diff = LinkLocalDiff.between(List.of(), plan);

    assertThat(diff.toAdd()).isEqualTo(plan.entries());
    assertThat(diff.hasChanges()).isTrue();
    assertThat(diff.merged()).isEqualTo(plan.entries());
  }

  @Test
  void between_unrelatedExistingEntries_areKeptUntouchedAndFirstWithNothingLost() {
    List<LinkLocalServiceEntry> existing = List.of(METADATA, DNS_NAMED, MULTI_FABRIC);

    LinkLocalDiff diff = LinkLocalDiff.between(existing, plan);

    assertThat(diff.untouched()).containsExactly(METADATA, DNS_NAMED, MULTI_FABRIC);
    assertThat(diff.conflicts()).isEmpty();
    assertThat(diff.merged()).hasSize(3 + 11);
    assertThat(diff.merged().subList(0, 3)).containsExactly(METADATA, DNS_NAMED, MULTI_FABRIC);
    assertThat(diff.merged().get(1).fabricDnsName()).contains("ntp.example.net");
    assertThat(diff.merged().get(2).fabricIps()).hasSize(2);
  }

  @Test
  void between_sameNameOtherContent_isUpdatedInPlace() {
    LinkLocalServiceEntry staleKeystone = LinkLocalServiceEntry.of("Keystone", ip("10.10.10.4"),
        5000, ip("192.168.1.250"), 5000);
    List<LinkLocalServiceEntry> existing = List.of(METADATA, staleKeystone, DNS_NAMED);

    LinkLocalDiff diff = LinkLocalDiff.between(existing, plan);

    LinkLocalServiceEntry planned = plan.entries().get(7);
    assertThat(diff.toUpdate()).containsExactly(LinkLocalUpdate.of(staleKeystone, planned));
    assertThat(diff.toAdd()).hasSize(10).doesNotContain(planned);
    assertThat(diff.merged().subList(0, 3)).containsExactly(METADATA, planned, DNS_NAMED);
    assertThat(diff.merged()).hasSize(13);
  }

  @Test
  void between_sameNameWithExtraFabricIp_isAnUpdate() {
    LinkLocalServiceEntry planned = plan.entries().get(0);
    LinkLocalServiceEntry widened = LinkLocalServiceEntry.builder().from(planned)
        .addFabricIp(ip("192.168.1.101")).build();

    LinkLocalDiff diff = LinkLocalDiff.between(List.of(widened), plan);

    assertThat(diff.toUpdate()).containsExactly(LinkLocalUpdate.of(widened, planned));
  }

  @Test
  void between_otherNameOnAPlannedIpAndPort_isReportedAsConflict() {
    LinkLocalServiceEntry squatter = LinkLocalServiceEntry.of("my-api", ip("10.10.10.1"), 8082,
        ip("192.168.1.9"), 8082);

    LinkLocalDiff diff = LinkLocalDiff.between(List.of(squatter, METADATA), plan);

    assertThat(diff.conflicts()).containsExactly(
        LinkLocalConflict.of(plan.entries().get(0), squatter));
    assertThat(diff.conflicts().get(0).describe()).isEqualTo("planned entry \"Contrail Config\""
        + " and existing entry \"my-api\" both use 10.10.10.1:8082");
    assertThat(diff.untouched()).containsExactly(squatter, METADATA);
  }

  @Test
  void between_entryMovedAwayFromAPlannedAddress_isNotAConflict() {
    LinkLocalServiceEntry oldConfig = LinkLocalServiceEntry.of("Contrail Config",
        ip("10.10.10.5"), 8082, ip("192.168.1.100"), 8082);

    LinkLocalDiff diff = LinkLocalDiff.between(List.of(oldConfig), plan);

    assertThat(diff.conflicts()).isEmpty();
    assertThat(diff.toUpdate()).hasSize(1);
  }

  @Test
  void between_mergedList_hasNoChangesTheSecondTime() {
    List<LinkLocalServiceEntry> existing = List.of(METADATA,
        LinkLocalServiceEntry.of("Keystone", ip("10.10.10.9"), 35357, ip("192.168.1.200"), 35357));
    List<LinkLocalServiceEntry> merged = LinkLocalDiff.between(existing, plan).merged();

    LinkLocalDiff second = LinkLocalDiff.between(merged, plan);

    assertThat(second.hasChanges()).isFalse();
    assertThat(second.toAdd()).isEmpty();
    assertThat(second.toUpdate()).isEmpty();
    assertThat(second.unchanged()).isEqualTo(plan.entries());
    assertThat(second.untouched()).containsExactly(METADATA);
    assertThat(second.merged()).isEqualTo(merged);
  }

  @Test
  void between_doesNotChangeTheGivenList() {
    List<LinkLocalServiceEntry> existing = new ArrayList<>(List.of(METADATA));

    LinkLocalDiff.between(existing, plan).merged();

    assertThat(existing).containsExactly(METADATA);
  }

  @Test
  void removing_dropsOnlyEntriesExactlyAsPlannedAndKeepsTheOrderOfTheRest() {
    LinkLocalServiceEntry first = plan.entries().get(0);
    LinkLocalServiceEntry second = plan.entries().get(1);
    LinkLocalServiceEntry moved = LinkLocalServiceEntry.builder().from(second).fabricPort(9999).build();
    List<LinkLocalServiceEntry> existing = List.of(METADATA, first, moved, DNS_NAMED, first);

    LinkLocalDiff diff = LinkLocalDiff.removing(existing, plan.entries());

    assertThat(diff.removal()).isTrue();
    assertThat(diff.toRemove()).containsExactly(first, first);
    assertThat(diff.modifiedKept()).containsExactly(LinkLocalUpdate.of(moved, second));
    assertThat(diff.untouched()).containsExactly(METADATA, DNS_NAMED);
    assertThat(diff.merged()).containsExactly(METADATA, moved, DNS_NAMED);
    assertThat(LinkLocalDiff.removing(diff.merged(), plan.entries()).hasChanges()).isFalse();
  }
}
