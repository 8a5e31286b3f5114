package dev.nestedcontrail.sdk.testkit.it.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManager;
import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.KeyValuePair;
import dev.nestedcontrail.sdk.vnc.model.KeyValuePairs;
import dev.nestedcontrail.sdk.vnc.model.Loadbalancer;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerMember;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ServiceRestartAndResyncTest extends ServiceHarness {

  @Test
  void restartAfterAFailureMidway_convergesToTheExactGraph() {
    KubernetesObject web1;
    String uid;
    AtomicBoolean broken = new AtomicBoolean();
    try (KubeManager first = startKubeManager()) {
      web1 = wiredPod("web-1");
      config.addListener(change -> {
        if (change.type().equals("loadbalancer-listener") && broken.compareAndSet(false, true)) {
          config.faults().failNext(10_000, 400);
        }
      });
      uid = putService("web", CLUSTER_IP, List.of(HTTP, METRICS)).uid().orElseThrow();
      putEndpoints("web", List.of(podAddress(podAddressOf("web-1"), web1)),
          List.of(endpointPort("http", 8080), endpointPort("metrics", 9091)));
      await().atMost(WAIT).until(broken::get);
      assertThat(first.awaitIdle(WAIT)).isTrue();
      assertThat(first.metrics().eventErrors()).isPositive();
    }
    config.faults().reset();
    assertThat(listeners()).hasSize(1);
    assertThat(pools()).isEmpty();

    try (KubeManager second = startKubeManager()) {
      assertThat(second.awaitIdle(WAIT)).isTrue();
      assertThat(loadbalancers()).extracting(l -> l.uuid().orElseThrow()).containsExactly(uid);
      assertThat(loadbalancers().get(0).virtualMachineInterfaceRefs()).hasSize(1);
      assertThat(loadbalancerInterfaces()).hasSize(1);
      assertThat(all(InstanceIp.class)).filteredOn(i -> i.instanceIpAddress()
          .filter(CLUSTER_IP::equals).isPresent()).hasSize(1);
      assertThat(listeners()).hasSize(2);
      assertThat(pools()).hasSize(2);
      assertThat(membersOfPort(80)).singleElement().satisfies(m -> assertThat(
          m.loadbalancerMemberProperties().orElseThrow().protocolPort()).contains(8080L));
      assertThat(membersOfPort(9090)).singleElement().satisfies(m -> assertThat(
          m.loadbalancerMemberProperties().orElseThrow().protocolPort()).contains(9091L));
      assertThat(second.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void restart_removesServicesDeletedWhileStoppedAndOrphansOfThisClusterOnly() {
    try (KubeManager first = startKubeManager()) {
      KubernetesObject web1 = wiredPod("web-1");
      putService("web", CLUSTER_IP, List.of(HTTP));
      putEndpoints("web", List.of(podAddress(podAddressOf("web-1"), web1)),
          List.of(endpointPort("http", 8080)));
      await().atMost(WAIT).until(() -> members().size() == 1);
      assertThat(first.awaitIdle(WAIT)).isTrue();
    }
    deleteService("web");
    deleteEndpoints("web");
    loadbalancer("ghost__1", "blue");
    String foreign = loadbalancer("other__2", "red");

    try (KubeManager second = startKubeManager()) {
      assertThat(second.awaitIdle(WAIT)).isTrue();
      assertThat(loadbalancers()).extracting(l -> l.uuid().orElseThrow())
          .containsExactly(foreign);
      assertThat(listeners()).isEmpty();
      assertThat(pools()).isEmpty();
      assertThat(members()).isEmpty();
      assertThat(loadbalancerInterfaces()).isEmpty();
      assertThat(all(InstanceIp.class)).noneMatch(i -> i.instanceIpAddress()
          .filter(CLUSTER_IP::equals).isPresent());
      assertThat(second.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void resync_completesALiveServiceThatLostAMember() {
    try (KubeManager manager = startKubeManager()) {
      KubernetesObject web1 = wiredPod("web-1");
      putService("web", CLUSTER_IP, List.of(HTTP));
      putEndpoints("web", List.of(podAddress(podAddressOf("web-1"), web1)),
          List.of(endpointPort("http", 8080)));
      await().atMost(WAIT).until(() -> members().size() == 1);
      assertThat(manager.awaitIdle(WAIT)).isTrue();
      LoadbalancerMember lost = members().get(0);
      vnc.resources(LoadbalancerMember.class).delete(lost.uuid().orElseThrow());

      manager.resync();

      await().atMost(WAIT).until(() -> members().size() == 1);
      assertThat(members()).extracting(VncResource::uuid).containsExactly(lost.uuid());
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  /** A loadbalancer annotated as a Service of {@code cluster}, with nothing behind it. */
  private String loadbalancer(String name, String cluster) {
    KeyValuePairs.Builder annotations = KeyValuePairs.builder();
    Map.of("owner", "k8s", "cluster", cluster, "kind", "Service", "namespace", "default",
        "name", name).forEach((k, v) -> annotations.addKeyValuePair(
            KeyValuePair.builder().key(k).value(v).build()));
    return vnc.resources(Loadbalancer.class).create(Loadbalancer.builder()
        .fqName(child(PROJECT, name)).parentType("project").loadbalancerProvider("native")
        .annotations(annotations.build()).build()).uuid().orElseThrow();
  }
}
