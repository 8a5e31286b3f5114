package dev.nestedcontrail.sdk.testkit.it.k8s.connectivity;

import static dev.nestedcontrail.sdk.testkit.it.k8s.connectivity.ConnectivityLab.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.connectivity.ConnectivityPlan;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalApplyResult;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalPlanner;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalServices;
import dev.nestedcontrail.sdk.k8s.connectivity.ServiceIpCheck;
import dev.nestedcontrail.sdk.k8s.connectivity.UnderlayTopology;
import dev.nestedcontrail.sdk.testkit.RecordedRequest;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.model.FloatingIp;
import dev.nestedcontrail.sdk.vnc.model.FlowAgingTimeout;
import dev.nestedcontrail.sdk.vnc.model.FlowAgingTimeoutList;
import dev.nestedcontrail.sdk.vnc.model.FloatingIpPool;
import dev.nestedcontrail.sdk.vnc.model.GlobalVrouterConfig;
import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.LinklocalServiceEntryType;
import dev.nestedcontrail.sdk.vnc.model.PortTranslationPool;
import dev.nestedcontrail.sdk.vnc.model.PortTranslationPools;
import dev.nestedcontrail.sdk.vnc.model.PortType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LinkLocalServicesTest {
  static final String OPTION2 = "connectivity: link-local-only\n"
      + "serviceIpPool: 10.10.10.0/24\n"
      + "config:    [192.168.1.100]\n"
      + "analytics: [192.168.1.100, 192.168.1.101]\n"
      + "msgQueue:  [192.168.1.100]\n"
      + "configDb:  [192.168.1.100, 192.168.1.101, 192.168.1.102]\n"
      + "keystone:  [192.168.1.200]\n"
      + "vrouters:  [192.168.1.30, 192.168.1.40, 192.168.1.50]\n";
  static final String OPTION1 = "connectivity: fabric-snat\n"
      + "serviceIps: [10.10.10.5]\n"
      + "nodeNetwork: default-domain:admin:k8s-vm-net\n"
      + "config:    [192.168.1.100]\n"
      + "analytics: [192.168.1.100]\n"
      + "msgQueue:  [192.168.1.100]\n"
      + "configDb:  [192.168.1.100]\n"
      + "keystone:  [192.168.1.200]\n"
      + "vrouters:  [192.168.1.30]\n";
  static final LinklocalServiceEntryType METADATA = entry("metadata", "169.254.169.254", 80, "127.0.0.1", 8775);

  private final ConnectivityLab lab = new ConnectivityLab();
  private final VncClient vnc = lab.client();

  @AfterEach
  void close() {
    vnc.close();
    lab.close();
  }

  static ConnectivityPlan plan(String yaml) {
    return LinkLocalPlanner.plan(UnderlayTopology.parse(yaml));
  }

  @Test
  void apply_option2_writesEverythingInOnePutOfTheChangedFieldsOnly() {
    lab.setEntries(List.of(METADATA));
    lab.api.clearRequests();

    LinkLocalApplyResult result = LinkLocalServices.of(vnc, plan(OPTION2)).apply();

    assertThat(result.writes()).isEqualTo(1);
    assertThat(lab.api.writeCount()).isEqualTo(1);
    RecordedRequest put = lab.api.requests().stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
    assertThat(put.path()).startsWith("/global-vrouter-config/");
    assertThat(put.body()).contains("\"linklocal_services\"", "\"flow_aging_timeout_list\"")
        .doesNotContain("port_translation_pools", "id_perms", "fq_name");
    List<LinklocalServiceEntryType> entries = lab.entries();
    assertThat(entries).hasSize(12);
    assertThat(entries.get(0)).isEqualTo(METADATA);
    assertThat(entries.get(1)).isEqualTo(entry("Contrail Config", "10.10.10.1", 8082, "192.168.1.100", 8082));
    assertThat(lab.vrouterConfig().flowAgingTimeoutList().orElseThrow().flowAgingTimeout())
        .extracting(f -> f.port().orElseThrow()).containsExactly(8082L, 8086L, 5673L, 9161L);
  }

  @Test
  void apply_whenNameExists_updatesThatEntryInPlace() {
    lab.setEntries(List.of(entry("Keystone", "10.10.10.99", 5000, "192.168.1.9", 5000), METADATA));

    LinkLocalServices.of(vnc, plan(OPTION2)).apply();

    assertThat(lab.entries().get(0)).isEqualTo(entry("Keystone", "10.10.10.4", 35357, "192.168.1.200", 35357));
    assertThat(lab.entries().get(1)).isEqualTo(METADATA);
    assertThat(lab.entries()).hasSize(12);
  }

  @Test
  void apply_whenAnotherNameUsesAPlannedIpAndPort_reportsTheConflictAndKeepsBoth() {
    lab.setEntries(List.of(entry("legacy-agent", "10.10.10.5", 9091, "127.0.0.1", 9091)));

    LinkLocalApplyResult result = LinkLocalServices.of(vnc, plan(OPTION1)).apply();

    assertThat(result.change().linkLocal().conflicts()).singleElement()
        .satisfies(c -> assertThat(c.existing().name()).isEqualTo("legacy-agent"));
    assertThat(result.describe()).contains("! conflict: planned entry \"K8s-cni-to-agent\" and existing entry "
        + "\"legacy-agent\" both use 10.10.10.5:9091");
    assertThat(lab.entries()).extracting(e -> e.linklocalServiceName().orElseThrow())
        .containsExactly("legacy-agent", "K8s-cni-to-agent");
  }

  @Test
  void apply_option1_mergesPoolsAndFlowAgingWithoutOverwritingExistingOnes() {
    PortTranslationPool tcp = PortTranslationPool.builder().protocol("tcp").portCount(512L).build();
    FlowAgingTimeout aging = FlowAgingTimeout.builder().protocol("tcp").port(8082L).timeoutInSeconds(600L).build();
    lab.edit(b -> b.portTranslationPools(PortTranslationPools.builder().addPortTranslationPool(tcp).build())
        .flowAgingTimeoutList(FlowAgingTimeoutList.builder().addFlowAgingTimeout(aging).build()));

    LinkLocalServices.of(vnc, plan(OPTION1)).apply();

    GlobalVrouterConfig after = lab.vrouterConfig();
    assertThat(after.portTranslationPools().orElseThrow().portTranslationPool()).containsExactly(tcp,
        PortTranslationPool.builder().protocol("udp")
            .portRange(PortType.builder().startPort(57024L).endPort(58047L).build()).build());
    assertThat(after.flowAgingTimeoutList().orElseThrow().flowAgingTimeout()).first().isEqualTo(aging);
    assertThat(after.flowAgingTimeoutList().orElseThrow().flowAgingTimeout())
        .extracting(f -> f.port().orElseThrow()).containsExactly(8082L, 8086L, 5673L, 9161L);
  }

  @Test
  void builder_withoutClientOrPlan_namesBoth() {
    assertThatThrownBy(() -> LinkLocalServices.builder().build()).isInstanceOf(ValidationException.class)
        .hasMessageContaining("vnc: not set").hasMessageContaining("plan: not set");
  }

  @Test
  void apply_secondTime_makesNoWrite() {
    LinkLocalServices.of(vnc, plan(OPTION1)).apply();
    lab.api.clearRequests();

    LinkLocalApplyResult second = LinkLocalServices.of(vnc, plan(OPTION1)).apply();

    assertThat(lab.api.writeCount()).isZero();
    assertThat(second.writes()).isZero();
    assertThat(second.change().hasChanges()).isFalse();
    assertThat(second.rollback().hasChanges()).isFalse();
  }

  @Test
  void dryRun_writesNothingAndReturnsTheDiff() {
    LinkLocalApplyResult result = LinkLocalServices.of(vnc, plan(OPTION1)).dryRun();

    assertThat(lab.api.writeCount()).isZero();
    assertThat(result.change().linkLocal().toAdd()).hasSize(1);
    assertThat(result.describe()).contains("+ \"K8s-cni-to-agent\" 10.10.10.5:9091 -> 127.0.0.1:9091",
        "+ tcp 56000-57023", "fabric_snat unset -> true", "dry run: nothing written");
    assertThat(lab.entries()).isEmpty();
  }

  @Test
  void apply_whenAnotherWriterAddsAnEntryBetweenReadAndWrite_keepsItAndOurs() {
    LinklocalServiceEntryType theirs = entry("their-service", "169.254.10.10", 443, "192.168.1.10", 443);
    try (ConcurrentWriter writer = new ConcurrentWriter("GET", 1, () -> lab.addEntry(theirs));
        VncClient intercepted = lab.client(writer.http())) {
      LinkLocalApplyResult result = LinkLocalServices.of(intercepted, plan(OPTION1)).apply();

      assertThat(writer.fired()).isTrue();
      assertThat(result.writes()).isEqualTo(1);
      assertThat(result.attempts()).isEqualTo(2);
    }
    assertThat(lab.entries()).extracting(e -> e.linklocalServiceName().orElseThrow())
        .containsExactly("their-service", "K8s-cni-to-agent");
  }

  @Test
  void apply_whenAnotherWriterOverwritesTheListRightAfterOurWrite_mergesAgainAndKeepsBoth() {
    LinklocalServiceEntryType theirs = entry("their-service", "169.254.10.10", 443, "192.168.1.10", 443);
    // provision_linklocal.py style: it read the list before our write and rewrites it whole
    try (ConcurrentWriter writer = new ConcurrentWriter("PUT", 1, () -> lab.setEntries(List.of(theirs)));
        VncClient intercepted = lab.client(writer.http())) {
      LinkLocalApplyResult result = LinkLocalServices.of(intercepted, plan(OPTION1)).apply();

      assertThat(result.writes()).isEqualTo(2);
      assertThat(result.attempts()).isEqualTo(2);
    }
    assertThat(lab.entries()).extracting(e -> e.linklocalServiceName().orElseThrow())
        .containsExactly("their-service", "K8s-cni-to-agent");
  }

  @Test
  void apply_whenOtherWritersNeverStop_givesUpAfterTheBoundedRounds() {
    try (ConcurrentWriter writer = new ConcurrentWriter("GET", Integer.MAX_VALUE,
        () -> lab.addEntry(entry("w" + System.nanoTime(), "169.254.10.10", 443, "192.168.1.10", 443)));
        VncClient intercepted = lab.client(writer.http())) {
      LinkLocalServices services = LinkLocalServices.builder().vnc(intercepted).plan(plan(OPTION1))
          .maxAttempts(3).build();

      assertThatThrownBy(services::apply).isInstanceOf(ContrailClientException.class)
          .hasMessageContaining("3 rounds");
    }
    assertThat(lab.entries()).extracting(e -> e.linklocalServiceName().orElseThrow())
        .doesNotContain("K8s-cni-to-agent");
  }

  @Test
  void rollback_restoresTheExactPreviousListPoolsFlowAgingAndFabricSnat() {
    lab.setEntries(List.of(METADATA, entry("K8s-cni-to-agent", "10.10.10.77", 9091, "127.0.0.1", 9091)));
    GlobalVrouterConfig before = lab.vrouterConfig();
    Optional<Boolean> snatBefore = lab.nodeNetwork().fabricSnat();
    LinkLocalServices services = LinkLocalServices.of(vnc, plan(OPTION1));
    services.apply();
    assertThat(lab.nodeNetwork().fabricSnat()).contains(true);
    assertThat(lab.vrouterConfig().portTranslationPools()).isPresent();

    services.rollback();

    GlobalVrouterConfig after = lab.vrouterConfig();
    assertThat(after.linklocalServices()).isEqualTo(before.linklocalServices());
    assertThat(after.portTranslationPools()).isEmpty();
    assertThat(after.flowAgingTimeoutList()).isEmpty();
    assertThat(lab.nodeNetwork().fabricSnat()).isEqualTo(snatBefore);
  }

  @Test
  void apply_whenAServiceIpBelongsToAnInstanceIp_failsNamingItAndWritesNothing() {
    lab.other.instanceIps().create(InstanceIp.builder().fqName(List.of("vm-iip")).instanceIpAddress("10.10.10.5").build());
    lab.api.clearRequests();

    assertThatThrownBy(() -> LinkLocalServices.of(vnc, plan(OPTION1)).apply())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("serviceIp 10.10.10.5 is in use by instance-ip vm-iip");
    assertThat(lab.api.writeCount()).isZero();
    RecordedRequest list = lab.api.requests().stream().filter(r -> r.path().equals("/instance-ips"))
        .findFirst().orElseThrow();
    assertThat(list.query().get("filters")).containsExactly("instance_ip_address==\"10.10.10.5\"");
  }

  @Test
  void apply_whenAServiceIpIsInUseAndTheCheckWarns_appliesAndWarns() {
    lab.other.instanceIps().create(InstanceIp.builder().fqName(List.of("vm-iip")).instanceIpAddress("10.10.10.5").build());

    LinkLocalApplyResult result = LinkLocalServices.builder().vnc(vnc).plan(plan(OPTION1))
        .serviceIpCheck(ServiceIpCheck.WARN).build().apply();

    assertThat(result.warnings()).singleElement().asString().contains("10.10.10.5", "instance-ip vm-iip");
    assertThat(result.writes()).isEqualTo(1);
  }

  @Test
  void apply_whenAnUnrelatedInstanceIpExists_passesTheCheck() {
    lab.other.instanceIps().create(InstanceIp.builder().fqName(List.of("vm-iip")).instanceIpAddress("10.10.10.6").build());

    assertThat(LinkLocalServices.of(vnc, plan(OPTION1)).apply().writes()).isEqualTo(1);
  }

  @Test
  void apply_whenAServiceIpBelongsToAFloatingIp_fails() {
    List<String> pool = List.of("default-domain", "admin", "k8s-vm-net", "fip-pool");
    lab.other.floatingIpPools().create(FloatingIpPool.builder().fqName(pool).parentType("virtual-network").build());
    List<String> fip = List.of("default-domain", "admin", "k8s-vm-net", "fip-pool", "fip");
    lab.other.floatingIps().create(FloatingIp.builder().fqName(fip).parentType("floating-ip-pool")
        .floatingIpAddress("10.10.10.5").build());

    assertThatThrownBy(() -> LinkLocalServices.of(vnc, plan(OPTION1)).apply())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("serviceIp 10.10.10.5 is in use by floating-ip " + String.join(":", fip));
  }
}
