package dev.nestedcontrail.sdk.testkit.it.k8s.connectivity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.k8s.connectivity.FabricSnat;
import dev.nestedcontrail.sdk.k8s.connectivity.FabricSnatChange;
import dev.nestedcontrail.sdk.testkit.RecordedRequest;
import dev.nestedcontrail.sdk.vnc.VncClient;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FabricSnatTest {
  private static final String NETWORK = "default-domain:admin:k8s-vm-net";

  private final ConnectivityLab lab = new ConnectivityLab();
  private final VncClient vnc = lab.client();

  @AfterEach
  void close() {
    vnc.close();
    lab.close();
  }

  @Test
  void apply_setsFabricSnatWithOnePutOfThatFieldOnly() {
    FabricSnatChange change = FabricSnat.of(vnc, NETWORK).apply();

    assertThat(change.written()).isTrue();
    assertThat(lab.nodeNetwork().fabricSnat()).contains(true);
    assertThat(lab.api.writeCount()).isEqualTo(1);
    RecordedRequest put = lab.api.requests().stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
    assertThat(put.path()).isEqualTo("/virtual-network/" + change.networkUuid());
    assertThat(put.body()).isEqualTo("{\"virtual-network\":{\"fabric_snat\":true}}");
  }

  @Test
  void apply_secondTime_writesNothing() {
    FabricSnat.of(vnc, NETWORK).apply();
    lab.api.clearRequests();

    FabricSnatChange second = FabricSnat.of(vnc, NETWORK).apply();

    assertThat(second.written()).isFalse();
    assertThat(second.previous()).contains(true);
    assertThat(second.describe()).isEqualTo("virtual-network " + NETWORK + ": fabric_snat already true");
    assertThat(lab.api.writeCount()).isZero();
  }

  @Test
  void rollback_restoresThePreviousValue() {
    Optional<Boolean> before = lab.nodeNetwork().fabricSnat();
    FabricSnat snat = FabricSnat.of(vnc, NETWORK);
    FabricSnatChange change = snat.apply();

    snat.rollback(change);

    assertThat(lab.nodeNetwork().fabricSnat()).isEqualTo(before);
    assertThat(change.previous()).isEqualTo(before);
  }

  @Test
  void diff_writesNothing() {
    FabricSnatChange change = FabricSnat.of(vnc, NETWORK).diff();

    assertThat(change.written()).isFalse();
    assertThat(lab.api.writeCount()).isZero();
    assertThat(lab.nodeNetwork().fabricSnat()).isNotEqualTo(Optional.of(true));
  }
}
