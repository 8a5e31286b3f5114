package dev.nestedcontrail.sdk.k8s.connectivity;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link LinkLocalPlanner} decided for one topology: the one source of truth for the
 * link-local configuration and for the addresses the overlay's components (kube-manager, CNI) are
 * rendered with. A plan is a value; print it with {@link PlanFormat}, diff it with
 * {@link LinkLocalDiff}, apply it later.
 */
@Value.Immutable
public abstract class ConnectivityPlan {

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableConnectivityPlan.Builder {}

  public abstract Connectivity connectivity();

  /** The link-local services to configure, in the seed's order. */
  public abstract List<LinkLocalServiceEntry> entries();

  /**
   * The fully qualified name of the virtual network that needs {@code fabric_snat=true}: the
   * topology's {@code nodeNetwork} in Option 1, empty in Option 2.
   */
  public abstract Optional<String> fabricSnatNetwork();

  /**
   * For each underlay role, in {@link ServiceRole} order, the address:port list the overlay must
   * use, one per node of the role in its listed order: the nodes' service IPs in Option 2, their
   * underlay IPs in Option 1 (reached through Fabric SNAT). The vrouter role always lists service
   * IPs, since the agent's port is reached only through link-local (it listens on the compute's
   * loopback); in Option 1 it is the one {@link #vrouterVip()}. A role without nodes (possible in
   * Option 1) maps to an empty list.
   */
  public abstract Map<ServiceRole, List<ServiceEndpoint>> endpoints();

  /**
   * The service IP the CNI uses to reach the vrouter agent of its compute node: the service IP of
   * the 9091 entry in Option 1, of the first vrouter entry in Option 2.
   */
  public abstract Ipv4Address vrouterVip();

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < entries().size(); i++) {
      LinkLocalServiceEntry entry = entries().get(i);
      if (entry.fabricIps().size() != 1 || entry.fabricDnsName().isPresent()) {
        problems.add("entries[" + i + "]: " + entry.name() + " has fabric IPs " + entry.fabricIps()
            + entry.fabricDnsName().map(dns -> " and DNS name " + dns).orElse("")
            + " (a planned entry has exactly one fabric IP and no DNS name)");
      }
    }
    ValidationException.throwIfAny("connectivity plan", problems);
  }
}
