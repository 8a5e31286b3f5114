package dev.nestedcontrail.sdk.testkit;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * For tests that need a real server: reads its address from environment variables that
 * {@code .ci/run} sets. When a variable is missing the test is skipped (a JUnit assumption) with a
 * message naming the {@code .ci/} script that starts the server; when {@code CI=true} it fails
 * instead, so CI never passes by skipping. Tests use {@link #system()}; the lookup is injectable
 * so this logic itself can be tested.
 */
public final class RealServerEnvironment {
  public static final String CI = "CI";
  public static final String KEYSTONE_URL = "SDK_TEST_KEYSTONE_URL";
  public static final String KEYSTONE_USER = "SDK_TEST_KEYSTONE_USER";
  public static final String KEYSTONE_PASSWORD = "SDK_TEST_KEYSTONE_PASSWORD";
  public static final String KEYSTONE_PROJECT = "SDK_TEST_KEYSTONE_PROJECT";
  public static final String KEYSTONE_DOMAIN = "SDK_TEST_KEYSTONE_DOMAIN";
  public static final String RABBITMQ_URL = "SDK_TEST_RABBITMQ_URL";
  public static final String NETNS = "SDK_TEST_NETNS";
  public static final String CASSANDRA_CONTACT = "SDK_TEST_CASSANDRA_CONTACT";

  private static final String KEYSTONE_HOW =
      "start it with .ci/keystone-start.sh, then `. ${SDK_CI_STATE:-/tmp/nested-sdk-ci}/keystone/env`";
  private static final String RABBITMQ_HOW =
      "start it with .ci/rabbitmq-start.sh, then `export " + RABBITMQ_URL + "=amqp://guest:guest@127.0.0.1:5673/`";
  private static final String CASSANDRA_HOW =
      "start it with .ci/cassandra-start.sh, then `export " + CASSANDRA_CONTACT + "=127.0.0.1:9042`";
  private static final String NETNS_HOW = "run as root where `ip netns` works and `export " + NETNS + "=1` (.ci/run does)";

  private final Function<String, Optional<String>> lookup;

  private RealServerEnvironment(Function<String, Optional<String>> lookup) {
    this.lookup = lookup;
  }

  /** Reads the process environment. */
  public static RealServerEnvironment system() {
    return new RealServerEnvironment(name -> Optional.ofNullable(System.getenv(name)));
  }

  /** Reads {@code env} instead of the process environment. */
  public static RealServerEnvironment of(Map<String, String> env) {
    Map<String, String> copy = Map.copyOf(env);
    return new RealServerEnvironment(name -> Optional.ofNullable(copy.get(name)));
  }

  /** Whether {@code CI=true}: then a missing server fails the test instead of skipping it. */
  public boolean ci() {
    return lookup.apply(CI).map(v -> v.trim().equalsIgnoreCase("true")).orElse(false);
  }

  /** The non-blank value of {@code variable}; if absent, skips the test (fails it on CI) naming {@code howToStart}. */
  public String require(String variable, String howToStart) {
    Optional<String> value = lookup.apply(variable).filter(v -> !v.isBlank());
    if (value.isPresent()) {
      return value.get();
    }
    String message = variable + " is not set: no real server for this test; " + howToStart;
    if (ci()) {
      Assertions.fail("CI=true but " + message);
    }
    Assumptions.abort(message);
    throw new AssertionError("unreachable: Assumptions.abort returned");
  }

  /** The real Keystone of {@code .ci/keystone-start.sh}; user, project and domain default to admin, admin, Default. */
  public RealKeystone keystone() {
    return RealKeystone.builder()
        .url(strip(require(KEYSTONE_URL, KEYSTONE_HOW)))
        .password(require(KEYSTONE_PASSWORD, KEYSTONE_HOW))
        .user(lookup.apply(KEYSTONE_USER).orElse("admin"))
        .project(lookup.apply(KEYSTONE_PROJECT).orElse("admin"))
        .domain(lookup.apply(KEYSTONE_DOMAIN).orElse("Default"))
        .build();
  }

  /** The AMQP URL of the real RabbitMQ of {@code .ci/rabbitmq-start.sh}. */
  public String rabbitMqUrl() {
    return require(RABBITMQ_URL, RABBITMQ_HOW);
  }

  /**
   * The CQL contact points ({@code host:port}, comma-separated) of the real Cassandra 5.0 of
   * {@code .ci/cassandra-start.sh}.
   */
  public String cassandraContactPoints() {
    return require(CASSANDRA_CONTACT, CASSANDRA_HOW);
  }

  /** Requires that network namespaces may be created ({@code SDK_TEST_NETNS=1}). */
  public void requireNetns() {
    require(NETNS, NETNS_HOW);
  }

  private static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
