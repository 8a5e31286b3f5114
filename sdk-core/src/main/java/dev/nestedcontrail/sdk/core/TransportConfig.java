package dev.nestedcontrail.sdk.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * Settings of the HTTP transport shared by every SDK client: timeouts, TLS, the user agent, wire
 * logging and the retry policy. {@code build()} checks every field and reports all problems at
 * once.
 */
@Value.Immutable
public abstract class TransportConfig {

  /** Time to open a TCP (and TLS) connection. */
  @Value.Default
  public Duration connectTimeout() {
    return Duration.ofSeconds(5);
  }

  /** Time to wait for each read from the socket. */
  @Value.Default
  public Duration readTimeout() {
    return Duration.ofSeconds(120);
  }

  /** Time for a whole call, including every retry and the waits between them. */
  @Value.Default
  public Duration callTimeout() {
    return Duration.ofMinutes(5);
  }

  @Value.Default
  public TlsConfig tls() {
    return TlsConfig.systemTrust();
  }

  /** Sent as {@code User-Agent} and {@code X-Contrail-Useragent}. */
  @Value.Default
  public String userAgent() {
    return "nested-contrail-sdk/0.1";
  }

  /**
   * When true, requests and answers are logged at DEBUG by the logger
   * {@code dev.nestedcontrail.sdk.core.internal.WireLog}, with tokens and passwords redacted.
   */
  @Value.Default
  public boolean wireLogging() {
    return false;
  }

  @Value.Default
  public RetryPolicy retryPolicy() {
    return RetryPolicy.defaults();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** All defaults: 5 s connect, 120 s read, 5 min call, system trust, default retries. */
  public static TransportConfig defaults() {
    return builder().build();
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    positive(problems, "connectTimeout", connectTimeout());
    positive(problems, "readTimeout", readTimeout());
    positive(problems, "callTimeout", callTimeout());
    if (userAgent().isBlank() || userAgent().chars().anyMatch(c -> c < ' ' || c > '~')) {
      problems.add("userAgent: '" + userAgent() + "' must be non-blank printable ASCII");
    }
    ValidationException.throwIfAny("transport configuration", problems);
  }

  private static void positive(List<String> problems, String field, Duration value) {
    if (value.isNegative() || value.isZero()) {
      problems.add(field + ": " + value + " is not positive");
    }
  }

  public static final class Builder extends ImmutableTransportConfig.Builder {}
}
