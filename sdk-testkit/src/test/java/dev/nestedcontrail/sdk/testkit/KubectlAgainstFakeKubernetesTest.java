package dev.nestedcontrail.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.k8s.manifest.CommonEnv;
import dev.nestedcontrail.sdk.k8s.manifest.NestedClusterSpec;
import dev.nestedcontrail.sdk.k8s.manifest.NestedManifest;
import dev.nestedcontrail.sdk.testkit.internal.JsonCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real kubectl against the fake: discovery, get, server-side apply and the DaemonSet controller.
 * kubectl sends no credentials over plain http, so these fakes require no token.
 */
class KubectlAgainstFakeKubernetesTest {
  @TempDir Path dir;
  private FakeKubernetesApi api;
  private Path kubeconfig;

  record Run(int exit, String out, String err) {}

  @BeforeEach
  void start() {
    String kubectl = kubectl();
    if (kubectl.isEmpty()) {
      String message = "kubectl is not on PATH; .ci/run installs Debian's kubernetes-client";
      if (RealServerEnvironment.system().ci()) {
        Assertions.fail("CI=true but " + message);
      }
      Assumptions.abort(message);
    }
    api = FakeKubernetesApi.builder()
        .node(FakeNode.builder().name("master").internalIp("10.0.0.10")
            .putLabel("node-role.kubernetes.io/control-plane", "").addTaint(FakeNode.controlPlaneTaint()).build())
        .node(FakeNode.of("minion1", "10.0.0.11"))
        .node(FakeNode.of("minion2", "10.0.0.12"))
        .start();
    kubeconfig = api.writeKubeconfig(dir.resolve("kubeconfig"));
  }

  @AfterEach
  void stop() {
    if (api != null) {
      api.close();
    }
  }

  @Test
  void getNodes_withServerFlag_listsEveryNode() {
    Run run = kubectl("--server", api.baseUrl(), "get", "nodes");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().lines().toList()).hasSize(4).first().asString()
        .matches("NAME +STATUS +ROLES +AGE +VERSION");
    assertThat(run.out()).containsPattern("master +Ready +control-plane +\\d+s +v1.32.0")
        .containsPattern("minion1 +Ready +<none>");
  }

  @Test
  void serverSideApply_ofManifest_createsObjectsAndDaemonSetsRollOut() throws IOException {
    Path manifest = manifest();
    Run apply = kubectl("apply", "--server-side", "--validate=false", "-f", manifest.toString());
    assertThat(apply.exit()).as(apply.err()).isZero();
    assertThat(apply.out()).contains("configmap/env serverside-applied",
        "daemonset.apps/contrail-kube-manager serverside-applied",
        "clusterrolebinding.rbac.authorization.k8s.io/contrail-kube-manager serverside-applied");

    Run get = kubectl("get", "ds", "-n", "kube-system", "-o", "json");
    assertThat(get.exit()).as(get.err()).isZero();
    Map<?, ?> list = (Map<?, ?>) JsonCodec.parse(get.out()).orElseThrow();
    List<?> items = (List<?>) list.get("items");
    assertThat(items).hasSize(2);
    Map<String, Map<String, Object>> statusByName = new java.util.HashMap<>();
    for (Object item : items) {
      Map<?, ?> ds = (Map<?, ?>) item;
      statusByName.put((String) ((Map<?, ?>) ds.get("metadata")).get("name"), castMap(ds.get("status")));
    }
    assertThat(statusByName.get("contrail-kube-manager")).containsEntry("desiredNumberScheduled", 1L)
        .containsEntry("numberReady", 1L).containsEntry("updatedNumberScheduled", 1L);
    assertThat(statusByName.get("contrail-kubernetes-cni-agent")).containsEntry("desiredNumberScheduled", 2L)
        .containsEntry("numberReady", 2L).containsEntry("numberAvailable", 2L);

    long version = api.resourceVersion();
    Run again = kubectl("apply", "--server-side", "--validate=false", "-f", manifest.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(api.resourceVersion()).as("re-applying the same manifest writes nothing").isEqualTo(version);
    assertThat(api.objects("Pod")).hasSize(3);
  }

  @Test
  void rolloutStatusWatchAndDelete_workThroughKubectl() throws IOException {
    Path manifest = manifest();
    assertThat(kubectl("apply", "--server-side", "--validate=false", "-f", manifest.toString()).exit()).isZero();
    Run rollout = kubectl("rollout", "status", "ds/contrail-kubernetes-cni-agent", "-n", "kube-system",
        "--timeout=20s");
    Run table = kubectl("get", "ds", "-n", "kube-system");
    assertThat(table.out()).containsPattern("contrail-kubernetes-cni-agent +2 +2 +2 +2 +2 ");
    assertThat(rollout.exit()).as(rollout.err()).isZero();
    assertThat(rollout.out()).contains("successfully rolled out");

    Run pods = kubectl("get", "pods", "-n", "kube-system", "--field-selector", "spec.nodeName=minion1",
        "-o", "jsonpath={.items[*].status.hostIP}");
    assertThat(pods.exit()).as(pods.err()).isZero();
    assertThat(pods.out()).isEqualTo("10.0.0.11");

    Run delete = kubectl("delete", "ds", "contrail-kubernetes-cni-agent", "-n", "kube-system", "--wait=true",
        "--timeout=20s");
    assertThat(delete.exit()).as(delete.err()).isZero();
    assertThat(api.objects("Pod")).hasSize(1);
  }

  @Test
  void serverSideApply_ofTheRenderedNestedManifest_rollsOutBothDaemonSets() throws IOException {
    NestedClusterSpec spec = NestedClusterSpec.fromEnv(CommonEnv.parse(String.join("\n",
        "CONTRAIL_REGISTRY=hub.example.net/contrail", "CONTRAIL_CONTAINER_TAG=2011.138",
        "CONTROLLER_NODES=172.16.10.11", "KUBERNETES_API_SERVER=10.0.0.10",
        "KUBEMANAGER_NESTED_MODE=1", "KUBERNESTES_NESTED_VROUTER_VIP=10.10.10.5")));
    Path manifest = Files.writeString(dir.resolve("nested.yaml"), NestedManifest.toYaml(NestedManifest.render(spec)));
    api.addNode(FakeNode.builder().name("master").internalIp("10.0.0.10")
        .putLabel("node-role.opencontrail.org/config", "true")
        .addTaint(FakeNode.Taint.of("node-role.kubernetes.io/master", "", "NoSchedule")).build());
    Run apply = kubectl("apply", "--server-side", "--validate=false", "-f", manifest.toString());
    assertThat(apply.exit()).as(apply.err()).isZero();
    assertThat(api.objects("Pod")).extracting(p -> p.labels().get("app") + "@" + p.at("spec", "nodeName").orElseThrow())
        .containsExactlyInAnyOrder("contrail-kube-manager@master", "contrail-agent@minion1", "contrail-agent@minion2");
    for (String ds : List.of("contrail-kube-manager", "contrail-kubernetes-cni-agent")) {
      Run rollout = kubectl("rollout", "status", "ds/" + ds, "-n", "kube-system", "--timeout=20s");
      assertThat(rollout.exit()).as(rollout.err()).isZero();
    }
  }

  /** The fixture manifest (a ConfigMap, a Secret, RBAC, two DaemonSets in kube-system) as a file. */
  private Path manifest() throws IOException {
    Path manifest = dir.resolve("manifest.yaml");
    try (var in = getClass().getResourceAsStream("/kube/nested-manifest.yaml")) {
      Files.write(manifest, in.readAllBytes());
    }
    return manifest;
  }

  private Run kubectl(String... args) {
    List<String> command = new ArrayList<>(List.of(kubectl(), "--kubeconfig", kubeconfig.toString()));
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .start();
      byte[] out = process.getInputStream().readAllBytes();
      byte[] err = process.getErrorStream().readAllBytes();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object value) {
    return (Map<String, Object>) value;
  }

  private static String kubectl() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(dir, "kubectl");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return "";
  }
}
