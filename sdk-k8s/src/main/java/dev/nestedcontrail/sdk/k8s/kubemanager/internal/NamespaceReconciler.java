package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.vnc.model.Project;
import dev.nestedcontrail.sdk.vnc.model.SecurityGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A namespace's VNC objects (contrail-internals §2.5): its project (outside nested mode, where
 * every namespace uses the cluster network's project) annotated with {@code k8s_uuid} and
 * {@code isolated}, and its default security group {@code <cluster>-<ns>-default-sg}.
 */
public final class NamespaceReconciler {
  private final KubeManagerConfig config;
  private final ClusterGraph graph;
  private final VncOps vnc;
  private final Map<String, String> securityGroups = new ConcurrentHashMap<>();

  public NamespaceReconciler(KubeManagerConfig config, VncOps vnc) {
    this.config = config;
    this.graph = new ClusterGraph(config);
    this.vnc = vnc;
  }

  /** ADDED or MODIFIED. */
  public void apply(KubernetesObject namespace) {
    String name = namespace.name();
    if (!config.nestedMode() && config.clusterProject().isEmpty()) {
      List<String> fq = graph.names().project(name);
      Map<String, String> annotations = common(name);
      annotations.put(Annotations.K8S_UUID, namespace.uid().orElse(""));
      annotations.put("isolated", isolated(namespace) ? "True" : "False");
      vnc.createOrGet(Project.builder().fqName(fq).name(fq.get(1))
          .annotations(Annotations.of(annotations)).build());
    }
    securityGroup(name);
  }

  /** The namespace's default security group, created when missing; its uuid. */
  public String securityGroup(String namespace) {
    return securityGroups.computeIfAbsent(namespace, ns -> vnc.createOrGet(
        SecurityGroup.builder().from(graph.securityGroup(ns))
            .annotations(Annotations.of(common(ns))).build()).uuid().orElseThrow());
  }

  /** DELETED: the security group, then the namespace's own project; missing objects are fine. */
  public void remove(String namespace) {
    securityGroups.remove(namespace);
    vnc.findByFqName(SecurityGroup.class, graph.names().securityGroup(namespace))
        .flatMap(SecurityGroup::uuid).ifPresent(u -> vnc.delete(SecurityGroup.class, u));
    if (!config.nestedMode() && config.clusterProject().isEmpty()) {
      vnc.findByFqName(Project.class, graph.names().project(namespace))
          .filter(p -> Annotations.ownedBy(p, config.clusterOwner(), config.clusterName()))
          .flatMap(Project::uuid).ifPresent(u -> vnc.delete(Project.class, u));
    }
  }

  /** True when the security group belongs to a namespace of this cluster. */
  public boolean owns(SecurityGroup group) {
    return Annotations.ownedBy(group, config.clusterOwner(), config.clusterName())
        && Annotations.value(group, Annotations.KIND).filter("Namespace"::equals).isPresent();
  }

  private Map<String, String> common(String namespace) {
    return new LinkedHashMap<>(Annotations.common(config.clusterOwner(), config.clusterName(),
        graph.names().project(namespace).get(1), namespace, namespace, "Namespace"));
  }

  private static boolean isolated(KubernetesObject namespace) {
    return "true".equals(namespace.annotations().get("opencontrail.org/isolation"));
  }
}
