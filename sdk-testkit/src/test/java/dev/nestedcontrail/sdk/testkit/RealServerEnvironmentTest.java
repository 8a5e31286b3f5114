package dev.nestedcontrail.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class RealServerEnvironmentTest {

  @Test
  void require_whenVariableMissing_skipsNamingTheStartScript() {
    RealServerEnvironment env = RealServerEnvironment.of(Map.of());

    assertThatThrownBy(env::keystone).isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("SDK_TEST_KEYSTONE_URL is not set").hasMessageContaining(".ci/keystone-start.sh");
    assertThatThrownBy(env::rabbitMqUrl).isInstanceOf(TestAbortedException.class)
        .hasMessageContaining(".ci/rabbitmq-start.sh");
    assertThatThrownBy(env::cassandraContactPoints).isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("SDK_TEST_CASSANDRA_CONTACT").hasMessageContaining(".ci/cassandra-start.sh");
  }

  @Test
  void require_whenVariableMissingOnCi_failsInsteadOfSkipping() {
    RealServerEnvironment env = RealServerEnvironment.of(Map.of("CI", "true"));

    assertThatThrownBy(env::keystone).isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("CI=true").hasMessageContaining(".ci/keystone-start.sh");
    assertThatThrownBy(env::requireNetns).isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("SDK_TEST_NETNS");
    assertThatThrownBy(env::cassandraContactPoints).isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("SDK_TEST_CASSANDRA_CONTACT");
  }

  @Test
  void require_blankValueCountsAsMissing_andCiOtherThanTrueSkips() {
    RealServerEnvironment env = RealServerEnvironment.of(Map.of("CI", "false", "SDK_TEST_RABBITMQ_URL", " "));

    assertThat(env.ci()).isFalse();
    assertThatThrownBy(env::rabbitMqUrl).isInstanceOf(TestAbortedException.class);
  }

  @Test
  void keystone_readsAllVariables_defaultsTheOptionalOnes_andRedactsThePassword() {
    RealServerEnvironment env = RealServerEnvironment.of(Map.of(
        "CI", "true", "SDK_TEST_KEYSTONE_URL", "http://127.0.0.1:35357/", "SDK_TEST_KEYSTONE_PASSWORD", "s3cret"));

    RealKeystone keystone = env.keystone();

    assertThat(keystone.url()).isEqualTo("http://127.0.0.1:35357");
    assertThat(keystone.user()).isEqualTo("admin");
    assertThat(keystone.project()).isEqualTo("admin");
    assertThat(keystone.domain()).isEqualTo("Default");
    assertThat(keystone.password()).isEqualTo("s3cret");
    assertThat(keystone.toString()).doesNotContain("s3cret");
  }
}
