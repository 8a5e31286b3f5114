package dev.nestedcontrail.sdk.testkit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.testkit.FakeConfigApi;
import org.junit.jupiter.api.Test;

/** The concurrency tests again with connections spread over four event-loop threads. */
class FakeConfigApiIoThreadsTest extends FakeConfigApiNoAuthAndConcurrencyTest {
  @Override
  FakeConfigApi startApi() {
    return FakeConfigApi.builder().ioThreads(4).start();
  }

  @Test
  void withSeveralIoThreads_everyRequestIsRecordedOnceInTheLog() {
    api.clearRequests();
    for (int i = 0; i < 20; i++) {
      assertThat(get("/virtual-networks").status()).isEqualTo(200);
    }

    assertThat(api.requests()).hasSize(20)
        .allSatisfy(r -> assertThat(r.path()).isEqualTo("/virtual-networks"));
  }

  @Test
  void ioThreads_belowOne_isRejected() {
    assertThatThrownBy(() -> FakeConfigApi.builder().ioThreads(0).start())
        .isInstanceOf(ValidationException.class).hasMessageContaining("ioThreads: 0 must be at least 1");
  }
}
