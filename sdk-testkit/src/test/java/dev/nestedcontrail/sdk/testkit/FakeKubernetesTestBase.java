package dev.nestedcontrail.sdk.testkit;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;

/**
 * One {@link FakeKubernetesApi} (timers on a {@link ManualScheduler}, clock a {@link FakeClock})
 * and a raw HTTP client on it per test, both closed after it.
 */
abstract class FakeKubernetesTestBase {
  final ManualScheduler timers = new ManualScheduler();
  final FakeClock clock = FakeClock.atDefaultStart();
  final FakeKubernetesApi api;
  final KubeHttp http;

  FakeKubernetesTestBase(UnaryOperator<FakeKubernetesApi.Builder> options) {
    this.api = options.apply(FakeKubernetesApi.builder().timers(timers).clock(clock)).start();
    this.http = new KubeHttp(api);
  }

  @AfterEach
  void closeFake() {
    http.close();
    api.close();
  }
}
