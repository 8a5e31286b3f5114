package dev.nestedcontrail.sdk.testkit.it.k8s.kubemanager;

import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.Loadbalancer;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerListener;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerMember;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerPool;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Services and Endpoints on top of {@link KubeManagerHarness}: wired pods, Services with a given
 * clusterIP and ports, Endpoints written as the endpoints controller would, and the loadbalancer
 * objects found in the fake config API.
 */
abstract class ServiceHarness extends KubeManagerHarness {
  /** Generous, as the build machine is shared; waits end as soon as the condition holds. */
  static final Duration WAIT = Duration.ofSeconds(30);
  static final String CLUSTER_IP = "10.96.0.10";
  static final Map<String, Object> HTTP = port("http", "TCP", 80, 8080);
  static final Map<String, Object> METRICS = port("metrics", "TCP", 9090, "metrics");

  static Map<String, Object> port(String name, String protocol, int port, Object targetPort) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", name);
    p.put("protocol", protocol);
    p.put("port", port);
    p.put("targetPort", targetPort);
    return p;
  }

  /** Creates a pod on node-a and waits until kube-manager gave it an instance-ip; its pod. */
  KubernetesObject wiredPod(String name) {
    KubernetesObject pod = createPod("default", name, Map.of("app", "web"),
        Map.of("nodeName", "node-a"));
    await().atMost(WAIT).until(() -> podIp(name).flatMap(InstanceIp::instanceIpAddress)
        .isPresent());
    return pod;
  }

  /** The Contrail address of a wired pod. */
  String podAddressOf(String pod) {
    return podIp(pod).flatMap(InstanceIp::instanceIpAddress).orElseThrow();
  }

  /** The pod's VMI uuid (its only VMI). */
  String podVmi(KubernetesObject pod) {
    return subInterfaces().stream().filter(v -> v.virtualMachineRefs().stream()
            .anyMatch(r -> r.uuid().equals(pod.uid())))
        .findFirst().flatMap(VirtualMachineInterface::uuid).orElseThrow();
  }

  /** Creates or replaces a Service; {@code clusterIp} may be "None" (headless). */
  KubernetesObject putService(String name, String clusterIp, List<Map<String, Object>> ports) {
    return put("Service", name, "spec", Map.of("clusterIP", clusterIp, "ports", ports,
        "selector", Map.of("app", "web")));
  }

  /** Creates or replaces an Endpoints object with one subset. */
  KubernetesObject putEndpoints(String name, List<Map<String, Object>> addresses,
      List<Map<String, Object>> ports) {
    return put("Endpoints", name, "subsets",
        List.of(Map.of("addresses", addresses, "ports", ports)));
  }

  static Map<String, Object> podAddress(String ip, KubernetesObject pod) {
    return Map.of("ip", ip, "targetRef", Map.of("kind", "Pod", "namespace", "default",
        "name", pod.name(), "uid", pod.uid().orElseThrow()));
  }

  static Map<String, Object> endpointPort(String name, int port) {
    return Map.of("name", name, "port", port, "protocol", "TCP");
  }

  private KubernetesObject put(String kind, String name, String field, Object value) {
    Map<String, Object> metadata = new LinkedHashMap<>(Map.of("name", name,
        "namespace", "default"));
    k8s.resources("v1", kind).inNamespace("default").get(name)
        .ifPresent(current -> metadata.putAll(castMap(current.content().get("metadata"))));
    KubernetesObject object = KubernetesObject.of(Map.of("apiVersion", "v1", "kind", kind,
        "metadata", metadata, field, value));
    return metadata.containsKey("uid") ? k8s.replace(object) : k8s.create(object);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object value) {
    return (Map<String, Object>) value;
  }

  void deleteService(String name) {
    k8s.resources("v1", "Service").inNamespace("default").deleteIfExists(name);
  }

  void deleteEndpoints(String name) {
    k8s.resources("v1", "Endpoints").inNamespace("default").deleteIfExists(name);
  }

  List<Loadbalancer> loadbalancers() {
    return all(Loadbalancer.class);
  }

  List<LoadbalancerListener> listeners() {
    return all(LoadbalancerListener.class);
  }

  List<LoadbalancerPool> pools() {
    return all(LoadbalancerPool.class);
  }

  List<LoadbalancerMember> members() {
    return all(LoadbalancerMember.class);
  }

  /** VMIs of loadbalancers (device owner K8S:LOADBALANCER). */
  List<VirtualMachineInterface> loadbalancerInterfaces() {
    return all(VirtualMachineInterface.class).stream().filter(v -> v
        .virtualMachineInterfaceDeviceOwner().filter("K8S:LOADBALANCER"::equals).isPresent())
        .toList();
  }

  /** Members of the pool whose listener listens on {@code port}. */
  List<LoadbalancerMember> membersOfPort(int port) {
    String listener = listeners().stream().filter(l -> l.loadbalancerListenerProperties()
            .flatMap(p -> p.protocolPort()).filter(p -> p == port).isPresent())
        .findFirst().flatMap(LoadbalancerListener::uuid).orElseThrow();
    String pool = pools().stream().filter(p -> p.loadbalancerListenerRefs().stream()
            .anyMatch(r -> r.uuid().filter(listener::equals).isPresent()))
        .findFirst().flatMap(LoadbalancerPool::uuid).orElseThrow();
    return members().stream().filter(m -> m.parentUuid().filter(pool::equals).isPresent())
        .toList();
  }
}
