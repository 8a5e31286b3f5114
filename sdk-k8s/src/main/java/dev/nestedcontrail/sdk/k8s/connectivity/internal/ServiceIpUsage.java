package dev.nestedcontrail.sdk.k8s.connectivity.internal;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.k8s.connectivity.ConnectivityPlan;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalServiceEntry;
import dev.nestedcontrail.sdk.vnc.ListQuery;
import dev.nestedcontrail.sdk.vnc.ResourceOperations;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the plan's service IPs among the addresses of the cloud's instance-ips and floating-ips:
 * a service IP that a VM also owns would be NATed away from it. Lists with {@code filters} on the
 * address ({@link #CHUNK} addresses per request, OR'ed) and asks only for that field.
 */
public final class ServiceIpUsage {
  private static final int CHUNK = 40;

  private ServiceIpUsage() {}

  /** One line per used service IP, naming the object that has it; empty when none is used. */
  public static List<String> find(VncClient vnc, ConnectivityPlan plan) {
    Set<String> ips = new LinkedHashSet<>();
    plan.entries().stream().map(LinkLocalServiceEntry::serviceIp).map(Ipv4Address::toString)
        .forEach(ips::add);
    List<String> used = new ArrayList<>();
    used.addAll(find(vnc.instanceIps(), "instance_ip_address", o -> o.instanceIpAddress(), ips));
    used.addAll(find(vnc.floatingIps(), "floating_ip_address", o -> o.floatingIpAddress(), ips));
    return used;
  }

  private static <T extends VncResource> List<String> find(ResourceOperations<T> ops, String field,
      Function<T, Optional<String>> address, Set<String> ips) {
    List<String> used = new ArrayList<>();
    List<String> all = List.copyOf(ips);
    for (int from = 0; from < all.size(); from += CHUNK) {
      ListQuery.Builder query = ListQuery.builder();
      query.addFields(field);
      all.subList(from, Math.min(all.size(), from + CHUNK)).forEach(ip -> query.filter(field, ip));
      for (T object : ops.list(query.build())) {
        address.apply(object).filter(ips::contains).ifPresent(ip -> used.add("serviceIp " + ip
            + " is in use by " + ops.type().typeName() + " " + String.join(":", object.fqName())
            + object.uuid().map(u -> " (" + u + ")").orElse("")));
      }
    }
    return used;
  }
}
