package dev.nestedcontrail.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {
  private final ManualScheduler scheduler = new ManualScheduler();
  private final List<FakeHttpServer> servers = new ArrayList<>();
  private final TestHttp http = new TestHttp();

  @AfterEach
  void tearDown() {
    http.close();
    servers.forEach(FakeHttpServer::close);
  }

  private FakeHttpServer server(long seed) {
    FakeHttpServer server = FakeHttpServer.builder().faultSeed(seed).scheduler(scheduler)
        .route("GET", "/ok", r -> FakeResponse.text(200, "ok"))
        .start();
    servers.add(server);
    return server;
  }

  private int status(FakeHttpServer server) {
    return http.get(server.baseUrl() + "/ok").status();
  }

  @Test
  void latency_holdsTheAnswerUntilTheSchedulerReachesIt() throws Exception {
    FakeHttpServer server = server(1);
    server.faults().latency(Duration.ofSeconds(30));

    CompletableFuture<Integer> answer = CompletableFuture.supplyAsync(() -> status(server));
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> scheduler.pending() == 1);
    scheduler.advance(Duration.ofSeconds(29));
    assertThat(answer).isNotDone();

    scheduler.advance(Duration.ofSeconds(1));
    assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo(200);
    assertThat(scheduler.pending()).isZero();
  }

  @Test
  void latency_withoutInjectedScheduler_usesTheEventLoopTimer() {
    FakeHttpServer server = FakeHttpServer.builder().route("GET", "/ok", r -> FakeResponse.text(200, "ok")).start();
    servers.add(server);
    server.faults().latency(Duration.ofMillis(150));

    long started = System.nanoTime();
    assertThat(status(server)).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
  }

  @Test
  void errorRate_answersTheSameShareOfErrorsForTheSameSeed() {
    FakeHttpServer first = server(42);
    FakeHttpServer second = server(42);
    first.faults().errorRate(0.5, 503);
    second.faults().errorRate(0.5, 503);

    List<Integer> a = new ArrayList<>();
    List<Integer> b = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      a.add(status(first));
      b.add(status(second));
    }

    assertThat(a).isEqualTo(b).containsOnly(200, 503);
    assertThat(a.stream().filter(s -> s == 503).count()).isBetween(10L, 30L);
    assertThat(first.faults().injected()).isEqualTo((int) a.stream().filter(s -> s == 503).count());
    assertThat(first.requestCount()).isEqualTo(40 - first.faults().injected());
  }

  @Test
  void dropRate_closesTheConnectionWithoutAnswer() {
    FakeHttpServer server = server(1);
    server.faults().dropRate(1.0);

    assertThatThrownBy(() -> status(server)).isInstanceOf(UncheckedIOException.class);
    assertThat(server.requestCount()).isZero();

    server.faults().reset();
    assertThat(status(server)).isEqualTo(200);
  }

  @Test
  void failNext_answersTheChosenStatusThenRecovers() {
    FakeHttpServer server = server(1);
    server.faults().failNext(2, 502);

    assertThat(List.of(status(server), status(server), status(server))).containsExactly(502, 502, 200);
    assertThat(server.faults().injected()).isEqualTo(2);
  }

  @Test
  void dropNext_dropsOnlyTheNextRequests() {
    FakeHttpServer server = server(1);
    server.faults().dropNext(1).failNext(1, 500);

    assertThatThrownBy(() -> status(server)).isInstanceOf(UncheckedIOException.class);
    assertThat(status(server)).isEqualTo(500);
    assertThat(status(server)).isEqualTo(200);
  }

  @Test
  void faults_rejectOutOfRangeSettings() {
    Faults faults = server(1).faults();

    assertThatThrownBy(() -> faults.errorRate(1.5, 503)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("errorRate: 1.5");
    assertThatThrownBy(() -> faults.errorRate(0.1, 404)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("status: 404");
    assertThatThrownBy(() -> faults.latency(Duration.ofSeconds(-1))).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> faults.failNext(-1, 503)).isInstanceOf(ValidationException.class);
  }
}
