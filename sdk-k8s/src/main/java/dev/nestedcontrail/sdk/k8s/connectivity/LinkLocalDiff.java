package dev.nestedcontrail.sdk.k8s.connectivity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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

  /**
   * The undo of {@code planned} without a rollback record: existing entries equal to the planned
   * entry of their name are to remove; existing entries with a planned name and other content are
   * kept ({@link #modifiedKept()}); entries with other names are untouched.
   */
  public static LinkLocalDiff removing(List<LinkLocalServiceEntry> existing,
      List<LinkLocalServiceEntry> planned) {
    Map<String, LinkLocalServiceEntry> plannedByName = new LinkedHashMap<>();
    planned.forEach(entry -> plannedByName.putIfAbsent(entry.name(), entry));
    ImmutableLinkLocalDiff.Builder diff = ImmutableLinkLocalDiff.builder().existing(existing).removal(true);
    for (LinkLocalServiceEntry entry : existing) {
      LinkLocalServiceEntry plannedEntry = plannedByName.get(entry.name());
      if (plannedEntry == null) {
        diff.addUntouched(entry);
      } else if (plannedEntry.equals(entry)) {
        diff.addToRemove(entry);
      } else {
        diff.addModifiedKept(LinkLocalUpdate.of(entry, plannedEntry));
      }
    }
    return diff.build();
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

  /** Whether this diff undoes the plan ({@link #removing}) rather than applies it. */
  @Value.Default
  public boolean removal() {
    return false;
  }

  /** On an undo: existing entries exactly as planned, which the merged list drops. */
  public abstract List<LinkLocalServiceEntry> toRemove();

  /** On an undo: existing entries with a planned name but other content; kept as they are. */
  public abstract List<LinkLocalUpdate> modifiedKept();

  /** Whether writing {@link #merged()} would change anything. */
  public final boolean hasChanges() {
    return !toUpdate().isEmpty() || !toAdd().isEmpty() || !toRemove().isEmpty();
  }

  /**
   * The complete new list: the existing entries in their order without those to remove, each
   * planned update in place of the entry it replaces, then the additions in plan order.
   */
  @Value.Lazy
  public List<LinkLocalServiceEntry> merged() {
    return merge(existing(), Optional::of, entry -> entry);
  }

  /**
   * {@link #merged()} over a stored list of another type: {@code read} gives an item's entry (empty
   * for an item that is kept as it is), {@code write} the item of a planned entry.
   */
  public final <T> List<T> merge(List<T> stored, Function<T, Optional<LinkLocalServiceEntry>> read,
      Function<LinkLocalServiceEntry, T> write) {
    Map<String, LinkLocalServiceEntry> updates = new LinkedHashMap<>();
    toUpdate().forEach(update -> updates.put(update.existing().name(), update.planned()));
    Set<LinkLocalServiceEntry> removed = Set.copyOf(toRemove());
    List<T> merged = new ArrayList<>(stored.size() + toAdd().size());
    for (T item : stored) {
      Optional<LinkLocalServiceEntry> entry = read.apply(item);
      if (entry.isEmpty()) {
        merged.add(item);
      } else if (!removed.contains(entry.get())) {
        LinkLocalServiceEntry replacement = updates.remove(entry.get().name());
        merged.add(replacement != null ? write.apply(replacement) : item);
      }
    }
    toAdd().forEach(entry -> merged.add(write.apply(entry)));
    return List.copyOf(merged);
  }
}
