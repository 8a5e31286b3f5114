package dev.nestedcontrail.sdk.cni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.cni.dataplane.DataPlaneException;
import dev.nestedcontrail.sdk.cni.dataplane.IprouteDataPlane;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IprouteDataPlaneTest {
  IprouteDataPlane dataPlane = IprouteDataPlane.builder().build();

  @Test
  void aCommandThatHangs_isKilledAfterTheTimeout(@TempDir Path tmp) throws Exception {
    Path hanging = tmp.resolve("ip");
    Files.writeString(hanging, "#!/bin/sh\nexec sleep 30\n");
    Files.setPosixFilePermissions(hanging, PosixFilePermissions.fromString("rwx------"));
    IprouteDataPlane slow = IprouteDataPlane.builder().ipCommand(hanging.toString())
        .commandTimeout(Duration.ofMillis(300)).build();
    long start = System.nanoTime();

    assertThatThrownBy(() -> slow.linkExists("eth0"))
        .isInstanceOfSatisfying(DataPlaneException.class, e -> {
          assertThat(e.command()).isEqualTo(hanging + " -j link show dev eth0");
          assertThat(e.getMessage()).contains("did not finish within 300 ms");
        });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void deleteLink_ofAMissingLink_returnsFalse() {
    try (HostNetwork host = HostNetwork.requireRoot()) {
      assertThat(dataPlane.deleteLink("nx" + host.suffix)).isFalse();
      assertThat(dataPlane.linkExists("nx" + host.suffix)).isFalse();
    }
  }

  @Test
  void createMacvlan_intoAMissingNamespace_failsNamingTheCommandAndItsError() {
    try (HostNetwork host = HostNetwork.requireRoot()) {
      String parent = host.parentInterface();
      String missing = "/var/run/netns/missing" + host.suffix;

      assertThatThrownBy(() -> dataPlane.createMacvlan(parent, "mt" + host.suffix, missing, "eth0"))
          .isInstanceOfSatisfying(DataPlaneException.class, e -> {
            assertThat(e.command()).isEqualTo("ip link add link " + parent + " name mt"
                + host.suffix + " netns " + missing + " type macvlan mode vepa");
            assertThat(e.stderr()).isNotBlank();
            assertThat(e.getMessage()).contains(e.command(), e.stderr());
          });
      assertThat(host.linkExists("mt" + host.suffix)).isFalse();
    }
  }

  @Test
  void inspect_ofAMissingNamespaceOrInterface_isEmpty() {
    try (HostNetwork host = HostNetwork.requireRoot()) {
      String netns = host.namespace("insp");
      assertThat(dataPlane.inspect(netns, "eth9")).isEmpty();
      assertThat(dataPlane.inspect("/var/run/netns/none" + host.suffix, "eth0")).isEmpty();
      assertThat(dataPlane.namespaceExists(netns)).isTrue();
    }
  }
}
