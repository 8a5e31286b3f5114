package dev.nestedcontrail.sdk.testkit.it.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManager;
import dev.nestedcontrail.sdk.testkit.RecordedRequest;
import dev.nestedcontrail.sdk.vnc.model.Tag;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tag {@code blue-svc=<service>} on the VMIs of a Service's member pods
 * (contrail-internals §2.3, §2.5), next to the pods' label tags.
 */
class ServiceMemberTagsTest extends ServiceHarness {
  private static final List<Map<String, Object>> HTTP_ENDPOINT = List.of(endpointPort("http", 8080));

  @Test
  void memberPods_carryTheServiceTag_oneSetTagEach_andNoneForAnUnchangedEndpoints() {
    try (KubeManager manager = startKubeManager()) {
      KubernetesObject web1 = wiredPod("web-1");
      KubernetesObject web2 = wiredPod("web-2");
      putService("web", CLUSTER_IP, List.of(HTTP, METRICS));
      assertThat(manager.awaitIdle(WAIT)).isTrue();
      int requests = config.requests().size();

      putEndpoints("web", List.of(podAddress(podAddressOf("web-1"), web1),
          podAddress(podAddressOf("web-2"), web2)),
          List.of(endpointPort("http", 8080), endpointPort("metrics", 9091)));
      await().atMost(WAIT).until(() -> tagsOf(web1).contains("blue-svc=web")
          && tagsOf(web2).contains("blue-svc=web"));
      assertThat(manager.awaitIdle(WAIT)).isTrue();

      assertThat(tagsOf(web1)).containsExactlyInAnyOrder("app=web", "namespace=default",
          "blue-svc=web");
      assertThat(tagsOf(web2)).containsExactlyInAnyOrder("app=web", "namespace=default",
          "blue-svc=web");
      assertThat(setTagsSince(requests)).hasSize(2).allSatisfy(r -> assertThat(r.body())
          .contains("\"blue-svc\":{\"value\":\"web\"").doesNotContain("\"app\""));
      Tag tag = vnc.resources(Tag.class).readByFqName(List.of("blue-svc=web"));
      assertThat(tag.tagTypeName()).contains("blue-svc");
      assertThat(tag.tagValue()).contains("web");

      requests = config.requests().size();
      putEndpoints("web", List.of(podAddress(podAddressOf("web-2"), web2),
          podAddress(podAddressOf("web-1"), web1)),
          List.of(endpointPort("http", 8080), endpointPort("metrics", 9091)));
      assertThat(manager.awaitIdle(WAIT)).isTrue();
      assertThat(setTagsSince(requests)).isEmpty();
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void podLeavingTheEndpoints_losesOnlyTheServiceTag() {
    try (KubeManager manager = startKubeManager()) {
      List<KubernetesObject> pods = twoTaggedMembersOfWeb();
      KubernetesObject web1 = pods.get(0);
      KubernetesObject web2 = pods.get(1);
      assertThat(manager.awaitIdle(WAIT)).isTrue();
      int requests = config.requests().size();

      putEndpoints("web", List.of(podAddress(podAddressOf("web-2"), web2)), HTTP_ENDPOINT);

      await().atMost(WAIT).until(() -> !tagsOf(web1).contains("blue-svc=web"));
      assertThat(manager.awaitIdle(WAIT)).isTrue();
      assertThat(tagsOf(web1)).containsExactlyInAnyOrder("app=web", "namespace=default");
      assertThat(tagsOf(web2)).contains("blue-svc=web");
      assertThat(setTagsSince(requests)).singleElement().satisfies(r -> assertThat(r.body())
          .contains("\"obj_uuid\":\"" + podVmi(web1) + "\"").contains("\"blue-svc\":null"));
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void labelChangeOfAMember_keepsTheServiceTag_evenWithALabelOfItsType() {
    try (KubeManager manager = startKubeManager()) {
      KubernetesObject web1 = wiredPod("web-1");
      putService("web", CLUSTER_IP, List.of(HTTP));
      putEndpoints("web", List.of(podAddress(podAddressOf("web-1"), web1)), HTTP_ENDPOINT);
      await().atMost(WAIT).until(() -> tagsOf(web1).contains("blue-svc=web"));
      assertThat(manager.awaitIdle(WAIT)).isTrue();
      int requests = config.requests().size();

      relabel("default", "web-1", Map.of("tier", "front", "Blue-svc", "spoof"));

      await().atMost(WAIT).until(() -> tagsOf(web1).contains("tier=front"));
      assertThat(manager.awaitIdle(WAIT)).isTrue();
      assertThat(tagsOf(web1)).containsExactlyInAnyOrder("tier=front", "namespace=default",
          "blue-svc=web");
      assertThat(setTagsSince(requests)).singleElement().satisfies(r -> assertThat(r.body())
          .contains("\"app\":null").doesNotContain("blue-svc"));
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void serviceDelete_removesTheTag_andAPodOfTwoServicesMovesToTheOther() {
    try (KubeManager manager = startKubeManager()) {
      List<KubernetesObject> pods = twoTaggedMembersOfWeb();
      KubernetesObject web1 = pods.get(0);
      KubernetesObject web2 = pods.get(1);
      putService("api", "10.96.0.20", List.of(HTTP));
      putEndpoints("api", List.of(podAddress(podAddressOf("web-2"), web2)), HTTP_ENDPOINT);
      await().atMost(WAIT).until(() -> members().size() == 3);
      assertThat(manager.awaitIdle(WAIT)).isTrue();
      assertThat(tagsOf(web2)).contains("blue-svc=web").doesNotContain("blue-svc=api");
      int requests = config.requests().size();

      deleteService("web");

      await().atMost(WAIT).until(() -> loadbalancers().size() == 1);
      assertThat(manager.awaitIdle(WAIT)).isTrue();
      assertThat(tagsOf(web1)).containsExactlyInAnyOrder("app=web", "namespace=default");
      assertThat(tagsOf(web2)).containsExactlyInAnyOrder("app=web", "namespace=default",
          "blue-svc=api");
      assertThat(setTagsSince(requests)).hasSize(2);
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void restart_convergesTheTags_andCostsNoSetTagWhenNothingChanged() {
    KubernetesObject web1;
    KubernetesObject web2;
    try (KubeManager first = startKubeManager()) {
      web1 = wiredPod("web-1");
      web2 = wiredPod("web-2");
      putService("web", CLUSTER_IP, List.of(HTTP));
      putEndpoints("web", List.of(podAddress(podAddressOf("web-1"), web1)), HTTP_ENDPOINT);
      putService("api", "10.96.0.20", List.of(HTTP));
      putEndpoints("api", List.of(podAddress(podAddressOf("web-2"), web2)), HTTP_ENDPOINT);
      await().atMost(WAIT).until(() -> tagsOf(web1).contains("blue-svc=web")
          && tagsOf(web2).contains("blue-svc=api"));
      assertThat(first.awaitIdle(WAIT)).isTrue();
    }
    deleteService("api");
    deleteEndpoints("api");
    putEndpoints("web", List.of(podAddress(podAddressOf("web-2"), web2)), HTTP_ENDPOINT);

    try (KubeManager second = startKubeManager()) {
      assertThat(second.awaitIdle(WAIT)).isTrue();
      assertThat(tagsOf(web1)).containsExactlyInAnyOrder("app=web", "namespace=default");
      assertThat(tagsOf(web2)).containsExactlyInAnyOrder("app=web", "namespace=default",
          "blue-svc=web");
      assertThat(second.metrics().eventErrors()).isZero();
    }
    int requests = config.requests().size();
    try (KubeManager third = startKubeManager()) {
      assertThat(third.awaitIdle(WAIT)).isTrue();
      assertThat(setTagsSince(requests)).isEmpty();
      assertThat(tagsOf(web2)).contains("blue-svc=web");
      assertThat(third.metrics().eventErrors()).isZero();
    }
  }

  /** Pods web-1 and web-2, members of the Service web on port 80, once both carry its tag. */
  private List<KubernetesObject> twoTaggedMembersOfWeb() {
    KubernetesObject web1 = wiredPod("web-1");
    KubernetesObject web2 = wiredPod("web-2");
    putService("web", CLUSTER_IP, List.of(HTTP));
    putEndpoints("web", List.of(podAddress(podAddressOf("web-1"), web1),
        podAddress(podAddressOf("web-2"), web2)), HTTP_ENDPOINT);
    await().atMost(WAIT).until(() -> tagsOf(web1).contains("blue-svc=web")
        && tagsOf(web2).contains("blue-svc=web"));
    return List.of(web1, web2);
  }

  private List<String> tagsOf(KubernetesObject pod) {
    return PolicyProvisioningTest.tagNames(vnc.resources(VirtualMachineInterface.class)
        .read(podVmi(pod)));
  }

  private List<RecordedRequest> setTagsSince(int requests) {
    List<RecordedRequest> all = config.requests();
    return all.subList(requests, all.size()).stream()
        .filter(r -> r.path().equals("/set-tag")).toList();
  }
}
