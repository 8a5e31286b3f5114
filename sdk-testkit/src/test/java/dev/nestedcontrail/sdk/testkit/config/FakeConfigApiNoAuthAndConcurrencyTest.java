package dev.nestedcontrail.sdk.testkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FakeConfigApiNoAuthAndConcurrencyTest extends ConfigApiHarness {

  @Test
  void withoutKeystone_requestsNeedNoToken() {
    assertThat(get("/virtual-networks").status()).isEqualTo(200);
  }

  @Test
  void concurrentCreates_underOneParent_giveNoDuplicates_andExactCounts() throws Exception {
    int threads = 16;
    int perThread = 10;
    int names = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<int[]>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          int[] statuses = new int[2];
          for (int i = 0; i < perThread; i++) {
            String name = "vn-" + ((offset * perThread + i) % names);
            int status = post("/virtual-networks", "{\"virtual-network\": {\"fq_name\": [\"default-domain\", "
                + "\"default-project\", \"" + name + "\"]}}").status();
            statuses[status == 200 ? 0 : 1]++;
            assertThat(status).isIn(200, 409);
          }
          return statuses;
        }));
      }
      int created = 0;
      int conflicts = 0;
      for (Future<int[]> f : results) {
        int[] s = f.get(60, TimeUnit.SECONDS);
        created += s[0];
        conflicts += s[1];
      }
      assertThat(created).isEqualTo(names);
      assertThat(conflicts).isEqualTo(threads * perThread - names);
    } finally {
      pool.shutdownNow();
    }
    String project = uuidOf("project", PROJECT);
    Map<String, Object> count = get("/virtual-networks?count=true&parent_id=" + project).json();
    assertThat(count).isEqualTo(Map.of("virtual-networks", Map.of("count", (long) names + 4)));
    assertThat(FakeConfigApiCrudTest.refUuids(read("project", project), "virtual_networks")).hasSize(names + 4).doesNotHaveDuplicates();
  }
}
