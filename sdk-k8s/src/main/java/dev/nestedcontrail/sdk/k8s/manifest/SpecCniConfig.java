package dev.nestedcontrail.sdk.k8s.manifest;

import dev.nestedcontrail.sdk.cni.CniNetworkConfig;
import dev.nestedcontrail.sdk.cni.VifType;
import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.ValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link NestedManifest#cniNetworkConfig}: the {@code 10-contrail.conf} that upstream's cni-init
 * entrypoint writes from ConfigMap {@code env} in nested mode. cni-init reads only
 * KUBERNETES_CLUSTER_NAME (image default {@code k8s}), KUBEMANAGER_NESTED_MODE and
 * KUBERNESTES_NESTED_VROUTER_VIP from the manifest; every other key is one of its constants
 * (KUBERNETES_CNI_META_PLUGIN and VROUTER_PORT are not passed, so their defaults apply).
 */
final class SpecCniConfig {
  private static final String IMAGE_CLUSTER_NAME = "k8s";
  private static final String IMAGE_META_PLUGIN = "multus";
  private static final int IMAGE_VROUTER_PORT = 9091;
  private static final Duration IMAGE_POLL_TIMEOUT = Duration.ofSeconds(5);
  private static final int IMAGE_POLL_RETRIES = 15;

  private SpecCniConfig() {}

  static CniNetworkConfig derive(NestedClusterSpec spec, String parentInterface) {
    List<String> problems = new ArrayList<>();
    if (!spec.nestedMode().orElse(false)) {
      problems.add("nestedMode: " + spec.nestedMode().map(m -> "false").orElse("unset")
          + ", but cni-init writes the nested (macvlan) config only when KUBEMANAGER_NESTED_MODE"
          + " is 1; otherwise its pods would use a vrouter agent at 127.0.0.1, which a nested VM"
          + " does not have");
    }
    if (spec.nestedVrouterVip().isEmpty()) {
      problems.add("nestedVrouterVip: unset, but cni-init writes KUBERNESTES_NESTED_VROUTER_VIP"
          + " as the CNI's vrouter-ip (the link-local service IP of the agent's port 9091)");
    }
    ValidationException.throwIfAny("CNI network config of the nested cluster spec", problems);
    return CniNetworkConfig.builder()
        .clusterName(spec.clusterName().orElse(IMAGE_CLUSTER_NAME))
        .mode("k8s")
        .metaPlugin(IMAGE_META_PLUGIN)
        .vifType(VifType.MACVLAN)
        .parentInterface(parentInterface)
        .vrouterIp(spec.nestedVrouterVip().map(Ipv4Address::toString).orElseThrow())
        .vrouterPort(IMAGE_VROUTER_PORT)
        .configDir("/var/lib/contrail/ports/vm")
        .pollTimeout(IMAGE_POLL_TIMEOUT)
        .pollRetries(IMAGE_POLL_RETRIES)
        .logFile("/var/log/contrail/cni/opencontrail.log")
        .logLevel("4")
        .build();
  }
}
