package dev.nestedcontrail.sdk.bench.kubemanager;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/** The heap of this JVM: peak use since the last reset (garbage included), and live use after a GC. */
final class HeapGauge {
  private HeapGauge() {}

  /** Collects, then starts a new peak from what is live now. */
  static void resetPeak() {
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peak use since {@link #resetPeak()}. */
  static long peak() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  /** Heap in use right after a full collection: what the program really holds. */
  static long liveAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The most heap this JVM may use ({@code -Xmx}). */
  static long max() {
    return Runtime.getRuntime().maxMemory();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
  }
}
