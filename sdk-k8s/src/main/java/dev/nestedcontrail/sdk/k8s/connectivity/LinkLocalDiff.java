package dev.nestedcontrail.sdk.k8s.connectivity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The difference between the link-local entries a config already has and a plan; a pure value.
 * Entries are matched by name (exactly, as Contrail's own tools do). A planned entry is unchanged
 * when an existing entry with its name is equal to it, to update when that entry differs, and to
 * add when no entry has its name. Existing entries whose name is not planned are kept untouched.
 * When several existing entries share a planned name, the first is matched and the others stay as
 * they are. {@link #merged()} is the complete new list the apply step writes in one write.
 */
@Value.Immutable
public abstract class LinkLocalDiff {

  /** Compares {@code existing} (in its stored order) with the plan's entries. */
  public static LinkLocalDiff between(List<LinkLocalServiceEntry> existing, ConnectivityPlan plan) {
    return between(existing, plan.entries());
  }

  /** Compares {@code existing} (in its stored order) with {@code planned}. */
  public static LinkLocalDiff between(List<LinkLocalServiceEntry> existing,
      List<LinkLocalServiceEntry> planned) {
    Map<String, LinkLocalServiceEntry> byName = new LinkedHashMap<>();
    existing.forEach(entry -> byName.putIfAbsent(entry.name(), entry));
    Set<String> plannedNames = new HashSet<>();
    planned.forEach(entry -> plannedNames.add(entry.name()));
    ImmutableLinkLocalDiff.Builder diff = ImmutableLinkLocalDiff.builder().existing(existing);
    Map<ServiceEndpoint, List<LinkLocalServiceEntry>> untouchedByAddress = new HashMap<>();
    for (LinkLocalServiceEntry entry : existing) {
      if (!plannedNames.contains(entry.name())) {
        diff.addUntouched(entry);
        untouchedByAddress.computeIfAbsent(entry.serviceAddress(), a -> new ArrayList<>())
            .add(entry);
      }
    }
    for (LinkLocalServiceEntry entry : planned) {
      LinkLocalServiceEntry current = byName.get(entry.name());
      if (current == null) {
        diff.addToAdd(entry);
      } else if (current.equals(entry)) {
        diff.addUnchanged(entry);
      } else {
        diff.addToUpdate(LinkLocalUpdate.of(current, entry));
      }
      untouchedByAddress.getOrDefault(entry.serviceAddress(), List.of())
          .forEach(other -> diff.addConflict(LinkLocalConflict.of(entry, other)));
    }
    return diff.build();
  }

  /** The entries that were read, in their stored order. */
  public abstract List<LinkLocalServiceEntry> existing();

  /** Planned entries already configured exactly. */
  public abstract List<LinkLocalServiceEntry> unchanged();

  /** Planned entries whose name exists with other content. */
  public abstract List<LinkLocalUpdate> toUpdate();

  /** Planned entries whose name does not exist yet, in plan order. */
  public abstract List<LinkLocalServiceEntry> toAdd();

  /** Existing entries the plan does not name; the merged list keeps them as they are. */
  public abstract List<LinkLocalServiceEntry> untouched();

  /**
   * Untouched entries (another name) on a planned entry's service IP and port: after the write
   * both would be in the list, and the agent would use only the first.
   */
  public abstract List<LinkLocalConflict> conflicts();

  /** Whether writing {@link #merged()} would change anything. */
  public final boolean hasChanges() {
    return !toUpdate().isEmpty() || !toAdd().isEmpty();
  }

  /**
   * The complete new list: the existing entries in their order, each planned update in place of
   * the entry it replaces, then the additions in plan order.
   */
  @Value.Lazy
  public List<LinkLocalServiceEntry> merged() {
    Map<String, LinkLocalServiceEntry> updates = new LinkedHashMap<>();
    toUpdate().forEach(update -> updates.put(update.existing().name(), update.planned()));
    List<LinkLocalServiceEntry> merged = new ArrayList<>(existing().size() + toAdd().size());
    for (LinkLocalServiceEntry entry : existing()) {
      LinkLocalServiceEntry replacement = updates.remove(entry.name());
      merged.add(replacement != null ? replacement : entry);
    }
    merged.addAll(toAdd());
    return List.copyOf(merged);
  }
}
