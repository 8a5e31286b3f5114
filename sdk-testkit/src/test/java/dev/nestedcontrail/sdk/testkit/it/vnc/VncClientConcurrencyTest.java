package dev.nestedcontrail.sdk.testkit.it.vnc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.vnc.ListQuery;
import dev.nestedcontrail.sdk.vnc.ReadOptions;
import dev.nestedcontrail.sdk.vnc.ResourceOperations;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VncClientConcurrencyTest extends FakeVncHarness {
  private static final int THREADS = 32;
  private static final int PER_THREAD = 4;

  @Test
  void mixedCrudFrom32Threads_onOneClient_endsInExactlyTheExpectedState() throws Exception {
    ResourceOperations<VirtualNetwork> vns = vnc.resources(VirtualNetwork.class);
    int before = vns.list(ListQuery.builder().parentFqName(PROJECT).build()).size();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          go.await();
          for (int i = 0; i < PER_THREAD; i++) {
            String name = "c-" + thread + "-" + i;
            VirtualNetwork vn = vns.create(VirtualNetwork.builder().fqName(inProject(name)).parentType("project").build());
            VirtualNetwork read = vns.read(vn.uuid().orElseThrow(), ReadOptions.withoutChildrenAndBackRefs());
            vns.update(read, VirtualNetwork.builder().from(read).displayName("done " + name).build());
            if (i % 2 == 1) {
              vns.delete(vn.uuid().orElseThrow());
            }
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> future : futures) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    Map<String, String> left = vns.list(ListQuery.builder().parentFqName(PROJECT).detail(true).build()).stream()
        .filter(vn -> vn.fqName().get(2).startsWith("c-"))
        .collect(Collectors.toMap(vn -> vn.fqName().get(2), vn -> vn.displayName().orElse("")));
    Map<String, String> expected = new java.util.HashMap<>();
    for (int t = 0; t < THREADS; t++) {
      for (int i = 0; i < PER_THREAD; i += 2) {
        expected.put("c-" + t + "-" + i, "done c-" + t + "-" + i);
      }
    }
    assertThat(left).isEqualTo(expected);
    assertThat(vns.list(ListQuery.builder().parentFqName(PROJECT).build())).hasSize(before + expected.size());
  }
}
