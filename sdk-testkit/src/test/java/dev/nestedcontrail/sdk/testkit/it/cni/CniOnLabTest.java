package dev.nestedcontrail.sdk.testkit.it.cni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.cni.CniNetworkConfig;
import dev.nestedcontrail.sdk.cni.CniOutcome;
import dev.nestedcontrail.sdk.cni.CniPlugin;
import dev.nestedcontrail.sdk.cni.VifType;
import dev.nestedcontrail.sdk.cni.daemon.CniDaemon;
import dev.nestedcontrail.sdk.cni.dataplane.RecordingDataPlane;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.k8s.client.KubernetesClient;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManager;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.k8s.manifest.ContrailRef;
import dev.nestedcontrail.sdk.testkit.ContrailLab;
import dev.nestedcontrail.sdk.testkit.FakeClock;
import dev.nestedcontrail.sdk.testkit.FakeVrouterAgent;
import dev.nestedcontrail.sdk.vnc.ListQuery;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab end to end: kube-manager gives a pod on a minion its sub-interface VMI, VLAN and IP; the
 * minion's vrouter agent serves them; CNI ADD through the daemon's Unix socket on the recording
 * data plane configures exactly those; DEL undoes it.
 */
class CniOnLabTest {
  private static final String NETNS = "/var/run/netns/web-1";
  /** Bound to compute-2 in the lab's underlay. */
  private static final String MINION = "k8s-minion-1";

  @TempDir
  Path tempDir;

  private final ContrailLab lab = ContrailLab.start();
  private final VncClient vnc = VncClient.builder().endpoints(Endpoints.parse(lab.baseUrl()))
      .build();
  private final KubernetesClient k8s = lab.kubernetesClient();
  private final KubeManager manager = KubeManager.builder().config(KubeManagerConfig.builder()
          .clusterName("blue").nestedMode(true)
          .clusterNetwork(ContrailRef.network("default-domain", "admin", "k8s-vm-net"))
          .addPodSubnets(Ipv4Cidr.of("10.32.0.0/12"))
          .addServiceSubnets(Ipv4Cidr.of("10.96.0.0/12"))
          .addIpFabricSubnets(Ipv4Cidr.of("10.64.0.0/12"))
          .vncEndpoints(Endpoints.parse(lab.baseUrl())).resyncInterval(Duration.ofHours(1))
          .workerCount(2).build())
      .kubernetes(k8s).vnc(vnc).identity("lab").build();
  private final RecordingDataPlane dataPlane = new RecordingDataPlane().addHostInterface("eth0")
      .addNamespace(NETNS);
  private final CniPlugin plugin = CniPlugin.builder().dataPlane(dataPlane).build();

  @AfterEach
  void closeAll() {
    plugin.close();
    manager.close();
    k8s.close();
    vnc.close();
    lab.close();
  }

  /** What kube-manager allocated to a pod: its sub-interface and instance-ip. */
  private record Allocation(String vlanLink, long vlan, String mac, String ip) {}

  @Test
  void add_throughTheDaemon_configuresWhatKubeManagerAllocated_andDelUndoesIt() {
    manager.start();
    String uid = createPod("web-1");
    Allocation pod = awaitAllocation(uid);
    FakeVrouterAgent agent = lab.vrouterAgent("compute-2").orElseThrow();

    try (CniDaemon daemon = CniDaemon.start(tempDir.resolve("run/cni.sock"), plugin, 2)) {
      DaemonSocketClient client = new DaemonSocketClient(daemon.socket());
      CniOutcome add = client.call(config(agent), env("ADD", uid));

      assertThat(add.exitCode()).as(add.stdout()).isZero();
      assertThat(add.stdout()).contains("\"address\":\"" + pod.ip() + "/")
          .contains("\"mac\":\"" + pod.mac() + "\"");
      assertThat(dataPlane.operations())
          .anyMatch(op -> op.contains(" name " + pod.vlanLink() + " ")
              && op.endsWith(" type vlan id " + pod.vlan()))
          .anyMatch(op -> op.endsWith("link set dev eth0 address " + pod.mac()))
          .anyMatch(op -> op.contains("addr add " + pod.ip() + "/"));
      assertThat(dataPlane.linkExists(pod.vlanLink())).isTrue();

      CniOutcome del = client.call(config(agent), env("DEL", uid));

      assertThat(del.exitCode()).as(del.stdout()).isZero();
      assertThat(dataPlane.linkExists(pod.vlanLink())).isFalse();
    }
  }

  @Test
  void add_whenTheConfigReachesTheAgentLate_picksItUpOnceItArrives() throws Exception {
    FakeClock agentClock = FakeClock.atDefaultStart();
    FakeVrouterAgent agent = lab.vrouterAgent("compute-2").orElseThrow()
        .configDelay(Duration.ofSeconds(1), agentClock);
    manager.start();
    String uid = createPod("web-1");
    Allocation pod = awaitAllocation(uid);

    try (CniDaemon daemon = CniDaemon.start(tempDir.resolve("run/cni.sock"), plugin, 2)) {
      DaemonSocketClient client = new DaemonSocketClient(daemon.socket());
      long before = agent.requestCount();
      CompletableFuture<CniOutcome> add = CompletableFuture.supplyAsync(
          () -> client.call(config(agent), env("ADD", uid)));
      await().atMost(Duration.ofSeconds(5)).until(() -> agent.requestCount() >= before + 2);
      assertThat(add).isNotDone();

      agentClock.advance(Duration.ofSeconds(1));
      CniOutcome outcome = add.get(5, java.util.concurrent.TimeUnit.SECONDS);

      assertThat(outcome.exitCode()).as(outcome.stdout()).isZero();
      assertThat(outcome.stdout()).contains("\"address\":\"" + pod.ip() + "/");
      assertThat(dataPlane.linkExists(pod.vlanLink())).isTrue();
    }
  }

  private String createPod(String name) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("nodeName", MINION);
    spec.put("containers", List.of(Map.of("name", "c", "image", "busybox")));
    KubernetesObject created = lab.kubernetes().create(KubernetesObject.of(Map.of(
        "apiVersion", "v1", "kind", "Pod",
        "metadata", Map.of("name", name, "namespace", "default"), "spec", spec)));
    return created.uid().orElseThrow();
  }

  private Allocation awaitAllocation(String podUid) {
    return await().atMost(Duration.ofSeconds(10)).until(() -> allocation(podUid),
        Optional::isPresent).orElseThrow();
  }

  private Optional<Allocation> allocation(String podUid) {
    ListQuery detail = ListQuery.builder().detail(true).build();
    for (VirtualMachineInterface vmi : vnc.resources(VirtualMachineInterface.class).list(detail)) {
      Optional<Long> vlan = vmi.virtualMachineInterfaceProperties()
          .flatMap(p -> p.subInterfaceVlanTag());
      boolean ofPod = vmi.virtualMachineRefs().stream()
          .anyMatch(r -> r.uuid().filter(podUid::equals).isPresent());
      if (vlan.isEmpty() || !ofPod) {
        continue;
      }
      String vmiUuid = vmi.uuid().orElseThrow();
      Optional<String> ip = vnc.resources(InstanceIp.class).list(detail).stream()
          .filter(i -> i.virtualMachineInterfaceRefs().stream()
              .anyMatch(r -> r.uuid().filter(vmiUuid::equals).isPresent()))
          .flatMap(i -> i.instanceIpAddress().stream()).findFirst();
      String mac = vmi.virtualMachineInterfaceMacAddresses().orElseThrow().macAddress().get(0);
      return ip.map(a -> new Allocation("vlan" + podUid.substring(0, 11), vlan.get(), mac, a));
    }
    return Optional.empty();
  }

  private String config(FakeVrouterAgent agent) {
    return CniNetworkConfig.builder().cniVersion("1.0.0").vifType(VifType.MACVLAN)
        .parentInterface("eth0").vrouterIp("127.0.0.1").vrouterPort(agent.port())
        .configDir(tempDir.resolve("ports/vm").toString()).pollTimeout(Duration.ofSeconds(1))
        .pollRetries(5).build().toJson();
  }

  private static Map<String, String> env(String command, String podUid) {
    return Map.of("CNI_COMMAND", command, "CNI_CONTAINERID", "c0ffee01", "CNI_NETNS", NETNS,
        "CNI_IFNAME", "eth0", "CNI_PATH", "/opt/cni/bin",
        "CNI_ARGS", "IgnoreUnknown=1;K8S_POD_NAMESPACE=default;K8S_POD_NAME=web-1;K8S_POD_UID="
            + podUid);
  }
}
