package dev.nestedcontrail.sdk.k8s.client;

import static dev.nestedcontrail.sdk.k8s.client.MockApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rollout and readiness waits, driven by a fake clock that advances when the waiter sleeps. */
class WaitTest {
  private final MockWebServer server = new MockWebServer();
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private long now;
  private KubernetesClient client;

  private final WaitClock fakeClock = new WaitClock() {
    @Override
    public long nanoTime() {
      return now;
    }

    @Override
    public void sleep(Duration duration) {
      sleeps.add(duration);
      now += duration.toNanos();
    }
  };

  @BeforeEach
  void setUp() throws Exception {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    client = KubernetesClient.builder().server(server.url("/").toString())
        .waitClock(fakeClock).pollInterval(Duration.ofSeconds(2)).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    server.close();
  }

  private static String daemonSet(int generation, int observed, int desired, int ready,
      int updated) {
    return "{\"apiVersion\":\"apps/v1\",\"kind\":\"DaemonSet\",\"metadata\":{\"name\":"
        + "\"contrail-kube-manager\",\"namespace\":\"kube-system\",\"generation\":" + generation
        + "},\"status\":{\"observedGeneration\":" + observed + ",\"desiredNumberScheduled\":"
        + desired + ",\"numberReady\":" + ready + ",\"updatedNumberScheduled\":" + updated + "}}";
  }

  private static String pod(String readyStatus) {
    return "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"vrouter-x\","
        + "\"namespace\":\"kube-system\"},\"status\":{\"phase\":\"Running\",\"conditions\":["
        + "{\"type\":\"Initialized\",\"status\":\"True\"},{\"type\":\"Ready\",\"status\":\""
        + readyStatus + "\"}]}}";
  }

  @Test
  void awaitDaemonSetRollout_whenRolledOutOnThirdPoll_returnsItAfterTwoSleeps() {
    server.enqueue(json(200, DiscoveryDocuments.APPS_V1));
    server.enqueue(json(200, daemonSet(2, 1, 3, 3, 3)));
    server.enqueue(json(200, daemonSet(2, 2, 3, 2, 3)));
    server.enqueue(json(200, daemonSet(2, 2, 3, 3, 3)));

    KubernetesObject rolledOut = client.awaitDaemonSetRollout("kube-system",
        "contrail-kube-manager", Duration.ofMinutes(1));

    assertThat(rolledOut.at("status", "numberReady")).contains(3L);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Test
  void awaitDaemonSetRollout_onTimeout_namesWhatIsStillMissing() {
    server.enqueue(json(200, DiscoveryDocuments.APPS_V1));
    for (int i = 0; i < 4; i++) {
      server.enqueue(json(200, daemonSet(2, 1, 3, 1, 2)));
    }

    assertThatThrownBy(() -> client.awaitDaemonSetRollout("kube-system", "contrail-kube-manager",
        Duration.ofSeconds(5)))
        .isInstanceOf(ContrailClientException.class)
        .hasMessage("timed out after PT5S waiting for DaemonSet "
            + "kube-system/contrail-kube-manager: 1 of 3 ready, 2 of 3 updated, "
            + "observedGeneration 1 < generation 2");
    assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2),
        Duration.ofSeconds(1));
  }

  @Test
  void awaitPodReady_waitsForTheReadyConditionAndNamesItOnTimeout() {
    server.enqueue(json(200, DiscoveryDocuments.CORE_V1));
    server.enqueue(json(404, MockApi.status(404, "NotFound", "pods \\\"vrouter-x\\\" not found")));
    server.enqueue(json(200, pod("False")));
    server.enqueue(json(200, pod("True")));

    assertThat(client.awaitPodReady("kube-system", "vrouter-x", Duration.ofMinutes(1)).name())
        .isEqualTo("vrouter-x");

    server.enqueue(json(200, pod("False")));
    server.enqueue(json(200, pod("False")));
    assertThatThrownBy(() -> client.awaitPodReady("kube-system", "vrouter-x",
        Duration.ofSeconds(1)))
        .hasMessage("timed out after PT1S waiting for Pod kube-system/vrouter-x: "
            + "condition Ready is False (phase Running)");
  }

  @Test
  void awaitPodReady_whenThePodNeverAppears_saysNotFound() {
    server.enqueue(json(200, DiscoveryDocuments.CORE_V1));
    server.enqueue(json(404, "{}"));

    assertThatThrownBy(() -> client.awaitPodReady("kube-system", "ghost", Duration.ZERO))
        .hasMessage("timed out after PT0S waiting for Pod kube-system/ghost: not found");
  }
}
