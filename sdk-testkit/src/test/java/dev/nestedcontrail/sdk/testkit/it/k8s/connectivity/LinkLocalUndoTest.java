package dev.nestedcontrail.sdk.testkit.it.k8s.connectivity;

import static dev.nestedcontrail.sdk.testkit.it.k8s.connectivity.ConnectivityLab.entry;
import static dev.nestedcontrail.sdk.testkit.it.k8s.connectivity.LinkLocalServicesTest.METADATA;
import static dev.nestedcontrail.sdk.testkit.it.k8s.connectivity.LinkLocalServicesTest.OPTION1;
import static dev.nestedcontrail.sdk.testkit.it.k8s.connectivity.LinkLocalServicesTest.OPTION2;
import static dev.nestedcontrail.sdk.testkit.it.k8s.connectivity.LinkLocalServicesTest.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalApplyResult;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalServices;
import dev.nestedcontrail.sdk.k8s.connectivity.VrouterConfigRollback;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.model.GlobalVrouterConfig;
import dev.nestedcontrail.sdk.vnc.model.LinklocalServiceEntryType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rollback without a rollback record ({@link LinkLocalServices#undo()}) and the record's checks. */
class LinkLocalUndoTest {
  private final ConnectivityLab lab = new ConnectivityLab();
  private final VncClient vnc = lab.client();

  @AfterEach
  void close() {
    vnc.close();
    lab.close();
  }

  @Test
  void undo_removesOnlyEntriesExactlyAsPlannedInOneWriteAndKeepsChangedAndOtherOnes() {
    lab.setEntries(List.of(METADATA));
    LinkLocalServices.of(vnc, plan(OPTION2)).apply();
    LinklocalServiceEntryType changed = entry("Keystone", "10.10.10.4", 35357, "192.168.1.201", 35357);
    List<LinklocalServiceEntryType> edited = new ArrayList<>(lab.entries());
    edited.replaceAll(e -> e.linklocalServiceName().orElseThrow().equals("Keystone") ? changed : e);
    lab.setEntries(edited);
    GlobalVrouterConfig before = lab.vrouterConfig();
    lab.api.clearRequests();

    LinkLocalApplyResult result = LinkLocalServices.of(vnc, plan(OPTION2)).undo();

    assertThat(lab.api.writeCount()).isEqualTo(1);
    assertThat(result.writes()).isEqualTo(1);
    assertThat(lab.entries()).containsExactly(METADATA, changed);
    assertThat(result.change().linkLocal().toRemove()).hasSize(10);
    assertThat(result.describe()).contains("10 to remove, 1 changed since planned (kept), 1 other entries kept",
        "- \"Contrail Config\" 10.10.10.1:8082 -> 192.168.1.100:8082",
        "= kept \"Keystone\" 10.10.10.4:35357 -> 192.168.1.201:35357");
    assertThat(lab.vrouterConfig().flowAgingTimeoutList()).isEqualTo(before.flowAgingTimeoutList());
  }

  @Test
  void undo_option1_leavesFabricSnatPoolsAndFlowAgingAlone() {
    LinkLocalServices.of(vnc, plan(OPTION1)).apply();
    GlobalVrouterConfig applied = lab.vrouterConfig();
    lab.api.clearRequests();

    LinkLocalServices.of(vnc, plan(OPTION1)).undo();

    assertThat(lab.api.writeCount()).isEqualTo(1);
    assertThat(lab.entries()).isEmpty();
    GlobalVrouterConfig after = lab.vrouterConfig();
    assertThat(after.portTranslationPools()).isEqualTo(applied.portTranslationPools()).isPresent();
    assertThat(after.flowAgingTimeoutList()).isEqualTo(applied.flowAgingTimeoutList()).isPresent();
    assertThat(lab.nodeNetwork().fabricSnat()).contains(true);
  }

  @Test
  void undoDryRun_writesNothingAndTellsWhatWouldGo() {
    LinkLocalServices.of(vnc, plan(OPTION1)).apply();
    lab.api.clearRequests();

    LinkLocalApplyResult result = LinkLocalServices.of(vnc, plan(OPTION1)).undoDryRun();

    assertThat(lab.api.writeCount()).isZero();
    assertThat(result.describe()).contains("1 to remove", "- \"K8s-cni-to-agent\"", "dry run: nothing written");
    assertThat(lab.entries()).hasSize(1);
  }

  @Test
  void undo_secondTime_writesNothing() {
    lab.setEntries(List.of(METADATA));
    LinkLocalServices.of(vnc, plan(OPTION2)).apply();
    LinkLocalServices.of(vnc, plan(OPTION2)).undo();
    lab.api.clearRequests();

    LinkLocalApplyResult second = LinkLocalServices.of(vnc, plan(OPTION2)).undo();

    assertThat(lab.api.writeCount()).isZero();
    assertThat(second.change().hasChanges()).isFalse();
    assertThat(lab.entries()).containsExactly(METADATA);
  }

  @Test
  void rollback_fromParsedRecordTwice_restoresExactlyThenWritesNothing() {
    lab.setEntries(List.of(METADATA));
    GlobalVrouterConfig before = lab.vrouterConfig();
    VrouterConfigRollback record = VrouterConfigRollback.parse(
        LinkLocalServices.of(vnc, plan(OPTION1)).apply().rollback().toJson());
    LinkLocalServices services = LinkLocalServices.of(vnc, plan(OPTION1));
    services.checkRollback(record);
    assertThat(LinkLocalServices.describeRollback(vnc, record)).contains("linklocal_services: 2 entries -> 1",
        "port_translation_pools: 2 pools -> 0", "fabric_snat true -> unset");

    LinkLocalServices.rollback(vnc, record);
    lab.api.clearRequests();
    LinkLocalServices.rollback(vnc, record);

    assertThat(lab.api.writeCount()).isZero();
    assertThat(lab.vrouterConfig().linklocalServices()).isEqualTo(before.linklocalServices());
    assertThat(lab.vrouterConfig().portTranslationPools()).isEmpty();
    assertThat(LinkLocalServices.describeRollback(vnc, record)).isEqualTo("global-vrouter-config: no changes\n");
  }

  @Test
  void checkRollback_whenTheRecordIsForAnotherConfigApiAndNetwork_namesBoth() {
    VrouterConfigRollback record;
    try (ConnectivityLab elsewhere = new ConnectivityLab(); VncClient there = elsewhere.client()) {
      record = LinkLocalServices.of(there, plan(OPTION1)).apply().rollback();
    }

    assertThatThrownBy(() -> LinkLocalServices.of(vnc, plan(OPTION2)).checkRollback(record))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("global-vrouter-config uuid: " + record.before().uuid().orElseThrow())
        .hasMessageContaining("fabricSnat network: default-domain:admin:k8s-vm-net is not the plan's");
  }
}
