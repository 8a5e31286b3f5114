package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.k8s.manifest.AuthMode;
import dev.nestedcontrail.sdk.k8s.manifest.NestedClusterSpec;
import java.util.List;

/**
 * What the kube-manager container's entrypoint writes into {@code contrail-kubernetes.conf} for a
 * spec (contrail-internals §1.3): the container defaults for unset subnets, the config API VIP or
 * the config nodes on port 8082, a Keystone v3 token URL when the spec uses Keystone.
 */
public final class ConfigFromSpec {
  private static final Ipv4Cidr POD_SUBNET = Ipv4Cidr.of("10.32.0.0/12");
  private static final Ipv4Cidr IP_FABRIC_SUBNET = Ipv4Cidr.of("10.64.0.0/12");
  private static final Ipv4Cidr SERVICE_SUBNET = Ipv4Cidr.of("10.96.0.0/12");
  private static final int CONFIG_API_PORT = 8082;

  private ConfigFromSpec() {}

  public static KubeManagerConfig from(NestedClusterSpec spec) {
    KubeManagerConfig.Builder b = KubeManagerConfig.builder()
        .clusterName(spec.clusterName().orElse("k8s"))
        .nestedMode(spec.nestedMode().orElse(false))
        .ipFabricForwarding(spec.ipFabricForwarding().orElse(false))
        .ipFabricSnat(spec.ipFabricSnat().orElse(false))
        .addAllPodSubnets(orDefault(spec.podSubnets(), POD_SUBNET))
        .addAllIpFabricSubnets(orDefault(spec.ipFabricSubnets(), IP_FABRIC_SUBNET))
        .addAllServiceSubnets(orDefault(spec.serviceSubnets(), SERVICE_SUBNET))
        .kubernetesApiServer(spec.kubernetesApiServer())
        .kubernetesApiSecurePort(spec.kubernetesApiSecurePort())
        .vncEndpoints(vncEndpoints(spec));
    spec.clusterNetwork().ifPresent(b::clusterNetwork);
    spec.publicFipPool().ifPresent(b::publicFipPool);
    if (spec.authMode() == AuthMode.KEYSTONE) {
      String host = spec.keystoneAuthHost().orElse("127.0.0.1");
      int port = spec.keystoneAdminPort().orElse(35357);
      String version = spec.keystoneUrlVersion().orElse("/v3");
      String tokens = version.equals("/v2.0") ? "/v2.0/tokens" : version + "/auth/tokens";
      b.authTokenUrl("http://" + host + ":" + port + tokens);
      spec.keystoneAdminUser().ifPresent(b::authUser);
      spec.keystoneAdminPassword().ifPresent(b::authPassword);
      spec.keystoneAdminTenant().ifPresent(b::authTenant);
    }
    return b.build();
  }

  private static Endpoints vncEndpoints(NestedClusterSpec spec) {
    List<Ipv4Address> hosts = spec.configApiVip().map(List::of).orElse(spec.configNodes());
    return Endpoints.of(hosts.stream()
        .map(h -> Endpoint.of("http", h.toString(), CONFIG_API_PORT)).toList());
  }

  private static List<Ipv4Cidr> orDefault(List<Ipv4Cidr> subnets, Ipv4Cidr fallback) {
    return subnets.isEmpty() ? List.of(fallback) : subnets;
  }
}
