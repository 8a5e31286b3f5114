package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import java.util.Collection;
import java.util.Optional;

/**
 * Finds the virtual-router of a parent VMI's {@code host_id} binding: the vrouter named exactly
 * so; else the one named by the host id without its domain (R5.0's fallback for an FQDN
 * {@code host_id}); else the one whose name without its domain equals the host id (TF's reverse
 * fallback for an FQDN vrouter name).
 */
public final class VrouterMatch {
  private VrouterMatch() {}

  public static Optional<String> find(String hostId, Collection<String> vrouterNames) {
    if (vrouterNames.contains(hostId)) {
      return Optional.of(hostId);
    }
    String shortHost = shortName(hostId);
    if (vrouterNames.contains(shortHost)) {
      return Optional.of(shortHost);
    }
    return vrouterNames.stream().filter(n -> shortName(n).equals(shortHost)).sorted().findFirst();
  }

  static String shortName(String host) {
    int dot = host.indexOf('.');
    return dot < 0 ? host : host.substring(0, dot);
  }
}
