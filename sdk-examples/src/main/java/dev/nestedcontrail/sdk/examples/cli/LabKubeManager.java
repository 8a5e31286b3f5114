package dev.nestedcontrail.sdk.examples.cli;

import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.auth.AuthProvider;
import dev.nestedcontrail.sdk.core.auth.KeystoneClient;
import dev.nestedcontrail.sdk.core.auth.KeystoneV3Password;
import dev.nestedcontrail.sdk.k8s.client.KubernetesClient;
import dev.nestedcontrail.sdk.k8s.connectivity.UnderlayTopology;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManager;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.k8s.manifest.ContrailRef;
import dev.nestedcontrail.sdk.testkit.ContrailLab;
import dev.nestedcontrail.sdk.testkit.FakeKeystone;
import dev.nestedcontrail.sdk.vnc.VncClient;
import java.util.Optional;

/**
 * A nested-mode {@link KubeManager} for a running {@link ContrailLab}: cluster {@code k8s}, the
 * lab's node network as cluster network, its pod, service and ip-fabric subnets, the lab's config
 * API (with the lab's Keystone admin when it checks tokens) and fake Kubernetes API. {@link
 * #close()} stops the kube-manager and the clients it opened, never the lab.
 */
final class LabKubeManager implements AutoCloseable {
  private final Optional<KeystoneClient> keystone;
  private final VncClient vnc;
  private final KubernetesClient kubernetes;
  private final KubeManager manager;

  private LabKubeManager(ContrailLab lab) {
    this.keystone = lab.keystoneAuth()
        ? Optional.of(KeystoneClient.builder().endpoints(Endpoints.parse(lab.keystone().baseUrl()))
            .credentials(KeystoneV3Password.of(FakeKeystone.ADMIN, FakeKeystone.ADMIN,
                FakeKeystone.ADMIN)).build())
        : Optional.empty();
    this.vnc = VncClient.builder().endpoints(Endpoints.parse(lab.baseUrl()))
        .authProvider(keystone.<AuthProvider>map(k -> k).orElseGet(AuthProvider::none)).build();
    this.kubernetes = lab.kubernetesClient();
    this.manager = KubeManager.builder().config(config(lab)).kubernetes(kubernetes).vnc(vnc)
        .build();
  }

  /** Starts a kube-manager on the lab; returns once its initial sync is done. */
  static LabKubeManager start(ContrailLab lab) {
    LabKubeManager started = new LabKubeManager(lab);
    try {
      started.manager.start();
      return started;
    } catch (RuntimeException e) {
      started.close();
      throw e;
    }
  }

  /** The configuration kube-manager gets for the lab's underlay. */
  static KubeManagerConfig config(ContrailLab lab) {
    UnderlayTopology topology = lab.topology();
    String[] network = topology.nodeNetwork().orElseThrow().split(":");
    KubeManagerConfig.Builder b = KubeManagerConfig.builder().nestedMode(true)
        .clusterNetwork(ContrailRef.network(network[0], network[1], network[2]))
        .vncEndpoints(Endpoints.parse(lab.baseUrl()))
        .kubernetesApiServer("127.0.0.1").kubernetesApiPort(lab.kubernetes().port());
    topology.podSubnet().ifPresent(b::addPodSubnets);
    topology.serviceSubnet().ifPresent(b::addServiceSubnets);
    topology.ipFabricSubnet().ifPresent(b::addIpFabricSubnets);
    if (lab.keystoneAuth()) {
      b.authTokenUrl(lab.keystone().v3Url() + "/auth/tokens");
    }
    return b.build();
  }

  @Override
  public void close() {
    manager.close();
    kubernetes.close();
    vnc.close();
    keystone.ifPresent(KeystoneClient::close);
  }
}
