package dev.nestedcontrail.sdk.k8s.connectivity.internal;

import dev.nestedcontrail.sdk.k8s.connectivity.ConnectivityChange;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalConflict;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalDiff;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalServiceEntry;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalUpdate;
import dev.nestedcontrail.sdk.vnc.model.FlowAgingTimeout;
import dev.nestedcontrail.sdk.vnc.model.PortTranslationPool;
import java.util.stream.Collectors;

/** The readable diff of a {@link ConnectivityChange}. */
public final class ChangeRenderer {

  private ChangeRenderer() {}

  public static String render(ConnectivityChange change) {
    StringBuilder out = new StringBuilder();
    LinkLocalDiff diff = change.linkLocal();
    out.append("global-vrouter-config default-global-system-config:default-global-vrouter-config")
        .append(change.hasChanges() ? "" : ": no changes").append('\n');
    out.append("linklocal_services: ");
    if (diff.removal()) {
      out.append(diff.toRemove().size()).append(" to remove, ")
          .append(diff.modifiedKept().size()).append(" changed since planned (kept), ");
    } else {
      out.append(diff.toAdd().size()).append(" to add, ")
          .append(diff.toUpdate().size()).append(" to update, ")
          .append(diff.unchanged().size()).append(" unchanged, ");
    }
    out.append(diff.untouched().size() + change.unreadableEntries().size())
        .append(" other entries kept\n");
    for (LinkLocalServiceEntry entry : diff.toRemove()) {
      out.append("  - ").append(entry(entry)).append('\n');
    }
    for (LinkLocalUpdate kept : diff.modifiedKept()) {
      out.append("  = kept ").append(entry(kept.existing())).append('\n')
          .append("      planned ").append(entry(kept.planned())).append('\n');
    }
    for (LinkLocalServiceEntry entry : diff.toAdd()) {
      out.append("  + ").append(entry(entry)).append('\n');
    }
    for (LinkLocalUpdate update : diff.toUpdate()) {
      out.append("  ~ ").append(entry(update.planned())).append('\n')
          .append("      was ").append(entry(update.existing())).append('\n');
    }
    for (LinkLocalConflict conflict : diff.conflicts()) {
      out.append("  ! conflict: ").append(conflict.describe())
          .append("; the vrouter agent uses only the first\n");
    }
    if (!change.poolsToAdd().isEmpty()) {
      out.append("port_translation_pools:\n");
      change.poolsToAdd().forEach(pool -> out.append("  + ").append(pool(pool)).append('\n'));
    }
    if (!change.flowAgingToAdd().isEmpty()) {
      out.append("flow_aging_timeout_list:\n");
      for (FlowAgingTimeout aging : change.flowAgingToAdd()) {
        out.append("  + ").append(aging.protocol().orElse("?")).append(' ')
            .append(aging.port().map(String::valueOf).orElse("?")).append(" timeout ")
            .append(aging.timeoutInSeconds().map(String::valueOf).orElse("?")).append(" s\n");
      }
    }
    return out.toString();
  }

  /** {@code "name" ip:port -> fabric:port}. */
  public static String entry(LinkLocalServiceEntry entry) {
    String fabric = entry.fabricIps().isEmpty()
        ? entry.fabricDnsName().orElse("?")
        : entry.fabricIps().stream().map(Object::toString).collect(Collectors.joining(","));
    return "\"" + entry.name() + "\" " + entry.serviceAddress() + " -> " + fabric + ":"
        + entry.fabricPort();
  }

  private static String pool(PortTranslationPool pool) {
    String range = pool.portRange()
        .map(r -> r.startPort().map(String::valueOf).orElse("?") + "-"
            + r.endPort().map(String::valueOf).orElse("?"))
        .orElseGet(() -> pool.portCount().map(c -> c + " ports").orElse("?"));
    return pool.protocol().orElse("?") + " " + range;
  }
}
