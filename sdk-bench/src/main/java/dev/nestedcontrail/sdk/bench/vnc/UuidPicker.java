package dev.nestedcontrail.sdk.bench.vnc;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Picks a random uuid per call from a seeded random per worker thread, so every case reads the
 * same sequence of uuids and workers never share a random.
 */
final class UuidPicker {
  private final List<String> uuids;
  private final SplittableRandom[] randoms;

  UuidPicker(List<String> uuids, long seed, int threads) {
    this.uuids = List.copyOf(uuids);
    this.randoms = new SplittableRandom[threads];
    for (int t = 0; t < threads; t++) {
      randoms[t] = new SplittableRandom(seed + t);
    }
  }

  /** The next uuid of worker {@code thread}; only that worker may call it. */
  String next(int thread) {
    return uuids.get(randoms[thread].nextInt(uuids.size()));
  }
}
