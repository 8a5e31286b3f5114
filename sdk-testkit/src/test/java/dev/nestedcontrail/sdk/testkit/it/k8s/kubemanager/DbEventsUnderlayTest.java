package dev.nestedcontrail.sdk.testkit.it.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManager;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.testkit.FakeNode;
import dev.nestedcontrail.sdk.testkit.MirroredConfigDb;
import dev.nestedcontrail.sdk.testkit.RealServerEnvironment;
import dev.nestedcontrail.sdk.vnc.events.BrokerConfig;
import dev.nestedcontrail.sdk.vnc.model.VncSchema;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * kube-manager reading the underlay from a real Cassandra and following a real RabbitMQ: the fake
 * config API is mirrored into the config DB and its changes published, as a real api-server does.
 * The clients are the caller's, or kube-manager's own, opened from a {@code contrail-kubernetes.conf}.
 */
class DbEventsUnderlayTest extends KubeManagerHarness {
  private MirroredConfigDb backend;

  @BeforeEach
  void mirror() {
    RealServerEnvironment env = RealServerEnvironment.system();
    String broker = env.rabbitMqUrl();
    backend = MirroredConfigDb.start(config, env.cassandraContactPoints(), BrokerConfig.parse(broker));
  }

  @AfterEach
  void closeMirror() {
    if (backend != null) {
      backend.close();
    }
  }

  private KubeManager startWithDb(String identity) {
    KubeManager manager = KubeManager.builder().config(kubeManagerConfig()).kubernetes(k8s).vnc(vnc)
        .configDb(backend.configDb()).configEvents(backend.configEvents()).identity(identity).build();
    manager.start();
    return manager;
  }

  @Test
  void start_withDbAndEvents_wiresPodsWithoutListingOverRest() {
    config.clearRequests();
    try (KubeManager manager = startWithDb("db")) {
      assertThat(config.requests()).as("requests of the start-up")
          .noneMatch(r -> r.method().equals("GET") && !r.path().substring(1).contains("/"));
      createPod("default", "web-1", Map.of(), Map.of("nodeName", "node-a"));
      createPod("default", "web-2", Map.of(), Map.of("nodeName", "node-b.lab.example"));
      awaitWired(manager, 2);

      assertThat(subInterfaces()).extracting(v -> v.virtualMachineInterfaceRefs().get(0).uuid().orElseThrow())
          .containsExactlyInAnyOrder(parentVmis.get(NODES.get("node-a")),
              parentVmis.get(NODES.get("node-b.lab.example")));
      assertThat(manager.metrics().restCallsByKind()).isNotEmpty()
          .allSatisfy((kind, count) -> assertThat(kind).doesNotStartWith("list "));
    }
  }

  @Test
  void underlayCreatedAfterStart_reachesTheCacheThroughEvents_andItsPodIsWired() {
    try (KubeManager manager = startWithDb("db")) {
      String ip = "192.168.10.14";
      wireLatePod(manager, "node-d", ip, 1);
      assertThat(subInterfaces().get(0).virtualMachineInterfaceRefs().get(0).uuid())
          .contains(parentVmis.get(ip));
      assertThat(manager.metrics().restCallsByKind().keySet()).noneMatch(k -> k.startsWith("list "));
    }
  }

  @Test
  void restart_rebuildsVlansFromTheConfigDb() {
    try (KubeManager manager = startWithDb("first")) {
      createPod("default", "p1", Map.of(), Map.of("nodeName", "node-a"));
      awaitWired(manager, 1);
      createPod("default", "p2", Map.of(), Map.of("nodeName", "node-a"));
      awaitWired(manager, 2);
    }
    await().atMost(Duration.ofSeconds(20)).until(() -> backend.configDb()
        .stream(VncSchema.VIRTUAL_MACHINE_INTERFACE).filter(v -> v.virtualMachineInterfaceProperties()
            .flatMap(p -> p.subInterfaceVlanTag()).isPresent()).count() == 2);
    deletePod("default", "p1");

    try (KubeManager restarted = startWithDb("second")) {
      awaitWired(restarted, 1);
      createPod("default", "p3", Map.of(), Map.of("nodeName", "node-a"));
      awaitWired(restarted, 2);
      createPod("default", "p4", Map.of(), Map.of("nodeName", "node-a"));
      awaitWired(restarted, 3);

      assertThat(vlansByPod()).containsExactly(Map.entry("p2", 2L), Map.entry("p3", 1L),
          Map.entry("p4", 3L));
      assertThat(restarted.metrics().restCallsByKind().keySet()).noneMatch(k -> k.startsWith("list "));
    }
  }

  @Test
  void start_fromConfFileNamingTheDbAndTheBroker_opensThemItself_andWiresWithoutRestLists() {
    RealServerEnvironment env = RealServerEnvironment.system();
    BrokerConfig broker = BrokerConfig.parse(env.rabbitMqUrl());
    Endpoint mq = broker.endpoints().endpoints().get(0);
    URI api = URI.create(config.baseUrl());
    KubeManagerConfig conf = KubeManagerConfig.parse(String.join("\n",
        "[DEFAULTS]",
        "cluster_name=blue",
        "nested_mode=1",
        "cluster_network={'domain': 'default-domain', 'project': 'k8s-nested', 'name': 'k8s-vm-net'}",
        "kube_timer_interval=3600",
        "[KUBERNETES]",
        "pod_subnets=10.32.0.0/12",
        "service_subnets=10.96.0.0/12",
        "ip_fabric_subnets=10.64.0.0/12",
        "[VNC]",
        "vnc_endpoint_ip=" + api.getHost(),
        "vnc_endpoint_port=" + api.getPort(),
        "cassandra_server_list=" + env.cassandraContactPoints().replace(',', ' '),
        "cluster_id=" + backend.clusterId(),
        "rabbit_server=" + mq.host(),
        "rabbit_port=" + mq.port(),
        "rabbit_user=" + broker.userName(),
        "rabbit_password=" + broker.password(),
        ""));
    config.clearRequests();

    try (KubeManager manager = KubeManager.builder().config(conf).kubernetes(k8s).vnc(vnc)
        .identity("conf").build()) {
      manager.start();
      assertThat(config.requests()).as("requests of the start-up")
          .noneMatch(r -> r.method().equals("GET") && !r.path().substring(1).contains("/"));
      createPod("default", "web-1", Map.of(), Map.of("nodeName", "node-a"));
      awaitWired(manager, 1);
      String ip = "192.168.10.15";
      wireLatePod(manager, "node-e", ip, 2);

      assertThat(subInterfaces()).extracting(v -> v.virtualMachineInterfaceRefs().get(0).uuid()
          .orElseThrow()).containsExactlyInAnyOrder(parentVmis.get(NODES.get("node-a")),
              parentVmis.get(ip));
      assertThat(manager.metrics().restCallsByKind()).isNotEmpty()
          .allSatisfy((kind, count) -> assertThat(kind).doesNotStartWith("list "));
    }
  }

  /**
   * Adds the underlay of a node after the start and a pod on it, and waits until
   * {@code wiredPods} are wired (the node's VMI reaches the cache through the events).
   */
  private void wireLatePod(KubeManager manager, String node, String ip, int wiredPods) {
    addUnderlayHost(node, ip, parentNetworkUuid());
    kube.addNode(FakeNode.of(node, ip));
    createPod("default", "late", Map.of(), Map.of("nodeName", node));
    await().atMost(Duration.ofSeconds(30)).until(() -> {
      manager.resync();
      return manager.awaitIdle(Duration.ofSeconds(1)) && subInterfaces().size() == wiredPods;
    });
  }

  private String parentNetworkUuid() {
    return vnc.resources(dev.nestedcontrail.sdk.vnc.model.VirtualNetwork.class)
        .readByFqName(CLUSTER_NETWORK).uuid().orElseThrow();
  }
}
