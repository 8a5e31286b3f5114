package dev.nestedcontrail.sdk.testkit.it.k8s.kubemanager;

import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.k8s.client.KubernetesClient;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManager;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.k8s.manifest.ContrailRef;
import dev.nestedcontrail.sdk.testkit.FakeConfigApi;
import dev.nestedcontrail.sdk.testkit.FakeKubernetesApi;
import dev.nestedcontrail.sdk.testkit.FakeNode;
import dev.nestedcontrail.sdk.vnc.ListQuery;
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
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/**
 * A fake Kubernetes API with nodes, a fake config API with the underlay of a nested cluster
 * (project {@code k8s-nested}, network {@code k8s-vm-net}, one VM + VMI with a {@code host_id}
 * binding + instance-ip per node, one virtual-router per node), and kube-managers of it.
 */
abstract class KubeManagerHarness {
  static final List<String> PROJECT = List.of("default-domain", "k8s-nested");
  static final List<String> CLUSTER_NETWORK = List.of("default-domain", "k8s-nested", "k8s-vm-net");
  static final Map<String, String> NODES = Map.of("node-a", "192.168.10.11",
      "node-b.lab.example", "192.168.10.12");
  /** A VM of the underlay that is not (yet) a Kubernetes node. */
  static final Map<String, String> LATE_NODE = Map.of("node-c", "192.168.10.13");

  final FakeConfigApi config = FakeConfigApi.start();
  final FakeKubernetesApi kube;
  final VncClient vnc = VncClient.builder().endpoints(Endpoints.parse(config.baseUrl())).build();
  final KubernetesClient k8s;
  final Map<String, String> parentVmis = new LinkedHashMap<>();
  final Map<String, String> vrouters = new LinkedHashMap<>();

  KubeManagerHarness() {
    FakeKubernetesApi.Builder b = FakeKubernetesApi.builder();
    NODES.forEach((name, ip) -> b.node(FakeNode.of(name, ip)));
    kube = b.start();
    k8s = KubernetesClient.builder().server(kube.baseUrl()).build();
    buildUnderlay();
  }

  @AfterEach
  void closeAll() {
    k8s.close();
    vnc.close();
    kube.close();
    config.close();
  }

  KubeManagerConfig kubeManagerConfig() {
    return KubeManagerConfig.builder().clusterName("blue").nestedMode(true)
        .clusterNetwork(ContrailRef.network("default-domain", "k8s-nested", "k8s-vm-net"))
        .addPodSubnets(Ipv4Cidr.of("10.32.0.0/12")).addServiceSubnets(Ipv4Cidr.of("10.96.0.0/12"))
        .addIpFabricSubnets(Ipv4Cidr.of("10.64.0.0/12"))
        .vncEndpoints(Endpoints.parse(config.baseUrl()))
        .resyncInterval(Duration.ofHours(1)).workerCount(4).build();
  }

  KubeManager startKubeManager() {
    return startKubeManager(kubeManagerConfig(), "only");
  }

  KubeManager startKubeManager(KubeManagerConfig config, String identity) {
    KubeManager manager = KubeManager.builder().config(config).kubernetes(k8s).vnc(vnc)
        .identity(identity).build();
    manager.start();
    return manager;
  }

  private void buildUnderlay() {
    vnc.resources(Project.class).create(Project.builder().fqName(PROJECT).parentType("domain")
        .build());
    VirtualNetwork network = vnc.resources(VirtualNetwork.class).create(VirtualNetwork.builder()
        .fqName(CLUSTER_NETWORK).parentType("project")
        .addNetworkIpamRefs(Reference.<VnSubnetsType>builder()
            .to(List.of("default-domain", "default-project", "default-network-ipam"))
            .attr(VnSubnetsType.builder().addIpamSubnets(IpamSubnetType.builder()
                .subnet(SubnetType.builder().ipPrefix("192.168.10.0").ipPrefixLen(24L).build())
                .build()).build()).build()).build());
    Map<String, String> hosts = new LinkedHashMap<>(NODES);
    hosts.putAll(LATE_NODE);
    hosts.forEach((host, ip) -> addUnderlayHost(host, ip, network.uuid().orElseThrow()));
  }

  /** A node VM of the underlay: VM, VMI with a {@code host_id} binding, instance-ip, vrouter. */
  void addUnderlayHost(String host, String ip, String networkUuid) {
    String vmUuid = vnc.resources(VirtualMachine.class).create(VirtualMachine.builder()
        .fqName(List.of("vm-" + host)).build()).uuid().orElseThrow();
    VirtualMachineInterface vmi = vnc.resources(VirtualMachineInterface.class).create(
        VirtualMachineInterface.builder().fqName(child(PROJECT, "port-" + host))
            .parentType("project")
            .addVirtualNetworkRefs(Reference.toUuid(networkUuid))
            .addVirtualMachineRefs(Reference.toUuid(vmUuid))
            .virtualMachineInterfaceBindings(KeyValuePairs.builder().addKeyValuePair(
                KeyValuePair.builder().key("host_id").value(shortOrLong(host)).build())
                .build()).build());
    vnc.resources(InstanceIp.class).create(InstanceIp.builder().fqName(List.of("iip-" + host))
        .instanceIpAddress(ip)
        .addVirtualNetworkRefs(Reference.toUuid(networkUuid))
        .addVirtualMachineInterfaceRefs(Reference.toUuid(vmi.uuid().orElseThrow())).build());
    parentVmis.put(ip, vmi.uuid().orElseThrow());
    String router = host.contains(".") ? host : host + ".lab.example";
    vrouters.put(ip, vnc.resources(VirtualRouter.class).create(VirtualRouter.builder()
        .fqName(List.of("default-global-system-config", router))
        .parentType("global-system-config").virtualRouterIpAddress(ip).build())
        .uuid().orElseThrow());
  }

  /** node-a's binding is short while its vrouter is an FQDN; node-b's is the reverse. */
  private static String shortOrLong(String host) {
    return host.contains(".") ? host.substring(0, host.indexOf('.')) : host;
  }

  static List<String> child(List<String> parent, String name) {
    return java.util.stream.Stream.concat(parent.stream(), java.util.stream.Stream.of(name))
        .toList();
  }

  KubernetesObject createPod(String namespace, String name, Map<String, String> labels) {
    return createPod(namespace, name, labels, Map.of());
  }

  /** A pod with extra spec fields such as {@code nodeName} or {@code hostNetwork}. */
  KubernetesObject createPod(String namespace, String name, Map<String, String> labels,
      Map<String, Object> spec) {
    return createPod(namespace, name, labels, spec, Map.of());
  }

  /** A pod with extra spec fields and annotations. */
  KubernetesObject createPod(String namespace, String name, Map<String, String> labels,
      Map<String, Object> spec, Map<String, String> annotations) {
    Map<String, Object> fullSpec = new LinkedHashMap<>(spec);
    fullSpec.put("containers", List.of(Map.of("name", "c", "image", "busybox")));
    return kube.create(KubernetesObject.of(Map.of("apiVersion", "v1", "kind", "Pod",
        "metadata", Map.of("name", name, "namespace", namespace, "labels", labels,
            "annotations", annotations),
        "spec", fullSpec)));
  }

  /** Replaces the labels of an existing pod. */
  void relabel(String namespace, String name, Map<String, String> labels) {
    KubernetesObject pod = k8s.resources("v1", "Pod").inNamespace(namespace).get(name)
        .orElseThrow();
    Map<String, Object> content = new LinkedHashMap<>(pod.content());
    @SuppressWarnings("unchecked")
    Map<String, Object> metadata = new LinkedHashMap<>((Map<String, Object>) content.get("metadata"));
    metadata.put("labels", labels);
    content.put("metadata", metadata);
    k8s.replace(KubernetesObject.of(content));
  }

  void deletePod(String namespace, String name) {
    k8s.resources("v1", "Pod").inNamespace(namespace).deleteIfExists(name);
  }

  void createNamespace(String name) {
    createNamespace(name, Map.of());
  }

  void createNamespace(String name, Map<String, String> annotations) {
    kube.create(KubernetesObject.of(Map.of("apiVersion", "v1", "kind", "Namespace",
        "metadata", Map.of("name", name, "annotations", annotations))));
  }

  <T extends VncResource> List<T> all(Class<T> type) {
    return vnc.resources(type).list(ListQuery.builder().detail(true).build());
  }

  /** The pod VMs of this cluster (VMs with owner k8s and cluster blue). */
  List<VirtualMachine> podVms() {
    return all(VirtualMachine.class).stream().filter(vm -> vm.annotations().stream()
        .flatMap(a -> a.keyValuePair().stream())
        .anyMatch(p -> p.key().orElse("").equals("cluster") && p.value().orElse("")
            .equals("blue"))).toList();
  }

  /** The instance-ip of the pod with this name, once it has one. */
  java.util.Optional<InstanceIp> podIp(String pod) {
    return all(InstanceIp.class).stream().filter(i -> i.fqName().get(0).startsWith(pod + "__"))
        .findFirst();
  }

  /** Pod sub-interface VMIs (those with a VLAN tag). */
  List<VirtualMachineInterface> subInterfaces() {
    return all(VirtualMachineInterface.class).stream().filter(v -> v
        .virtualMachineInterfaceProperties().flatMap(p -> p.subInterfaceVlanTag()).isPresent())
        .toList();
  }

  /** The VLAN of each pod's sub-interface, by pod name. */
  Map<String, Long> vlansByPod() {
    Map<String, Long> result = new java.util.TreeMap<>();
    for (VirtualMachineInterface vmi : subInterfaces()) {
      String name = vmi.fqName().get(2);
      result.put(name.substring(0, name.indexOf("__")), vmi.virtualMachineInterfaceProperties()
          .flatMap(p -> p.subInterfaceVlanTag()).orElseThrow());
    }
    return result;
  }

  /** Waits until the manager is idle with {@code count} pod sub-interfaces. */
  void awaitWired(dev.nestedcontrail.sdk.k8s.kubemanager.KubeManager manager, int count) {
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
        .until(() -> manager.awaitIdle(Duration.ofSeconds(1)) && subInterfaces().size() == count);
  }
}
