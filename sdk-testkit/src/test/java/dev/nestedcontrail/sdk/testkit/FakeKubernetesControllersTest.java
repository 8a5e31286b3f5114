package dev.nestedcontrail.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The DaemonSet controller and the scheduler of the fake. */
class FakeKubernetesControllersTest extends FakeKubernetesTestBase {
  private static final FakeNode MASTER = FakeNode.builder().name("master").internalIp("10.0.0.10")
      .putLabel("node-role.kubernetes.io/control-plane", "").addTaint(FakeNode.controlPlaneTaint()).build();
  private static final FakeNode GPU = FakeNode.builder().name("gpu").internalIp("10.0.0.11")
      .putLabel("accel", "gpu").build();
  private static final FakeNode PLAIN = FakeNode.of("plain", "10.0.0.12");

  FakeKubernetesControllersTest() {
    super(b -> b.node(MASTER).node(GPU).node(PLAIN).podCidr("10.32.0.0/24"));
  }

  @Test
  void daemonSet_withoutToleration_skipsTheTaintedMaster_andReportsRolledOutStatus() {
    api.create(daemonSet("agent", Map.of()));
    assertThat(podNodes("agent")).containsExactlyInAnyOrder("gpu", "plain");
    assertThat(status("agent")).containsEntry("desiredNumberScheduled", 2L).containsEntry("currentNumberScheduled", 2L)
        .containsEntry("numberReady", 2L).containsEntry("updatedNumberScheduled", 2L)
        .containsEntry("numberAvailable", 2L).containsEntry("observedGeneration", 1L)
        .doesNotContainKey("numberUnavailable");
    KubernetesObject pod = pods("agent").stream().filter(p -> p.at("spec", "nodeName").orElseThrow().equals("gpu"))
        .findFirst().orElseThrow();
    assertThat(pod.at("status", "hostIP")).contains("10.0.0.11");
    assertThat(pod.at("status", "phase")).contains("Running");
    assertThat(pod.labels()).containsEntry("app", "agent");
    assertThat(pod.at("metadata", "ownerReferences").orElseThrow().toString()).contains("DaemonSet", "agent");
  }

  @Test
  void daemonSet_withTolerationAndAffinity_runsOnMatchingNodesOnly() {
    Map<String, Object> toleration = Map.of("key", "node-role.kubernetes.io/control-plane", "operator", "Exists",
        "effect", "NoSchedule");
    api.create(daemonSet("everywhere", Map.of("tolerations", List.of(toleration))));
    assertThat(podNodes("everywhere")).containsExactlyInAnyOrder("master", "gpu", "plain");

    api.create(daemonSet("controller", Map.of("tolerations", List.of(toleration), "affinity", affinity(
        Map.of("key", "node-role.kubernetes.io/control-plane", "operator", "Exists")))));
    assertThat(podNodes("controller")).containsExactly("master");

    api.create(daemonSet("not-gpu", Map.of("affinity", affinity(
        Map.of("key", "accel", "operator", "NotIn", "values", List.of("gpu"))))));
    assertThat(podNodes("not-gpu")).containsExactly("plain");

    api.create(daemonSet("selected", Map.of("nodeSelector", Map.of("accel", "gpu"))));
    assertThat(podNodes("selected")).containsExactly("gpu");

    api.addNode(FakeNode.builder().from(PLAIN).putLabel("accel", "gpu").build());
    assertThat(podNodes("selected")).containsExactlyInAnyOrder("gpu", "plain");
    assertThat(podNodes("not-gpu")).isEmpty();
  }

  @Test
  void daemonSet_followsNodesJoiningAndLeaving_andItsPodsGoWithIt() {
    api.create(daemonSet("agent", Map.of()));
    api.addNode(FakeNode.of("late", "10.0.0.13"));
    assertThat(podNodes("agent")).containsExactlyInAnyOrder("gpu", "plain", "late");
    api.removeNode("gpu");
    assertThat(podNodes("agent")).containsExactlyInAnyOrder("plain", "late");
    assertThat(status("agent")).containsEntry("desiredNumberScheduled", 2L);
    assertThat(http.delete("/apis/apps/v1/namespaces/kube-system/daemonsets/agent").status()).isEqualTo(200);
    assertThat(pods("agent")).isEmpty();
  }

  @Test
  void daemonSet_withReadyDelay_becomesReadyWhenTheTimersAdvance() {
    try (FakeKubernetesApi slow = FakeKubernetesApi.builder().timers(timers).readyDelay(Duration.ofSeconds(5))
        .node(PLAIN).node(GPU).start()) {
      slow.create(daemonSet("agent", Map.of()));
      Map<?, ?> before = (Map<?, ?>) slow.object("DaemonSet", "kube-system", "agent").orElseThrow().at("status").orElseThrow();
      assertThat(before.get("numberReady")).isEqualTo(0L);
      assertThat(before.get("numberUnavailable")).isEqualTo(2L);
      timers.advance(Duration.ofSeconds(5));
      Map<?, ?> after = (Map<?, ?>) slow.object("DaemonSet", "kube-system", "agent").orElseThrow().at("status").orElseThrow();
      assertThat(after.get("numberReady")).isEqualTo(2L);
    }
  }

  @Test
  void daemonSet_templateChange_replacesPodsWithTheNewGeneration() {
    api.create(daemonSet("agent", Map.of()));
    http.patch("/apis/apps/v1/namespaces/kube-system/daemonsets/agent", "application/strategic-merge-patch+json",
        Map.of("spec", Map.of("template", Map.of("spec", Map.of("containers",
            List.of(Map.of("name", "main", "image", "agent:2")))))));
    assertThat(pods("agent")).hasSize(2).allSatisfy(p -> {
      assertThat(p.labels()).containsEntry("pod-template-generation", "2");
      assertThat(p.at("spec", "containers").orElseThrow().toString()).contains("agent:2");
    });
    assertThat(status("agent")).containsEntry("observedGeneration", 2L).containsEntry("updatedNumberScheduled", 2L);
  }

  @Test
  void scheduler_bindsAPlainPodToAReadyFittingNode_withAddressesFromThePodCidr() {
    api.addNode(FakeNode.builder().name("down").internalIp("10.0.0.20").ready(false).build());
    api.create(pod("web", Map.of("nodeSelector", Map.of("accel", "gpu"))));
    KubernetesObject web = api.object("Pod", "default", "web").orElseThrow();
    assertThat(web.at("spec", "nodeName")).contains("gpu");
    assertThat(web.at("status", "hostIP")).contains("10.0.0.11");
    assertThat((String) web.at("status", "podIP").orElseThrow()).startsWith("10.32.0.");
    assertThat(web.at("status", "conditions").orElseThrow().toString()).contains("type=Ready, status=True");

    api.create(pod("nowhere", Map.of("nodeSelector", Map.of("accel", "tpu"))));
    KubernetesObject nowhere = api.object("Pod", "default", "nowhere").orElseThrow();
    assertThat(nowhere.at("spec", "nodeName")).isEmpty();
    assertThat(nowhere.at("status", "conditions").orElseThrow().toString()).contains("Unschedulable");

    api.create(pod("any", Map.of()));
    assertThat(api.object("Pod", "default", "any").orElseThrow().at("spec", "nodeName").orElseThrow())
        .isIn("plain", "gpu").isNotEqualTo("down");
  }

  @Test
  void bindingSubresource_setsTheNodeOnce() {
    try (FakeKubernetesApi bare = FakeKubernetesApi.start(); KubeHttp bareHttp = new KubeHttp(bare)) {
      bare.create(pod("p", Map.of()));
      Map<String, Object> binding = Map.of("apiVersion", "v1", "kind", "Binding", "metadata", Map.of("name", "p"),
          "target", Map.of("kind", "Node", "name", "n1"));
      assertThat(bareHttp.post("/api/v1/namespaces/default/pods/p/binding", binding).status()).isEqualTo(201);
      assertThat(bare.object("Pod", "default", "p").orElseThrow().at("spec", "nodeName")).contains("n1");
      assertThat(bareHttp.post("/api/v1/namespaces/default/pods/p/binding", binding).body()).containsEntry("code", 409L);
    }
  }

  private List<KubernetesObject> pods(String app) {
    return api.objects("Pod").stream().filter(p -> app.equals(p.labels().get("app"))).toList();
  }

  private List<Object> podNodes(String app) {
    return pods(app).stream().map(p -> p.at("spec", "nodeName").orElseThrow()).toList();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> status(String name) {
    return (Map<String, Object>) api.object("DaemonSet", "kube-system", name).orElseThrow().at("status").orElseThrow();
  }

  private static Map<String, Object> affinity(Map<String, Object> expression) {
    return Map.of("nodeAffinity", Map.of("requiredDuringSchedulingIgnoredDuringExecution", Map.of(
        "nodeSelectorTerms", List.of(Map.of("matchExpressions", List.of(expression))))));
  }

  private static KubernetesObject daemonSet(String name, Map<String, Object> podSpecExtras) {
    Map<String, Object> podSpec = new java.util.LinkedHashMap<>(podSpecExtras);
    podSpec.put("containers", List.of(Map.of("name", "main", "image", name + ":1")));
    return KubernetesObject.of(Map.of("apiVersion", "apps/v1", "kind", "DaemonSet",
        "metadata", Map.of("name", name, "namespace", "kube-system"),
        "spec", Map.of("selector", Map.of("matchLabels", Map.of("app", name)),
            "template", Map.of("metadata", Map.of("labels", Map.of("app", name)), "spec", podSpec))));
  }

  private static KubernetesObject pod(String name, Map<String, Object> specExtras) {
    Map<String, Object> spec = new java.util.LinkedHashMap<>(specExtras);
    spec.put("containers", List.of(Map.of("name", "main", "image", "nginx")));
    return KubernetesObject.of(Map.of("apiVersion", "v1", "kind", "Pod",
        "metadata", Map.of("name", name, "namespace", "default"), "spec", spec));
  }
}
