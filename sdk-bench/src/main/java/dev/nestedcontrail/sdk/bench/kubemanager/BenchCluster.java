package dev.nestedcontrail.sdk.bench.kubemanager;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.testkit.FakeKubernetesApi;
import dev.nestedcontrail.sdk.testkit.FakeNode;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.IpamSubnetType;
import dev.nestedcontrail.sdk.vnc.model.KeyValuePair;
import dev.nestedcontrail.sdk.vnc.model.KeyValuePairs;
import dev.nestedcontrail.sdk.vnc.model.Project;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.SubnetType;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachine;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import dev.nestedcontrail.sdk.vnc.model.VirtualRouter;
import dev.nestedcontrail.sdk.vnc.model.VnSubnetsType;
import java.util.List;
import java.util.Map;

/**
 * What the benchmark puts on the fakes: {@code nodes} Kubernetes nodes, and in the config API their
 * underlay in network {@code default-domain:k8s-nested:k8s-vm-net} (per node a VM, a VMI with a
 * {@code host_id} binding, an instance-ip and a virtual-router); then namespaces {@code ns-<i>}
 * and pods {@code pod-<i>} bound round-robin to the nodes.
 */
final class BenchCluster {
  static final List<String> PROJECT = List.of("default-domain", "k8s-nested");
  static final List<String> NETWORK = List.of("default-domain", "k8s-nested", "k8s-vm-net");

  private BenchCluster() {}

  static String nodeName(int n) {
    return "node-" + n;
  }

  static String nodeIp(int n) {
    return "192.168." + (1 + n / 250) + "." + (1 + n % 250);
  }

  static void addNodes(FakeKubernetesApi.Builder kube, int nodes) {
    for (int n = 0; n < nodes; n++) {
      kube.node(FakeNode.of(nodeName(n), nodeIp(n)));
    }
  }

  static void buildUnderlay(VncClient vnc, int nodes) {
    vnc.resources(Project.class).create(Project.builder().fqName(PROJECT).parentType("domain")
        .build());
    String network = vnc.resources(VirtualNetwork.class).create(VirtualNetwork.builder()
        .fqName(NETWORK).parentType("project")
        .addNetworkIpamRefs(Reference.<VnSubnetsType>builder()
            .to(List.of("default-domain", "default-project", "default-network-ipam"))
            .attr(VnSubnetsType.builder().addIpamSubnets(IpamSubnetType.builder()
                .subnet(SubnetType.builder().ipPrefix("192.168.0.0").ipPrefixLen(16L).build())
                .build()).build()).build()).build()).uuid().orElseThrow();
    for (int n = 0; n < nodes; n++) {
      String host = nodeName(n);
      String vm = vnc.resources(VirtualMachine.class).create(VirtualMachine.builder()
          .fqName(List.of("vm-" + host)).build()).uuid().orElseThrow();
      String vmi = vnc.resources(VirtualMachineInterface.class).create(VirtualMachineInterface
          .builder().fqName(List.of("default-domain", "k8s-nested", "port-" + host))
          .parentType("project").addVirtualNetworkRefs(Reference.toUuid(network))
          .addVirtualMachineRefs(Reference.toUuid(vm))
          .virtualMachineInterfaceBindings(KeyValuePairs.builder().addKeyValuePair(
              KeyValuePair.builder().key("host_id").value(host).build()).build())
          .build()).uuid().orElseThrow();
      vnc.resources(InstanceIp.class).create(InstanceIp.builder().fqName(List.of("iip-" + host))
          .instanceIpAddress(nodeIp(n)).addVirtualNetworkRefs(Reference.toUuid(network))
          .addVirtualMachineInterfaceRefs(Reference.toUuid(vmi)).build());
      vnc.resources(VirtualRouter.class).create(VirtualRouter.builder()
          .fqName(List.of("default-global-system-config", host))
          .parentType("global-system-config").virtualRouterIpAddress(nodeIp(n)).build());
    }
  }

  /** Creates the namespaces, then the pods, straight in the fake's store (no HTTP). */
  static void createPods(FakeKubernetesApi kube, int pods, int namespaces, int nodes) {
    for (int ns = 0; ns < namespaces; ns++) {
      kube.create(KubernetesObject.of(Map.of("apiVersion", "v1", "kind", "Namespace",
          "metadata", Map.of("name", "ns-" + ns))));
    }
    for (int i = 0; i < pods; i++) {
      kube.create(KubernetesObject.of(Map.of("apiVersion", "v1", "kind", "Pod",
          "metadata", Map.of("name", "pod-" + i, "namespace", "ns-" + (i % namespaces),
              "labels", Map.of("app", "bench")),
          "spec", Map.of("nodeName", nodeName(i % nodes),
              "containers", List.of(Map.of("name", "c", "image", "busybox"))))));
    }
  }
}
