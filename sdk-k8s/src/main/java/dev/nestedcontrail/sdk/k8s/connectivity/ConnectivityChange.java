package dev.nestedcontrail.sdk.k8s.connectivity;

import dev.nestedcontrail.sdk.k8s.connectivity.internal.ChangeRenderer;
import dev.nestedcontrail.sdk.k8s.connectivity.internal.VrouterConfigMerge;
import dev.nestedcontrail.sdk.vnc.model.FlowAgingTimeout;
import dev.nestedcontrail.sdk.vnc.model.GlobalVrouterConfig;
import dev.nestedcontrail.sdk.vnc.model.LinklocalServiceEntryType;
import dev.nestedcontrail.sdk.vnc.model.PortTranslationPool;
import java.util.List;
import org.immutables.value.Value;

/**
 * What applying a {@link ConnectivityPlan} changes in the {@code global-vrouter-config}; a pure
 * value computed from the config as read and the plan. All of it goes into one write:
 * <ul>
 *   <li>{@code linklocal_services}: the planned entries merged by name ({@link #linkLocal()});
 *       entries not in the plan stay as they are, in their place;
 *   <li>{@code port_translation_pools} (Option 1 only): a tcp pool 56000-57023 and a udp pool
 *       57024-58047 for a protocol that has no pool yet; existing pools are never changed;
 *   <li>{@code flow_aging_timeout_list}: a tcp entry with the longest timeout (2147483647 s) for
 *       each port of the long-lived connections the overlay opens to the underlay (config API,
 *       analytics collector, message queue, config database), as kube-manager adds them in nested
 *       mode, for a port that has no tcp entry yet.
 * </ul>
 * Print it with {@link #describe()}.
 */
@Value.Immutable
public abstract class ConnectivityChange {

  /** The change that takes {@code current} (as read) to the plan. */
  public static ConnectivityChange compute(GlobalVrouterConfig current, ConnectivityPlan plan) {
    return VrouterConfigMerge.compute(current, plan);
  }

  /**
   * The undo of {@code plan} without a rollback record: removes the plan's link-local entries that
   * are stored exactly as planned; entries changed since, other entries, pools and flow aging stay.
   */
  public static ConnectivityChange removal(GlobalVrouterConfig current, ConnectivityPlan plan) {
    return VrouterConfigMerge.removal(current, plan);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableConnectivityChange.Builder {}

  /** The global-vrouter-config as read. */
  public abstract GlobalVrouterConfig before();

  /** The link-local entries: what is added, updated, unchanged, untouched or in conflict. */
  public abstract LinkLocalDiff linkLocal();

  /**
   * Stored link-local entries this SDK cannot read as a {@link LinkLocalServiceEntry} (a member
   * missing, an address that is not IPv4, members it does not know); kept exactly as they are.
   */
  public abstract List<LinklocalServiceEntryType> unreadableEntries();

  /** Port translation pools to add. */
  public abstract List<PortTranslationPool> poolsToAdd();

  /** Flow aging entries to add. */
  public abstract List<FlowAgingTimeout> flowAgingToAdd();

  /** Whether writing {@link #after()} would change anything. */
  public final boolean hasChanges() {
    return linkLocal().hasChanges() || !poolsToAdd().isEmpty() || !flowAgingToAdd().isEmpty();
  }

  /**
   * The global-vrouter-config to write: {@link #before()} with the changed properties replaced; a
   * property that does not change is exactly as read.
   */
  @Value.Lazy
  public GlobalVrouterConfig after() {
    return VrouterConfigMerge.after(this);
  }

  /** A readable diff, one line per change, {@code +} added, {@code ~} updated, {@code !} conflict,
   * {@code -} removed and {@code =} kept on an undo. */
  public final String describe() {
    return ChangeRenderer.render(this);
  }
}
