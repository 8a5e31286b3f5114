package dev.nestedcontrail.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.testkit.collector.Handshake;
import dev.nestedcontrail.sdk.testkit.collector.ReceivedNodeStatus;
import dev.nestedcontrail.sdk.vnc.sandesh.CollectorAddress;
import dev.nestedcontrail.sdk.vnc.sandesh.ConnectionInfo;
import dev.nestedcontrail.sdk.vnc.sandesh.ConnectionStatus;
import dev.nestedcontrail.sdk.vnc.sandesh.GeneratorIdentity;
import dev.nestedcontrail.sdk.vnc.sandesh.GeneratorState;
import dev.nestedcontrail.sdk.vnc.sandesh.NodeStatus;
import dev.nestedcontrail.sdk.vnc.sandesh.ProcessState;
import dev.nestedcontrail.sdk.vnc.sandesh.SandeshGenerator;
import dev.nestedcontrail.sdk.vnc.sandesh.SyslogLevel;
import dev.nestedcontrail.sdk.vnc.sandesh.SystemLog;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeCollectorGeneratorTest {

  private static final GeneratorIdentity KM = GeneratorIdentity.kubeManager("km1");
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final FakeCollector collector = FakeCollector.start();
  private final List<String> callbackThreads = new CopyOnWriteArrayList<>();
  private final List<GeneratorState> states = new CopyOnWriteArrayList<>();

  @AfterEach
  void closeCollector() {
    collector.close();
  }

  private SandeshGenerator generator(List<CollectorAddress> collectors) {
    return SandeshGenerator.builder().collectors(collectors).identity(KM)
        .reconnectDelay(Duration.ofMillis(20), Duration.ofMillis(100))
        .stateListener(s -> {
          callbackThreads.add(Thread.currentThread().getName());
          states.add(s);
        })
        .build();
  }

  private static NodeStatus status(ConnectionStatus rabbit) {
    return NodeStatus.of(KM, List.of(
        ConnectionInfo.of("ApiServer", "", ConnectionStatus.UP, List.of("10.0.0.1:8082")),
        ConnectionInfo.of("Database", "RabbitMQ", rabbit, List.of("10.0.0.1:5673")),
        ConnectionInfo.of("Collector", "", ConnectionStatus.UP, List.of("127.0.0.1:8086"))));
  }

  @Test
  void nodeStatus_arrivesTypedWithConnectionStates() {
    try (SandeshGenerator generator = generator(List.of(collector.address()))) {
      generator.start();
      await().atMost(WAIT).until(() -> generator.state() == GeneratorState.ESTABLISHED);

      generator.sendNodeStatus(status(ConnectionStatus.DOWN));

      await().atMost(WAIT).until(() -> !collector.nodeStatuses().isEmpty());
      ReceivedNodeStatus received = collector.nodeStatuses().get(0);
      assertThat(received.generator()).isEqualTo(KM);
      assertThat(received.table()).isEqualTo("ObjectKubernetesManagerNode");
      assertThat(received.status()).isEqualTo(status(ConnectionStatus.DOWN));
      assertThat(received.status().processStatus().get(0).state()).isEqualTo(ProcessState.NON_FUNCTIONAL);
      assertThat(collector.handshakes()).singleElement().satisfies(h -> {
        assertThat(h.generator()).isEqualTo(KM);
        assertThat(h.uveTypes()).containsExactly("NodeStatusUVE");
        assertThat(h.pid()).isEqualTo(ProcessHandle.current().pid());
      });
      assertThat(collector.errors()).isEmpty();
    }
  }

  @Test
  void systemLog_arrivesWithNameLevelAndText() {
    try (SandeshGenerator generator = generator(List.of(collector.address()))) {
      generator.start();
      await().atMost(WAIT).until(() -> generator.state() == GeneratorState.ESTABLISHED);

      assertThat(generator.log(SyslogLevel.WARNING, "pod <default/web> has no IP & no VMI")).isTrue();

      await().atMost(WAIT).until(() -> !collector.systemLogs().isEmpty());
      SystemLog log = collector.systemLogs().get(0);
      assertThat(log.messageName()).isEqualTo("KubeManagerWarningLog");
      assertThat(log.level()).isEqualTo(SyslogLevel.WARNING);
      assertThat(log.text()).isEqualTo("pod <default/web> has no IP & no VMI");
      assertThat(log.category()).isEqualTo("__default__");
      assertThat(log.source()).isEqualTo("km1");
      assertThat(log.module()).isEqualTo("contrail-kube-manager");
    }
  }

  @Test
  void log_withoutSession_isDroppedAndCounted() throws IOException {
    try (SandeshGenerator generator = generator(List.of(CollectorAddress.of("127.0.0.1", freePort())))) {
      generator.start();

      assertThat(generator.log(SyslogLevel.ERROR, "lost")).isFalse();
      assertThat(generator.droppedMessages()).isEqualTo(1);
    }
  }

  @Test
  void restartOnSamePort_reconnectsAndResendsNodeStatus() {
    try (SandeshGenerator generator = generator(List.of(collector.address()))) {
      generator.start();
      generator.sendNodeStatus(status(ConnectionStatus.UP));
      await().atMost(WAIT).until(() -> collector.nodeStatuses().size() == 1);

      collector.stop();
      await().atMost(WAIT).until(() -> generator.state() != GeneratorState.ESTABLISHED);
      collector.restart();

      await().atMost(WAIT).until(() -> collector.nodeStatuses().size() == 2);
      assertThat(collector.handshakes()).extracting(Handshake::generator).containsExactly(KM, KM);
      assertThat(collector.handshakes()).extracting(Handshake::successfulConnections).containsExactly(1L, 2L);
      assertThat(collector.latestNodeStatus("km1")).contains(status(ConnectionStatus.UP));
      await().atMost(WAIT).until(() -> generator.state() == GeneratorState.ESTABLISHED);
      assertThat(generator.log(SyslogLevel.INFO, "back")).isTrue();
      await().atMost(WAIT).until(() -> collector.systemLogs().size() == 1);
    }
  }

  @Test
  void firstCollectorDown_failsOverToNext() throws IOException {
    CollectorAddress dead = CollectorAddress.of("127.0.0.1", freePort());
    try (SandeshGenerator generator = generator(List.of(dead, collector.address()))) {
      generator.start();

      await().atMost(WAIT).until(() -> generator.state() == GeneratorState.ESTABLISHED);
      assertThat(collector.openSessions()).isEqualTo(1);
      assertThat(states).contains(GeneratorState.CONNECT, GeneratorState.IDLE, GeneratorState.CLIENT_INIT);
    }
  }

  @Test
  void stateCallbacks_runOffTheEventLoop_andEndClosed() {
    SandeshGenerator generator = generator(List.of(collector.address()));
    generator.start();
    await().atMost(WAIT).until(() -> states.contains(GeneratorState.ESTABLISHED));

    generator.close();
    generator.close();

    await().atMost(WAIT).until(() -> states.contains(GeneratorState.CLOSED));
    assertThat(states).startsWith(GeneratorState.CONNECT, GeneratorState.CLIENT_INIT, GeneratorState.ESTABLISHED);
    assertThat(callbackThreads).allMatch(name -> name.startsWith("sandesh-generator-callbacks"));
    await().atMost(WAIT).until(() -> collector.openSessions() == 0);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }
}
