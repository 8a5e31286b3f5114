package dev.nestedcontrail.sdk.k8s.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.cni.CniNetworkConfig;
import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link NestedManifest#cniNetworkConfig}: what cni-init writes from ConfigMap env. */
class NestedCniNetworkConfigTest {
  private static final NestedClusterSpec NESTED = NestedClusterSpec.builder()
      .contrailRegistry("hub.example.net/contrail").kubernetesApiServer("192.168.100.5")
      .addControllerNodes(Ipv4Address.of("10.10.10.1")).nestedMode(true)
      .nestedVrouterVip(Ipv4Address.of("10.10.10.7")).clusterName("blue").build();

  @Test
  void cniNetworkConfig_nestedSpec_isCniInitsMacvlanFile() {
    String json = NestedManifest.cniNetworkConfig(NESTED, "ens3").toJson();

    assertThat(json).isEqualTo(String.join("\n", "{",
        "   \"cniVersion\": \"0.3.1\",",
        "   \"contrail\" : {",
        "       \"cluster-name\"      : \"blue\",",
        "       \"mode\"              : \"k8s\",",
        "       \"meta-plugin\"       : \"multus\",",
        "       \"vif-type\"          : \"macvlan\",",
        "       \"parent-interface\"  : \"ens3\",",
        "       \"vrouter-ip\"        : \"10.10.10.7\",",
        "       \"vrouter-port\"      : 9091,",
        "       \"config-dir\"        : \"/var/lib/contrail/ports/vm\",",
        "       \"poll-timeout\"      : 5,",
        "       \"poll-retries\"      : 15,",
        "       \"log-file\"          : \"/var/log/contrail/cni/opencontrail.log\",",
        "       \"log-level\"         : \"4\"",
        "   },",
        "   \"name\": \"contrail-k8s-cni\",",
        "   \"type\": \"contrail-k8s-cni\"",
        "}", "", ""));
  }

  @Test
  void cniNetworkConfig_withoutClusterName_usesTheImageDefault() {
    NestedClusterSpec spec =
        NestedClusterSpec.builder().from(NESTED).clusterName(Optional.empty()).build();

    CniNetworkConfig cni = NestedManifest.cniNetworkConfig(spec, "eth0");

    assertThat(cni.clusterName()).contains("k8s");
  }

  @Test
  void cniNetworkConfig_notNestedAndWithoutVip_listsBothProblems() {
    NestedClusterSpec spec = NestedClusterSpec.builder().from(NESTED)
        .nestedMode(Optional.empty()).nestedVrouterVip(Optional.empty()).build();

    assertThatThrownBy(() -> NestedManifest.cniNetworkConfig(spec, "eth0"))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).problems()).asList().hasSize(2)
        .anySatisfy(p -> assertThat(p.toString()).startsWith("nestedMode: unset, but cni-init"))
        .anySatisfy(p -> assertThat(p.toString()).startsWith("nestedVrouterVip: unset"));
  }

  @Test
  void cniNetworkConfig_nestedModeOff_isRejected() {
    NestedClusterSpec spec = NestedClusterSpec.builder().from(NESTED).nestedMode(false).build();

    assertThatThrownBy(() -> NestedManifest.cniNetworkConfig(spec, "eth0"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("nestedMode: false");
  }

  @Test
  void cniNetworkConfig_badParentInterface_isRejected() {
    assertThatThrownBy(() -> NestedManifest.cniNetworkConfig(NESTED, "eth0/../x"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("parent-interface");
  }
}
