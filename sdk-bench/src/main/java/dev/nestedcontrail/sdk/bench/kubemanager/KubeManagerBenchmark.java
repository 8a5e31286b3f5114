package dev.nestedcontrail.sdk.bench.kubemanager;

import dev.nestedcontrail.sdk.bench.Ticker;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.k8s.client.KubernetesClient;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManager;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerMetrics;
import dev.nestedcontrail.sdk.k8s.manifest.ContrailRef;
import dev.nestedcontrail.sdk.testkit.FakeConfigApi;
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
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Starts a fake Kubernetes API with the nodes and a fake config API with their underlay (one VM,
 * VMI with a {@code host_id} binding, instance-ip and virtual-router per node), starts a
 * KubeManager, then creates the namespaces and pods and measures until every pod has its
 * instance-ip and the manager is idle.
 */
public final class KubeManagerBenchmark {
  private static final List<String> PROJECT = List.of("default-domain", "k8s-nested");
  private static final Duration POLL = Duration.ofMillis(20);

  private final KubeManagerBenchSettings settings;
  private final Ticker ticker;

  public KubeManagerBenchmark(KubeManagerBenchSettings settings, Ticker ticker) {
    this.settings = settings;
    this.ticker = ticker;
  }

  public KubeManagerBenchReport run() {
    FakeKubernetesApi.Builder kubeBuilder = FakeKubernetesApi.builder().historyLimit(
        settings.pods() * 4 + 1000).podCidr("10.200.0.0/16");
    for (int n = 0; n < settings.nodes(); n++) {
      kubeBuilder.node(FakeNode.of("node-" + n, nodeIp(n)));
    }
    try (FakeConfigApi config = FakeConfigApi.start();
        FakeKubernetesApi kube = kubeBuilder.start();
        VncClient vnc = VncClient.builder().endpoints(Endpoints.parse(config.baseUrl())).build();
        KubernetesClient k8s = KubernetesClient.builder().server(kube.baseUrl()).build()) {
      buildUnderlay(vnc);
      resetPeakHeap();
      try (KubeManager manager = KubeManager.builder().config(config(config)).kubernetes(k8s)
          .vnc(vnc).build()) {
        manager.start();
        KubeManagerMetrics before = manager.metrics();
        long start = ticker.nanos();
        for (int ns = 0; ns < settings.namespaces(); ns++) {
          kube.create(KubernetesObject.of(Map.of("apiVersion", "v1", "kind", "Namespace",
              "metadata", Map.of("name", "ns-" + ns))));
        }
        for (int i = 0; i < settings.pods(); i++) {
          kube.create(pod(i));
        }
        int expected = settings.nodes() + settings.pods();
        long cap = start + settings.timeCap().toNanos();
        while (config.count("instance-ip") < expected && ticker.nanos() < cap) {
          LockSupport.parkNanos(POLL.toNanos());
        }
        boolean converged = config.count("instance-ip") >= expected
            && manager.awaitIdle(Duration.ofNanos(Math.max(0, cap - ticker.nanos())));
        Duration converge = Duration.ofNanos(ticker.nanos() - start);
        return KubeManagerBenchReport.builder().settings(settings).converge(converge)
            .converged(converged).restCallsByKind(delta(before, manager.metrics()))
            .peakHeapBytes(peakHeap()).build();
      }
    }
  }

  KubeManagerConfig config(FakeConfigApi config) {
    return KubeManagerConfig.builder().clusterName("bench").nestedMode(true)
        .clusterNetwork(ContrailRef.network("default-domain", "k8s-nested", "k8s-vm-net"))
        .addPodSubnets(Ipv4Cidr.of("10.32.0.0/12")).addServiceSubnets(Ipv4Cidr.of("10.96.0.0/12"))
        .addIpFabricSubnets(Ipv4Cidr.of("10.64.0.0/12"))
        .vncEndpoints(Endpoints.parse(config.baseUrl())).workerCount(settings.workers())
        .build();
  }

  KubernetesObject pod(int i) {
    return KubernetesObject.of(Map.of("apiVersion", "v1", "kind", "Pod",
        "metadata", Map.of("name", "pod-" + i, "namespace", "ns-" + (i % settings.namespaces()),
            "labels", Map.of("app", "bench")),
        "spec", Map.of("nodeName", "node-" + (i % settings.nodes()),
            "containers", List.of(Map.of("name", "c", "image", "busybox")))));
  }

  void buildUnderlay(VncClient vnc) {
    vnc.resources(Project.class).create(Project.builder().fqName(PROJECT).parentType("domain")
        .build());
    String network = vnc.resources(VirtualNetwork.class).create(VirtualNetwork.builder()
        .fqName(List.of("default-domain", "k8s-nested", "k8s-vm-net")).parentType("project")
        .addNetworkIpamRefs(Reference.<VnSubnetsType>builder()
            .to(List.of("default-domain", "default-project", "default-network-ipam"))
            .attr(VnSubnetsType.builder().addIpamSubnets(IpamSubnetType.builder()
                .subnet(SubnetType.builder().ipPrefix("192.168.0.0").ipPrefixLen(16L).build())
                .build()).build()).build()).build()).uuid().orElseThrow();
    for (int n = 0; n < settings.nodes(); n++) {
      String host = "node-" + n;
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

  static String nodeIp(int n) {
    return "192.168." + (1 + n / 250) + "." + (1 + n % 250);
  }

  private static Map<String, Long> delta(KubeManagerMetrics before, KubeManagerMetrics after) {
    Map<String, Long> result = new java.util.TreeMap<>();
    after.restCallsByKind().forEach((kind, count) -> {
      long d = count - before.restCallsByKind().getOrDefault(kind, 0L);
      if (d > 0) {
        result.put(kind, d);
      }
    });
    return result;
  }

  private static void resetPeakHeap() {
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
  }
}
