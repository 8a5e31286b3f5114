package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.k8s.kubemanager.VlanExhaustedException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * VLAN ids of sub-interfaces, per parent VMI: the lowest free id in 1..4094 (0 and 4095 are
 * invalid), each held by one child VMI. Allocation for one parent runs under that parent's lock;
 * different parents do not contend. Rebuilt at start with {@link #reserve} from the existing
 * sub-interface VMIs.
 */
public final class VlanAllocator {
  public static final int MIN_VLAN = 1;
  public static final int MAX_VLAN = 4094;

  private final Map<String, Parent> parents = new ConcurrentHashMap<>();

  /** The child's VLAN on this parent: the one it already holds, else the lowest free one. */
  public int allocate(String parentUuid, String childUuid) {
    Parent parent = parent(parentUuid);
    synchronized (parent) {
      Integer held = parent.byChild.get(childUuid);
      if (held != null) {
        return held;
      }
      int vlan = parent.used.nextClearBit(MIN_VLAN);
      if (vlan > MAX_VLAN) {
        throw new VlanExhaustedException(parentUuid);
      }
      parent.take(vlan, childUuid);
      return vlan;
    }
  }

  /**
   * Records a VLAN found on an existing sub-interface; false when another child already holds it
   * (a collision in VNC that the caller reports).
   */
  public boolean reserve(String parentUuid, int vlan, String childUuid) {
    if (vlan < MIN_VLAN || vlan > MAX_VLAN) {
      return false;
    }
    Parent parent = parent(parentUuid);
    synchronized (parent) {
      String holder = parent.byVlan.get(vlan);
      if (holder != null) {
        return holder.equals(childUuid);
      }
      Integer previous = parent.byChild.get(childUuid);
      if (previous != null) {
        parent.free(previous);
      }
      parent.take(vlan, childUuid);
      return true;
    }
  }

  /** Frees the child's VLAN on this parent, if it holds one. */
  public void release(String parentUuid, String childUuid) {
    Parent parent = parents.get(parentUuid);
    if (parent == null) {
      return;
    }
    synchronized (parent) {
      Integer vlan = parent.byChild.get(childUuid);
      if (vlan != null) {
        parent.free(vlan);
      }
    }
  }

  /** Frees the child's VLAN on whichever parent holds it. */
  public void release(String childUuid) {
    for (String parentUuid : parents.keySet()) {
      release(parentUuid, childUuid);
    }
  }

  public Optional<Integer> vlanOf(String parentUuid, String childUuid) {
    Parent parent = parents.get(parentUuid);
    if (parent == null) {
      return Optional.empty();
    }
    synchronized (parent) {
      return Optional.ofNullable(parent.byChild.get(childUuid));
    }
  }

  /** How many VLANs the parent has in use. */
  public int inUse(String parentUuid) {
    Parent parent = parents.get(parentUuid);
    if (parent == null) {
      return 0;
    }
    synchronized (parent) {
      return parent.byChild.size();
    }
  }

  private Parent parent(String parentUuid) {
    return parents.computeIfAbsent(parentUuid, p -> new Parent());
  }

  private static final class Parent {
    final BitSet used = new BitSet(MAX_VLAN + 1);
    final Map<String, Integer> byChild = new HashMap<>();
    final Map<Integer, String> byVlan = new HashMap<>();

    void take(int vlan, String child) {
      used.set(vlan);
      byChild.put(child, vlan);
      byVlan.put(vlan, child);
    }

    void free(int vlan) {
      used.clear(vlan);
      String child = byVlan.remove(vlan);
      if (child != null) {
        byChild.remove(child);
      }
    }
  }
}
