package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.k8s.manifest.ContrailRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Kubernetes annotations that choose networks (contrail-internals §2.5), read as the Python
 * kube-manager reads them: {@code opencontrail.org/isolation} and the two ip-fabric flags are
 * true or false in any case (other values count as absent); {@code opencontrail.org/network}
 * is a dict of {@code domain}, {@code project} and {@code name}, in Python-literal or JSON quoting,
 * all three required.
 */
public final class NetworkAnnotations {
  public static final String ISOLATION = "opencontrail.org/isolation";
  public static final String NETWORK = "opencontrail.org/network";
  public static final String IP_FABRIC_FORWARDING = "opencontrail.org/ip_fabric_forwarding";
  public static final String IP_FABRIC_SNAT = "opencontrail.org/ip_fabric_snat";

  private NetworkAnnotations() {}

  /** True when {@code opencontrail.org/isolation} is {@code true}. */
  public static boolean isolated(Map<String, String> annotations) {
    return flag(annotations, ISOLATION).orElse(false);
  }

  /** ip_fabric_forwarding of a namespace: its annotation, else the global setting. */
  public static boolean forwarding(Map<String, String> annotations, KubeManagerConfig config) {
    return flag(annotations, IP_FABRIC_FORWARDING).orElse(config.ipFabricForwarding());
  }

  /** ip_fabric_snat of a namespace: its annotation, else the global setting. */
  public static boolean snat(Map<String, String> annotations, KubeManagerConfig config) {
    return flag(annotations, IP_FABRIC_SNAT).orElse(config.ipFabricSnat());
  }

  /** The value of a true/false annotation; empty when absent or neither true nor false. */
  public static Optional<Boolean> flag(Map<String, String> annotations, String key) {
    String value = annotations.get(key);
    if (value == null) {
      return Optional.empty();
    }
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true": return Optional.of(true);
      case "false": return Optional.of(false);
      default: return Optional.empty();
    }
  }

  /**
   * The fq_name of the network named by {@code opencontrail.org/network}, empty when the
   * annotation is absent.
   *
   * @param owner what carries the annotation, such as {@code pod shop/web-1}, for the message
   * @throws ValidationException naming the owner, the annotation and its value when the value is
   *     not such a dict or lacks one of the three keys
   */
  public static Optional<List<String>> network(Map<String, String> annotations, String owner) {
    String value = annotations.get(NETWORK);
    if (value == null) {
      return Optional.empty();
    }
    String subject = owner + " annotation " + NETWORK;
    ContrailRef ref;
    try {
      ref = ContrailRef.parse(NETWORK, value);
    } catch (ValidationException e) {
      throw new ValidationException(subject, List.of(value + " is not a network such as "
          + "{\"domain\": \"default-domain\", \"project\": \"p\", \"name\": \"vn\"}: "
          + String.join("; ", e.problems())));
    }
    List<String> missing = new ArrayList<>();
    if (ref.domain().isEmpty()) {
      missing.add("domain");
    }
    if (ref.project().isEmpty()) {
      missing.add("project");
    }
    if (ref.name().isEmpty()) {
      missing.add("name");
    }
    if (!missing.isEmpty()) {
      throw ValidationException.of(subject, value + " lacks " + String.join(", ", missing));
    }
    return Optional.of(List.of(ref.domain().get(), ref.project().get(), ref.name().get()));
  }
}
