package dev.nestedcontrail.sdk.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.k8s.kubemanager.internal.VlanAllocator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class VlanAllocatorTest {
  private final VlanAllocator vlans = new VlanAllocator();

  @Test
  void allocate_startsAtOneAndTakesTheLowestFree() {
    assertThat(vlans.allocate("p", "a")).isEqualTo(1);
    assertThat(vlans.allocate("p", "b")).isEqualTo(2);
    assertThat(vlans.allocate("p", "c")).isEqualTo(3);
    vlans.release("p", "b");
    assertThat(vlans.allocate("p", "d")).isEqualTo(2);
    assertThat(vlans.allocate("other", "e")).isEqualTo(1);
  }

  @Test
  void allocate_sameChildTwice_returnsItsVlan() {
    assertThat(vlans.allocate("p", "a")).isEqualTo(1);
    assertThat(vlans.allocate("p", "a")).isEqualTo(1);
    assertThat(vlans.inUse("p")).isEqualTo(1);
  }

  @Test
  void reserve_rebuildsFromExistingAndRefusesCollisionsAndInvalidIds() {
    assertThat(vlans.reserve("p", 1, "a")).isTrue();
    assertThat(vlans.reserve("p", 3, "c")).isTrue();
    assertThat(vlans.reserve("p", 3, "x")).isFalse();
    assertThat(vlans.reserve("p", 0, "y")).isFalse();
    assertThat(vlans.reserve("p", 4095, "z")).isFalse();
    assertThat(vlans.allocate("p", "b")).isEqualTo(2);
    assertThat(vlans.allocate("p", "d")).isEqualTo(4);
  }

  @Test
  void allocate_whenAll4094Taken_throwsAndNeverHandsOut4095() {
    for (int i = 1; i <= 4094; i++) {
      assertThat(vlans.allocate("p", "c" + i)).isEqualTo(i);
    }
    assertThatThrownBy(() -> vlans.allocate("p", "one-more"))
        .isInstanceOf(VlanExhaustedException.class)
        .hasMessageContaining("1..4094").hasMessageContaining("p");
    vlans.release("p", "c77");
    assertThat(vlans.allocate("p", "one-more")).isEqualTo(77);
  }

  @Test
  void allocate_concurrentlyOnOneParent_givesDistinctVlans() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int i = 0; i < 2000; i++) {
        String child = "c" + i;
        futures.add(pool.submit(() -> vlans.allocate("p", child)));
      }
      Set<Integer> seen = new HashSet<>();
      for (Future<Integer> f : futures) {
        seen.add(f.get());
      }
      assertThat(seen).hasSize(2000);
      assertThat(seen).allMatch(v -> v >= 1 && v <= 2000);
    } finally {
      pool.shutdownNow();
    }
  }
}
