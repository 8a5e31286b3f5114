package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.k8s.manifest.ContrailRef;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Contrail names of a cluster's objects, as the Python kube-manager makes them
 * (contrail-internals §2.3): {@code __} between parts, {@code <cluster>-} prefixes. In nested
 * mode every namespace maps to the cluster network's project; otherwise to
 * {@code <cluster>-<namespace>} (or the configured {@code cluster_project}).
 */
public final class Names {
  /** The separator of composite names ({@code make_name}). */
  public static final String SEPARATOR = "__";

  private final KubeManagerConfig config;

  public Names(KubeManagerConfig config) {
    this.config = config;
  }

  public String cluster() {
    return config.clusterName();
  }

  public String domain() {
    return configuredProject().flatMap(ContrailRef::domain).orElse(config.clusterDomain());
  }

  /** The project of a namespace. */
  public List<String> project(String namespace) {
    return List.of(domain(), configuredProject().flatMap(ContrailRef::project)
        .orElse(cluster() + "-" + namespace));
  }

  /** The project of the cluster's shared objects (IPAMs, cluster networks, policies). */
  public List<String> defaultProject() {
    return project("default");
  }

  private Optional<ContrailRef> configuredProject() {
    return config.clusterProject().filter(p -> p.project().isPresent())
        .or(() -> config.nestedMode() ? config.clusterNetwork() : Optional.empty());
  }

  public List<String> clusterNetwork() {
    ContrailRef n = config.clusterNetwork().orElseThrow();
    return List.of(n.domain().orElse(config.clusterDomain()), n.project().orElseThrow(),
        n.name().orElseThrow());
  }

  public List<String> ipFabricNetwork() {
    return List.of("default-domain", "default-project", "ip-fabric");
  }

  public List<String> ipam(String kind) {
    return child(defaultProject(), cluster() + "-" + kind + "-ipam");
  }

  public List<String> podNetwork() {
    return config.clusterPodNetwork().map(Names::fqName)
        .orElse(child(defaultProject(), cluster() + "-default-pod-network"));
  }

  public List<String> serviceNetwork() {
    return config.clusterServiceNetwork().map(Names::fqName)
        .orElse(child(defaultProject(), cluster() + "-default-service-network"));
  }

  public List<String> namespacePodNetwork(String namespace) {
    return child(project(namespace), cluster() + "-" + namespace + "-pod-network");
  }

  public List<String> namespaceServiceNetwork(String namespace) {
    return child(project(namespace), cluster() + "-" + namespace + "-service-network");
  }

  /** An isolated namespace's policy {@code <cluster>-<ns>-pod-service-np}. */
  public List<String> namespacePolicy(String namespace) {
    return child(project(namespace), cluster() + "-" + namespace + "-pod-service-np");
  }

  /** A cluster policy such as {@code <cluster>-default-ip-fabric-np}. */
  public List<String> policy(String suffix) {
    return child(defaultProject(), cluster() + "-" + suffix);
  }

  public List<String> securityGroup(String namespace) {
    return child(project(namespace), cluster() + "-" + namespace + "-default-sg");
  }

  /** Pod VM name {@code <pod>__<podUid>} (R5.0); its uuid is the pod UID. */
  public String podVm(String pod, String podUid) {
    return pod + SEPARATOR + podUid;
  }

  /** Pod VM display name {@code <namespace>__<pod>}. */
  public String podVmDisplay(String namespace, String pod) {
    return namespace + SEPARATOR + pod;
  }

  /**
   * Pod VMI (and IIP) name {@code <pod>__<uuid>}. Python uses a random uuid1; ours is derived from
   * the pod UID so a restart finds the same object instead of creating a second one.
   */
  public String podVmi(String pod, String podUid) {
    return pod + SEPARATOR + podVmiUuid(podUid);
  }

  public static String podVmiUuid(String podUid) {
    return derived(podUid, "vmi");
  }

  public static String podIipUuid(String podUid) {
    return derived(podUid, "iip");
  }

  private static String derived(String uid, String role) {
    return UUID.nameUUIDFromBytes((uid + "/" + role).getBytes(StandardCharsets.UTF_8)).toString();
  }

  public static List<String> child(List<String> parent, String name) {
    return java.util.stream.Stream.concat(parent.stream(), java.util.stream.Stream.of(name))
        .toList();
  }

  private static List<String> fqName(ContrailRef ref) {
    return List.of(ref.domain().orElse("default-domain"), ref.project().orElseThrow(),
        ref.name().orElseThrow());
  }
}
