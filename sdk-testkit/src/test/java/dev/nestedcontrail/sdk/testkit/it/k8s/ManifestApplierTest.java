package dev.nestedcontrail.sdk.testkit.it.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.k8s.client.KubernetesClient;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.provision.AppliedObject;
import dev.nestedcontrail.sdk.k8s.provision.ApplyOutcome;
import dev.nestedcontrail.sdk.k8s.provision.ApplyReport;
import dev.nestedcontrail.sdk.k8s.provision.ManifestApplier;
import dev.nestedcontrail.sdk.k8s.provision.ProvisionListener;
import dev.nestedcontrail.sdk.k8s.provision.ProvisionStep;
import dev.nestedcontrail.sdk.testkit.FakeKubernetesApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ManifestApplierTest {
  private final FakeKubernetesApi api = FakeKubernetesApi.start();
  private final KubernetesClient client = KubernetesClient.builder().server(api.baseUrl())
      .pollInterval(Duration.ofMillis(20)).build();
  private final ManifestApplier applier = ManifestApplier.of(client, "nested-test");
  private final List<KubernetesObject> objects = NestedObjects.render("10.0.0.3");

  @AfterEach
  void close() {
    client.close();
    api.close();
  }

  @Test
  void apply_onEmptyCluster_createsEveryObject() {
    List<String> progress = new ArrayList<>();
    ApplyReport report = applier.apply(objects, recording(progress));

    assertThat(report.created()).hasSize(objects.size());
    assertThat(report.writes()).isEqualTo(8);
    assertThat(progress).hasSize(8).first().asString()
        .isEqualTo("KUBERNETES_APPLY ConfigMap kube-system/env created");
    assertThat(api.object("DaemonSet", "kube-system", "contrail-kube-manager")).isPresent();
    assertThat(api.object("ClusterRole", "", "contrail-kube-manager")).isPresent();
  }

  @Test
  void apply_secondRun_writesNothing() {
    applier.apply(objects, ProvisionListener.none());
    long version = api.resourceVersion();

    ApplyReport again = applier.apply(objects, ProvisionListener.none());

    assertThat(again.writes()).isZero();
    assertThat(again.unchanged()).hasSize(8);
    assertThat(again.summary()).isEqualTo("8 objects: 0 created, 0 changed, 8 unchanged");
    assertThat(api.resourceVersion()).isEqualTo(version);
  }

  @Test
  void apply_whenConfigMapWasEdited_reportsChangedAndRollbackRestoresTheEdit() {
    applier.apply(objects, ProvisionListener.none());
    KubernetesObject edited = withEnv(objects.get(0), "CONFIG_NODES", "192.168.1.99");
    ManifestApplier.of(client, "operator").withForce(true).applyOne(edited);

    ApplyReport report = applier.withForce(true).apply(objects, ProvisionListener.none());

    assertThat(report.changed()).extracting(AppliedObject::describe)
        .containsExactly("ConfigMap kube-system/env");
    assertThat(envValue("CONFIG_NODES")).isEqualTo("192.168.1.100");

    assertThat(applier.rollback(report)).isEqualTo(1);

    assertThat(envValue("CONFIG_NODES")).isEqualTo("192.168.1.99");
    assertThat(api.object("DaemonSet", "kube-system", "contrail-kube-manager")).isPresent();
  }

  @Test
  void rollback_ofFirstRun_deletesCreatedObjectsAndTheirPods() {
    nodes();
    ApplyReport report = applier.apply(objects, ProvisionListener.none());
    applier.awaitDaemonSets(objects, Duration.ofSeconds(10), ProvisionListener.none());
    assertThat(api.objects("Pod")).hasSize(3);

    assertThat(applier.rollback(report)).isEqualTo(8);

    assertThat(api.objects("DaemonSet")).isEmpty();
    assertThat(api.objects("ConfigMap")).extracting(KubernetesObject::name)
        .doesNotContain("env", "kube-manager-config");
    assertThat(api.object("ClusterRole", "", "contrail-kube-manager")).isEmpty();
    assertThat(api.objects("Pod")).isEmpty();
  }

  @Test
  void awaitDaemonSets_withMasterAndMinions_returnsBothRolledOut() {
    nodes();
    applier.apply(objects, ProvisionListener.none());
    List<String> progress = new ArrayList<>();

    List<KubernetesObject> ready = applier.awaitDaemonSets(objects, Duration.ofSeconds(10),
        recording(progress));

    assertThat(ready).extracting(KubernetesObject::name)
        .containsExactly("contrail-kube-manager", "contrail-kubernetes-cni-agent");
    assertThat(progress).containsExactly(
        "DAEMON_SETS DaemonSet kube-system/contrail-kube-manager ready: 1/1",
        "DAEMON_SETS DaemonSet kube-system/contrail-kubernetes-cni-agent ready: 2/2");
  }

  @Test
  void awaitDaemonSets_whenNotApplied_timesOutNamingTheDaemonSet() {
    assertThatThrownBy(() -> applier.awaitDaemonSets(objects, Duration.ofMillis(100),
        ProvisionListener.none()))
        .isInstanceOf(ContrailClientException.class)
        .hasMessageContaining("DaemonSet kube-system/contrail-kube-manager: not found");
  }

  @Test
  void verify_afterApply_findsNothing_andAfterAnEditNamesTheKey() {
    applier.apply(objects, ProvisionListener.none());
    assertThat(applier.verify(objects)).isEmpty();

    ManifestApplier.of(client, "operator").withForce(true)
        .applyOne(withEnv(objects.get(0), "CONFIG_NODES", "192.168.1.99"));

    assertThat(applier.verify(objects)).containsExactly(
        "ConfigMap kube-system/env: data.CONFIG_NODES is 192.168.1.99, planned 192.168.1.100");
  }

  @Test
  void verify_beforeApply_listsEveryObjectMissing() {
    assertThat(applier.verify(objects)).hasSize(8).allMatch(p -> p.endsWith(": missing"));
  }

  private void nodes() {
    NestedObjects.nodes().forEach(api::addNode);
  }

  private String envValue(String key) {
    return (String) api.object("ConfigMap", "kube-system", "env").orElseThrow()
        .at("data", key).orElseThrow();
  }

  private static KubernetesObject withEnv(KubernetesObject configMap, String key, String value) {
    Map<String, Object> content = new LinkedHashMap<>(configMap.content());
    Map<String, Object> data = new LinkedHashMap<>(Map.of(key, value));
    content.put("data", data);
    return KubernetesObject.of(content);
  }

  private static ProvisionListener recording(List<String> lines) {
    return new ProvisionListener() {
      @Override
      public void progress(ProvisionStep step, String message) {
        lines.add(step + " " + message);
      }
    };
  }
}
