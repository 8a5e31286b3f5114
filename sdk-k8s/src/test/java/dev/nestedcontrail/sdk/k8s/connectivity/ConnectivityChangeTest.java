package dev.nestedcontrail.sdk.k8s.connectivity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.vnc.model.FlowAgingTimeout;
import dev.nestedcontrail.sdk.vnc.model.FlowAgingTimeoutList;
import dev.nestedcontrail.sdk.vnc.model.GlobalVrouterConfig;
import dev.nestedcontrail.sdk.vnc.model.LinklocalServiceEntryType;
import dev.nestedcontrail.sdk.vnc.model.LinklocalServicesTypes;
import dev.nestedcontrail.sdk.vnc.model.PortTranslationPool;
import dev.nestedcontrail.sdk.vnc.model.PortTranslationPools;
import dev.nestedcontrail.sdk.vnc.model.PortType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectivityChangeTest {
  private static final List<String> GVC = List.of("default-global-system-config", "default-global-vrouter-config");

  private static LinklocalServiceEntryType wire(String name, String ip, long port, String fabricIp, long fabricPort) {
    return LinklocalServiceEntryType.builder().linklocalServiceName(name).linklocalServiceIp(ip)
        .linklocalServicePort(port).addIpFabricServiceIp(fabricIp).ipFabricServicePort(fabricPort).build();
  }

  private static GlobalVrouterConfig config(List<LinklocalServiceEntryType> entries) {
    return GlobalVrouterConfig.builder().uuid("u1").fqName(GVC)
        .linklocalServices(LinklocalServicesTypes.builder().linklocalServiceEntry(entries).build()).build();
  }

  private static ConnectivityPlan option2() {
    return LinkLocalPlanner.plan(SeedTopologies.option2());
  }

  private static ConnectivityPlan option1() {
    return LinkLocalPlanner.plan(SeedTopologies.option1());
  }

  @Test
  void compute_keepsUnrelatedAndUnreadableEntriesInPlaceAndAppendsThePlan() {
    LinklocalServiceEntryType metadata = wire("metadata", "169.254.169.254", 80, "127.0.0.1", 8775);
    LinklocalServiceEntryType dnsOnly = LinklocalServiceEntryType.builder().linklocalServiceName("ntp")
        .linklocalServiceIp("169.254.0.5").linklocalServicePort(123L).ipFabricDnsServiceName("ntp.example")
        .ipFabricServicePort(123L).build();
    LinklocalServiceEntryType v6 = wire("v6", "fd00::1", 80, "fd00::2", 80);

    ConnectivityChange change = ConnectivityChange.compute(config(List.of(metadata, v6, dnsOnly)), option2());

    List<LinklocalServiceEntryType> after = change.after().linklocalServices().orElseThrow().linklocalServiceEntry();
    assertThat(after).hasSize(3 + 11);
    assertThat(after.subList(0, 3)).containsExactly(metadata, v6, dnsOnly);
    assertThat(after.get(3)).isEqualTo(wire("Contrail Config", "10.10.10.1", 8082, "192.168.1.100", 8082));
    assertThat(change.unreadableEntries()).containsExactly(v6);
    assertThat(change.linkLocal().untouched()).hasSize(2);
  }

  @Test
  void compute_whenNameExistsWithOtherContent_updatesItInPlace() {
    LinklocalServiceEntryType old = wire("Keystone", "10.10.10.9", 5000, "192.168.1.9", 5000);
    LinklocalServiceEntryType other = wire("other", "169.254.1.1", 80, "10.0.0.1", 80);

    ConnectivityChange change = ConnectivityChange.compute(config(List.of(old, other)), option2());

    List<LinklocalServiceEntryType> after = change.after().linklocalServices().orElseThrow().linklocalServiceEntry();
    assertThat(after.get(0)).isEqualTo(wire("Keystone", "10.10.10.4", 35357, "192.168.1.200", 35357));
    assertThat(after.get(1)).isEqualTo(other);
    assertThat(change.linkLocal().toUpdate()).hasSize(1);
    assertThat(change.describe()).contains("~ \"Keystone\" 10.10.10.4:35357 -> 192.168.1.200:35357")
        .contains("was \"Keystone\" 10.10.10.9:5000 -> 192.168.1.9:5000");
  }

  @Test
  void compute_whenAnotherNameUsesAPlannedIpAndPort_reportsTheConflict() {
    ConnectivityChange change = ConnectivityChange.compute(
        config(List.of(wire("legacy", "10.10.10.5", 9091, "127.0.0.1", 9091))), option1());

    assertThat(change.linkLocal().conflicts()).hasSize(1);
    assertThat(change.describe()).contains("! conflict: planned entry \"K8s-cni-to-agent\" and existing entry "
        + "\"legacy\" both use 10.10.10.5:9091");
  }

  @Test
  void compute_option1_addsBothDefaultPoolsWhenThereAreNone() {
    ConnectivityChange change = ConnectivityChange.compute(config(List.of()), option1());

    assertThat(change.after().portTranslationPools().orElseThrow().portTranslationPool()).containsExactly(
        pool("tcp", 56000, 57023), pool("udp", 57024, 58047));
    assertThat(change.describe()).contains("port_translation_pools:\n  + tcp 56000-57023\n  + udp 57024-58047\n");
  }

  @Test
  void compute_option1_neverOverwritesAnExistingPoolAndAddsOnlyTheMissingProtocol() {
    PortTranslationPool tcp = PortTranslationPool.builder().protocol("TCP").portCount(512L).build();
    GlobalVrouterConfig current = GlobalVrouterConfig.builder().from(config(List.of()))
        .portTranslationPools(PortTranslationPools.builder().addPortTranslationPool(tcp).build()).build();

    ConnectivityChange change = ConnectivityChange.compute(current, option1());

    assertThat(change.poolsToAdd()).containsExactly(pool("udp", 57024, 58047));
    assertThat(change.after().portTranslationPools().orElseThrow().portTranslationPool())
        .containsExactly(tcp, pool("udp", 57024, 58047));
  }

  @Test
  void compute_option2_addsNoPools() {
    assertThat(ConnectivityChange.compute(config(List.of()), option2()).poolsToAdd()).isEmpty();
  }

  @Test
  void compute_addsLongFlowAgingForLongLivedPortsOnlyWhereMissing() {
    FlowAgingTimeout existing = FlowAgingTimeout.builder().protocol("tcp").port(8082L).timeoutInSeconds(600L).build();
    GlobalVrouterConfig current = GlobalVrouterConfig.builder().from(config(List.of()))
        .flowAgingTimeoutList(FlowAgingTimeoutList.builder().addFlowAgingTimeout(existing).build()).build();

    ConnectivityChange change = ConnectivityChange.compute(current, option2());

    assertThat(change.flowAgingToAdd()).extracting(f -> f.port().orElseThrow()).containsExactly(8086L, 5673L, 9161L);
    assertThat(change.flowAgingToAdd()).allSatisfy(f -> {
      assertThat(f.protocol()).contains("tcp");
      assertThat(f.timeoutInSeconds()).contains(2147483647L);
    });
    assertThat(change.after().flowAgingTimeoutList().orElseThrow().flowAgingTimeout().get(0)).isEqualTo(existing);
  }

  @Test
  void compute_onTheResultOfItself_hasNoChangesAndKeepsTheConfig() {
    ConnectivityChange first = ConnectivityChange.compute(config(List.of()), option1());

    ConnectivityChange second = ConnectivityChange.compute(first.after(), option1());

    assertThat(first.hasChanges()).isTrue();
    assertThat(second.hasChanges()).isFalse();
    assertThat(second.after()).isEqualTo(first.after());
    assertThat(second.describe()).startsWith("global-vrouter-config "
        + "default-global-system-config:default-global-vrouter-config: no changes\n");
  }

  private static PortTranslationPool pool(String protocol, long start, long end) {
    return PortTranslationPool.builder().protocol(protocol)
        .portRange(PortType.builder().startPort(start).endPort(end).build()).build();
  }
}
