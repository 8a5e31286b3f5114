package dev.nestedcontrail.sdk.k8s.connectivity.internal;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalServiceEntry;
import dev.nestedcontrail.sdk.vnc.model.LinklocalServiceEntryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps between the domain {@link LinkLocalServiceEntry} and the wire type
 * {@link LinklocalServiceEntryType} of {@code global-vrouter-config.linklocal_services}.
 */
public final class LinkLocalWire {

  private LinkLocalWire() {}

  /**
   * The domain entry of a stored one; empty when the stored entry lacks a required member or has
   * an address that is not IPv4 (such entries are kept as they are and never matched).
   */
  public static Optional<LinkLocalServiceEntry> toEntry(LinklocalServiceEntryType wire) {
    Optional<Ipv4Address> serviceIp = wire.linklocalServiceIp().flatMap(Ipv4Address::parse);
    List<Ipv4Address> fabricIps = new ArrayList<>();
    for (String ip : wire.ipFabricServiceIp()) {
      Optional<Ipv4Address> parsed = Ipv4Address.parse(ip);
      if (parsed.isEmpty()) {
        return Optional.empty();
      }
      fabricIps.add(parsed.get());
    }
    if (wire.linklocalServiceName().isEmpty() || serviceIp.isEmpty()
        || wire.linklocalServicePort().isEmpty() || wire.ipFabricServicePort().isEmpty()
        || !wire.unknownFields().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LinkLocalServiceEntry.builder().name(wire.linklocalServiceName().get())
          .serviceIp(serviceIp.get()).servicePort(Math.toIntExact(wire.linklocalServicePort().get()))
          .fabricIps(fabricIps).fabricDnsName(wire.ipFabricDnsServiceName())
          .fabricPort(Math.toIntExact(wire.ipFabricServicePort().get())).build());
    } catch (ValidationException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** The wire form of {@code entry}. */
  public static LinklocalServiceEntryType toWire(LinkLocalServiceEntry entry) {
    LinklocalServiceEntryType.Builder wire = LinklocalServiceEntryType.builder();
    wire.linklocalServiceName(entry.name()).linklocalServiceIp(entry.serviceIp().toString())
        .linklocalServicePort(entry.servicePort()).ipFabricServicePort(entry.fabricPort())
        .ipFabricDnsServiceName(entry.fabricDnsName());
    entry.fabricIps().forEach(ip -> wire.addIpFabricServiceIp(ip.toString()));
    return wire.build();
  }
}
