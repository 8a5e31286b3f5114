package dev.nestedcontrail.sdk.testkit.internal;

import static dev.nestedcontrail.sdk.testkit.internal.EmbeddedHttp.request;
import static dev.nestedcontrail.sdk.testkit.internal.EmbeddedHttp.statusAndBody;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.testkit.DelayScheduler;
import dev.nestedcontrail.sdk.testkit.ManualScheduler;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultInjectionHandlerTest {
  private final FaultState faults = new FaultState(7);
  private final ManualScheduler scheduler = new ManualScheduler();
  private final EmbeddedChannel channel =
      new EmbeddedChannel(new FaultInjectionHandler(faults, Optional.<DelayScheduler>of(scheduler)));

  @AfterEach
  void tearDown() {
    channel.finishAndReleaseAll();
  }

  @Test
  void withoutFaults_passesTheRequestOn() {
    channel.writeInbound(request(HttpMethod.GET, "/a", ""));

    FullHttpRequest passed = channel.readInbound();
    assertThat(passed.uri()).isEqualTo("/a");
    passed.release();
    assertThat(channel.<Object>readOutbound()).isNull();
  }

  @Test
  void failNext_answersTheStatusAndDoesNotPassTheRequestOn() {
    faults.failNext(1, 503);

    channel.writeInbound(request(HttpMethod.GET, "/a", "body"));

    assertThat(channel.<Object>readInbound()).isNull();
    assertThat(statusAndBody(channel.readOutbound())).isEqualTo("503 injected fault: 503\n");
    assertThat(channel.isActive()).isTrue();
  }

  @Test
  void dropNext_closesTheChannelWithoutAnswer() {
    faults.dropNext(1);

    channel.writeInbound(request(HttpMethod.POST, "/a", "{}"));

    assertThat(channel.<Object>readOutbound()).isNull();
    assertThat(channel.<Object>readInbound()).isNull();
    assertThat(channel.isActive()).isFalse();
  }

  @Test
  void latency_passesTheRequestOnlyAfterTheDelay() {
    faults.latency(Duration.ofSeconds(2)).failNext(1, 500);

    channel.writeInbound(request(HttpMethod.GET, "/slow", ""));
    scheduler.advance(Duration.ofSeconds(1));
    channel.runPendingTasks();
    assertThat(channel.<Object>readOutbound()).isNull();

    scheduler.advance(Duration.ofSeconds(1));
    channel.runPendingTasks();
    FullHttpResponse answer = channel.readOutbound();
    assertThat(statusAndBody(answer)).startsWith("500");
  }

  @Test
  void latency_whenTheClientLeftMeanwhile_releasesTheRequest() {
    faults.latency(Duration.ofSeconds(1));
    FullHttpRequest request = request(HttpMethod.GET, "/gone", "payload");

    channel.writeInbound(request);
    channel.close();
    scheduler.advance(Duration.ofSeconds(1));
    channel.runPendingTasks();

    assertThat(request.refCnt()).isZero();
  }
}
