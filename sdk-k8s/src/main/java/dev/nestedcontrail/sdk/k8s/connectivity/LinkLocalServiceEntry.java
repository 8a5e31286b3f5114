package dev.nestedcontrail.sdk.k8s.connectivity;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.connectivity.internal.PortRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One link-local service: traffic from a VM to {@code serviceIp:servicePort} is NATed by the
 * vrouter to {@code fabricIp:fabricPort} on the underlay. This is the whole wire shape of
 * Contrail's {@code LinklocalServiceEntryType} (in {@code global-vrouter-config.linklocal_services}),
 * so an entry read from a live config loses nothing: it may have several fabric IPs or a fabric
 * DNS name instead. Planned entries always have exactly one fabric IP and no DNS name.
 */
@Value.Immutable
public abstract class LinkLocalServiceEntry {

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableLinkLocalServiceEntry.Builder {}

  /** An entry with one fabric IP, as the planner makes them. */
  public static LinkLocalServiceEntry of(String name, Ipv4Address serviceIp, int servicePort,
      Ipv4Address fabricIp, int fabricPort) {
    return builder().name(name).serviceIp(serviceIp).servicePort(servicePort)
        .addFabricIp(fabricIp).fabricPort(fabricPort).build();
  }

  /** {@code linklocal_service_name}; the key by which entries are matched. */
  public abstract String name();

  /** {@code linklocal_service_ip}. */
  public abstract Ipv4Address serviceIp();

  /** {@code linklocal_service_port}. */
  public abstract int servicePort();

  /** {@code ip_fabric_service_ip}: usually one address, possibly several, or none with a DNS name. */
  public abstract List<Ipv4Address> fabricIps();

  /** {@code ip_fabric_DNS_service_name}, which the agent resolves periodically. */
  public abstract Optional<String> fabricDnsName();

  /** {@code ip_fabric_service_port}. */
  public abstract int fabricPort();

  /** The first fabric IP: the only one of a planned entry. */
  public final Optional<Ipv4Address> fabricIp() {
    return fabricIps().stream().findFirst();
  }

  /**
   * The service IP and port, the key under which the vrouter agent stores the entry (it keeps
   * only the first entry for each).
   */
  public final ServiceEndpoint serviceAddress() {
    return ServiceEndpoint.of(serviceIp(), servicePort());
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (name().isBlank()) {
      problems.add("name: empty (a link-local service needs a name)");
    }
    PortRange.check("servicePort", servicePort(), problems);
    PortRange.check("fabricPort", fabricPort(), problems);
    ValidationException.throwIfAny(
        "link-local service entry " + name(), problems);
  }
}
