package dev.nestedcontrail.sdk.k8s.connectivity;

import java.util.List;
import org.immutables.value.Value;

/** What {@link LinkLocalServices#apply()} did. */
@Value.Immutable
public abstract class LinkLocalApplyResult {

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableLinkLocalApplyResult.Builder {}

  /** The change of the last attempt (the one that settled); on a dry run, the change that would be made. */
  public abstract ConnectivityChange change();

  /** PUTs of the global-vrouter-config: 1, 0 when nothing changed or on a dry run, more after concurrent writes. */
  public abstract int writes();

  /** Read-merge-write rounds: 1 unless another writer changed the config meanwhile. */
  public abstract int attempts();

  public abstract boolean dryRun();

  /** Service IPs found in use with {@link ServiceIpCheck#WARN}, one line each. */
  public abstract List<String> warnings();

  /**
   * The config as it was before this apply and as written, and the Fabric SNAT step (Option 1);
   * give it to {@link LinkLocalServices#rollback(dev.nestedcontrail.sdk.vnc.VncClient, VrouterConfigRollback)}.
   */
  public abstract VrouterConfigRollback rollback();

  /** The readable diff, the Fabric SNAT step, the warnings and what was written. */
  public final String describe() {
    StringBuilder out = new StringBuilder(change().describe());
    rollback().fabricSnat().ifPresent(snat -> out.append(snat.describe()).append('\n'));
    warnings().forEach(warning -> out.append("warning: ").append(warning).append('\n'));
    if (dryRun()) {
      out.append("dry run: nothing written\n");
    } else {
      boolean snat = rollback().fabricSnat().map(FabricSnatChange::written).orElse(false);
      out.append("wrote global-vrouter-config ").append(writes()).append(writes() == 1 ? " time" : " times")
          .append(attempts() > 1 ? " in " + attempts() + " rounds (concurrent writers)" : "")
          .append(snat ? ", virtual-network fabric_snat once" : "").append('\n');
    }
    return out.toString();
  }
}
