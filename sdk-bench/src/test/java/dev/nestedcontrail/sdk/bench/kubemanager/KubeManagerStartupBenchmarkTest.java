package dev.nestedcontrail.sdk.bench.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.bench.Ticker;
import dev.nestedcontrail.sdk.bench.cni.CniAddSettings;
import dev.nestedcontrail.sdk.testkit.RealServerEnvironment;
import dev.nestedcontrail.sdk.vnc.events.BrokerConfig;
import org.junit.jupiter.api.Test;

/** A tiny run against the real Cassandra and RabbitMQ of {@code .ci/}; skips without them. */
class KubeManagerStartupBenchmarkTest {

  @Test
  void run_tiny_wiresThePodsBothWaysAndListsNothingWithTheDb() {
    RealServerEnvironment env = RealServerEnvironment.system();
    String cassandra = env.cassandraContactPoints();
    BrokerConfig broker = BrokerConfig.parse(env.rabbitMqUrl());

    KubeManagerStartupReport report = new KubeManagerStartupBenchmark(KubeManagerBenchSettings
        .builder().javaCommand("java")
        .classpath(CniAddSettings.classpathOf(System.getProperty("java.class.path")))
        .nodes(6).pods(4).namespaces(2).build(), cassandra, broker, Ticker.system()).run();

    assertThat(report.underlayObjects()).isEqualTo(24);
    assertThat(report.allGoalsMet()).as(report.render()).isTrue();
    assertThat(report.restCalls()).containsKey("list virtual-machine-interface")
        .containsKey("list instance-ip");
    assertThat(report.dbCalls()).containsEntry("create virtual-machine", 4L)
        .doesNotContainKey("list instance-ip");
    assertThat(report.render()).contains("KubeManager.start() ms", "DB+events", "list instance-ip");
  }
}
