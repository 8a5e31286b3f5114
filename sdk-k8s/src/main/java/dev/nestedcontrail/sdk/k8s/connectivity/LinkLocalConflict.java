package dev.nestedcontrail.sdk.k8s.connectivity;

import org.immutables.value.Value;

/**
 * An existing entry with another name on the same service IP and port as a planned entry. The
 * vrouter agent keys link-local services by (service IP, port) and keeps only the first, so one of
 * the two would silently not work.
 */
@Value.Immutable
public abstract class LinkLocalConflict {

  public static LinkLocalConflict of(LinkLocalServiceEntry planned, LinkLocalServiceEntry existing) {
    return ImmutableLinkLocalConflict.of(planned, existing);
  }

  @Value.Parameter
  public abstract LinkLocalServiceEntry planned();

  @Value.Parameter
  public abstract LinkLocalServiceEntry existing();

  /** One line naming both entries and the shared address. */
  public final String describe() {
    return "planned entry \"" + planned().name() + "\" and existing entry \"" + existing().name()
        + "\" both use " + planned().serviceIp() + ":" + planned().servicePort();
  }
}
