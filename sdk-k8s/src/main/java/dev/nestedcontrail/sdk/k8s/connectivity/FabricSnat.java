package dev.nestedcontrail.sdk.k8s.connectivity;

import dev.nestedcontrail.sdk.vnc.ReadOptions;
import dev.nestedcontrail.sdk.vnc.ResourceOperations;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enables Fabric SNAT ({@code fabric_snat=true}) on the Kubernetes VMs' virtual network, Option 1
 * of the seed. Idempotent: when the property is already true nothing is written. Uses the caller's
 * {@link VncClient} and never closes it.
 */
public final class FabricSnat {
  private static final Logger logger = LoggerFactory.getLogger(FabricSnat.class);
  private static final ReadOptions FIELDS =
      ReadOptions.builder().addFields("fabric_snat").excludeBackRefs(true).excludeChildren(true).build();

  private final ResourceOperations<VirtualNetwork> networks;
  private final List<String> network;

  private FabricSnat(VncClient vnc, List<String> network) {
    this.networks = vnc.virtualNetworks();
    this.network = List.copyOf(network);
  }

  /** Fabric SNAT on the network {@code fqName}, e.g. {@code default-domain:admin:k8s-vm-net}. */
  public static FabricSnat of(VncClient vnc, String fqName) {
    return new FabricSnat(vnc, List.of(fqName.split(":", -1)));
  }

  /** Fabric SNAT on the plan's node network; empty for a plan without Fabric SNAT (Option 2). */
  public static Optional<FabricSnat> forPlan(VncClient vnc, ConnectivityPlan plan) {
    return plan.fabricSnatNetwork().map(name -> of(vnc, name));
  }

  /** Reads the network and tells what {@link #apply()} would do, writing nothing. */
  public FabricSnatChange diff() {
    return change(networks.readByFqName(network, FIELDS), false);
  }

  /** Sets {@code fabric_snat=true} unless it already is; one PUT of that field at most. */
  public FabricSnatChange apply() {
    VirtualNetwork current = networks.readByFqName(network, FIELDS);
    boolean write = !current.fabricSnat().orElse(false);
    if (write) {
      logger.debug("enabling fabric_snat on {}", network);
      networks.update(current, VirtualNetwork.builder().from(current).fabricSnat(true).build());
    }
    return change(current, write);
  }

  /** Restores {@code fabric_snat} as {@code change} found it; writes nothing when it is so already. */
  public void rollback(FabricSnatChange change) {
    VirtualNetwork current = networks.read(change.networkUuid(), FIELDS);
    VirtualNetwork.Builder restored = VirtualNetwork.builder().from(current);
    restored.fabricSnat(change.previous());
    networks.update(current, restored.build());
  }

  /** One line for what {@link #rollback} would write; empty when {@code fabric_snat} is so already. */
  public Optional<String> describeRollback(FabricSnatChange change) {
    Optional<Boolean> current = networks.read(change.networkUuid(), FIELDS).fabricSnat();
    return current.equals(change.previous()) ? Optional.empty()
        : Optional.of("virtual-network " + String.join(":", network) + ": fabric_snat "
            + current.map(String::valueOf).orElse("unset") + " -> "
            + change.previous().map(String::valueOf).orElse("unset"));
  }

  private FabricSnatChange change(VirtualNetwork current, boolean written) {
    return FabricSnatChange.builder().network(network).networkUuid(current.uuid().orElseThrow())
        .previous(current.fabricSnat()).written(written).build();
  }
}
