package dev.nestedcontrail.sdk.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.Annotations;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.EndpointAddress;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.EndpointsView;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.MemberTarget;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.ServiceGraph;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.ServiceNames;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.ServicePort;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.ServiceView;
import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.Loadbalancer;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerListener;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerMember;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerPool;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerProtocolType;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceGraphTest {
  static final String UID = "7a1b2c3d-0000-4000-8000-000000000002";
  static final List<String> PROJECT = List.of("default-domain", "k8s-nested");
  static final List<String> NETWORK = List.of("default-domain", "k8s-nested",
      "blue-default-service-network");

  static ServiceView service(Object clusterIp, List<Map<String, Object>> ports) {
    return new ServiceView(KubernetesObject.of(Map.of("apiVersion", "v1", "kind", "Service",
        "metadata", Map.of("name", "web", "namespace", "shop", "uid", UID),
        "spec", Map.of("clusterIP", clusterIp, "ports", ports))));
  }

  static final Map<String, Object> HTTP = Map.of("name", "http", "protocol", "TCP", "port", 80,
      "targetPort", 8080);
  static final Map<String, Object> DNS = Map.of("port", 53, "protocol", "UDP",
      "targetPort", "dns");

  @Test
  void protocol_mapsKubernetesProtocolsLikeKubeManager() {
    assertThat(ServiceNames.protocol("TCP")).isEqualTo(LoadbalancerProtocolType.TCP);
    assertThat(ServiceNames.protocol("HTTP")).isEqualTo(LoadbalancerProtocolType.HTTP);
    assertThat(ServiceNames.protocol("HTTPS")).isEqualTo(LoadbalancerProtocolType.HTTPS);
    assertThat(ServiceNames.protocol("TERMINATED_HTTPS"))
        .isEqualTo(LoadbalancerProtocolType.TERMINATED_HTTPS);
    assertThat(ServiceNames.protocol("UDP")).isEqualTo(LoadbalancerProtocolType.UDP);
    assertThat(ServiceNames.protocol("SCTP")).isEqualTo(LoadbalancerProtocolType.UDP);
  }

  @Test
  void names_areThoseOfKubeManagerWithUuidsDerivedFromTheServiceUid() {
    ServicePort http = service("10.96.0.10", List.of(HTTP)).ports().get(0);
    String listenerUuid = ServiceNames.listenerUuid(UID, http);
    assertThat(ServiceNames.loadbalancer("web", UID)).isEqualTo("web__" + UID);
    assertThat(ServiceNames.display("shop", "web")).isEqualTo("shop__web");
    assertThat(new ServiceNames("blue").loadbalancerInterface("web", UID))
        .isEqualTo("blue__Service__web__" + UID);
    assertThat(ServiceNames.listener("web", UID, http))
        .isEqualTo("web__" + UID + "-TCP-80-" + listenerUuid);
    assertThat(ServiceNames.loadbalancerInstanceIp("web", UID))
        .isEqualTo("web__" + ServiceNames.loadbalancerInstanceIpUuid(UID));
    assertThat(List.of(listenerUuid, ServiceNames.poolUuid(UID, http),
        ServiceNames.loadbalancerInterfaceUuid(UID), ServiceNames.loadbalancerInstanceIpUuid(UID)))
        .doesNotHaveDuplicates().allMatch(u -> u.matches("[0-9a-f-]{36}"))
        .doesNotContain(UID);
    assertThat(ServiceNames.listenerUuid(UID, http)).isEqualTo(listenerUuid);
    assertThat(ServiceNames.memberUuid("pool", "vmi", 8080))
        .isNotEqualTo(ServiceNames.memberUuid("pool", "vmi", 8081))
        .isEqualTo(ServiceNames.memberUuid("pool", "vmi", 8080));
  }

  @Test
  void serviceView_readsPortsAndSkipsHeadlessAndClusterIpLessServices() {
    ServiceView web = service("10.96.0.10", List.of(HTTP, DNS));
    assertThat(web.skipReason()).isEmpty();
    assertThat(web.key()).isEqualTo("Service/shop/web");
    assertThat(web.ports()).containsExactly(
        ServicePort.builder().name("http").port(80).targetPort("8080").build(),
        ServicePort.builder().protocol("UDP").port(53).targetPort("dns").build());
    assertThat(service("None", List.of(HTTP)).skipReason()).contains("headless (clusterIP None)");
    assertThat(service("", List.of(HTTP)).skipReason()).contains("no clusterIP");
  }

  @Test
  void endpointsView_takesPortsOfTheFirstSubsetAndPodOrHostAddressesOfAll() {
    EndpointsView view = new EndpointsView(KubernetesObject.of(Map.of("apiVersion", "v1",
        "kind", "Endpoints", "metadata", Map.of("name", "web", "namespace", "shop"),
        "subsets", List.of(
            Map.of("addresses", List.of(Map.of("ip", "10.32.0.5", "targetRef",
                    Map.of("kind", "Pod", "uid", "pod-1")),
                Map.of("ip", "192.168.10.11"),
                Map.of("ip", "10.32.0.9", "targetRef", Map.of("kind", "Node", "uid", "n"))),
                "ports", List.of(Map.of("name", "http", "port", 8080))),
            Map.of("addresses", List.of(Map.of("ip", "10.32.0.6", "targetRef",
                Map.of("kind", "Pod", "uid", "pod-2"))),
                "ports", List.of(Map.of("name", "other", "port", 9999)))))));
    assertThat(view.key()).isEqualTo("Service/shop/web");
    assertThat(view.ports()).containsExactly(
        ServicePort.builder().name("http").port(8080).build());
    assertThat(view.addresses()).containsExactly(
        EndpointAddress.of("10.32.0.5", Optional.of("pod-1")),
        EndpointAddress.of("192.168.10.11", Optional.empty()),
        EndpointAddress.of("10.32.0.6", Optional.of("pod-2")));
  }

  @Test
  void portMatching_needsTheSameProtocolAndNameWhenBothAreNamed() {
    ServicePort http = ServicePort.builder().name("http").port(80).build();
    assertThat(http.matches(ServicePort.builder().name("http").port(8080).build())).isTrue();
    assertThat(http.matches(ServicePort.builder().port(8080).build())).isTrue();
    assertThat(http.matches(ServicePort.builder().name("admin").port(8080).build())).isFalse();
    assertThat(http.matches(ServicePort.builder().name("http").protocol("UDP").port(8080)
        .build())).isFalse();
  }

  @Test
  void graph_buildsTheLoadbalancerObjectsOfKubeManager() {
    ServiceGraph graph = new ServiceGraph(PodGraphTest.CONFIG);
    ServiceView web = service("10.96.0.10", List.of(HTTP, DNS));

    Loadbalancer lb = graph.loadbalancer(web);
    assertThat(lb.uuid()).contains(UID);
    assertThat(lb.fqName()).isEqualTo(child(PROJECT, "web__" + UID));
    assertThat(lb.loadbalancerProvider()).contains("native");
    assertThat(lb.loadbalancerProperties().orElseThrow().vipAddress()).contains("10.96.0.10");
    assertThat(Annotations.value(lb, "kind")).contains("Service");
    assertThat(Annotations.ownedBy(lb, "k8s", "blue")).isTrue();

    VirtualMachineInterface vmi = graph.loadbalancerInterface(web, NETWORK,
        child(PROJECT, "blue-shop-default-sg"));
    assertThat(vmi.fqName()).isEqualTo(child(PROJECT, "blue__Service__web__" + UID));
    assertThat(vmi.virtualMachineInterfaceDeviceOwner()).contains("K8S:LOADBALANCER");
    assertThat(vmi.virtualNetworkRefs()).extracting(Reference::to).containsExactly(NETWORK);

    InstanceIp iip = graph.loadbalancerInstanceIp(web, NETWORK, Optional.of("subnet-1"));
    assertThat(iip.instanceIpAddress()).contains("10.96.0.10");
    assertThat(iip.subnetUuid()).contains("subnet-1");
    assertThat(iip.virtualMachineInterfaceRefs()).extracting(r -> r.uuid().orElseThrow())
        .containsExactly(vmi.uuid().orElseThrow());

    ServicePort dns = web.ports().get(1);
    LoadbalancerListener listener = graph.listener(web, dns);
    assertThat(listener.fqName().get(2)).startsWith("web__" + UID + "-UDP-53-");
    assertThat(listener.loadbalancerListenerProperties().orElseThrow().protocol())
        .contains(LoadbalancerProtocolType.UDP);
    assertThat(listener.loadbalancerRefs()).extracting(r -> r.uuid().orElseThrow())
        .containsExactly(UID);
    assertThat(Annotations.value(listener, "targetPort")).contains("dns");
    assertThat(Annotations.value(listener, "portName")).isEmpty();

    LoadbalancerPool pool = graph.pool(web, dns);
    assertThat(pool.fqName()).isEqualTo(listener.fqName());
    assertThat(pool.loadbalancerListenerRefs()).extracting(r -> r.uuid().orElseThrow())
        .containsExactly(listener.uuid().orElseThrow());

    LoadbalancerMember member = ServiceGraph.member(pool.fqName(), pool.uuid().orElseThrow(),
        MemberTarget.of("pod-1", "vmi-1"), 5353);
    assertThat(member.fqName()).isEqualTo(child(pool.fqName(), member.uuid().orElseThrow()));
    assertThat(member.parentType()).contains("loadbalancer-pool");
    assertThat(member.loadbalancerMemberProperties().orElseThrow().protocolPort()).contains(5353L);
    assertThat(member.loadbalancerMemberProperties().orElseThrow().address()).isEmpty();
    assertThat(Annotations.value(member, "vmi")).contains("vmi-1");
    assertThat(Annotations.value(member, "vm")).contains("pod-1");
  }

  static List<String> child(List<String> parent, String name) {
    return java.util.stream.Stream.concat(parent.stream(), java.util.stream.Stream.of(name))
        .toList();
  }
}
