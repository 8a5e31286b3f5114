package dev.nestedcontrail.sdk.core;

import dev.nestedcontrail.sdk.core.internal.PemCertificates;
import java.nio.file.Path;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How HTTPS servers are trusted: the system trust store (the default), the certificates of a PEM
 * CA bundle, or nothing at all ({@link #insecure()}, for labs only: no certificate and no host
 * name is checked).
 */
@Value.Immutable
public abstract class TlsConfig {

  /** A PEM file with one or more CA certificates; when present, only these are trusted. */
  public abstract Optional<Path> caBundle();

  /** When true, every certificate and host name is accepted; set by {@link #insecure()}. */
  @Value.Default
  public boolean trustAll() {
    return false;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Trusts the JVM's default trust store. */
  public static TlsConfig systemTrust() {
    return builder().build();
  }

  /**
   * Trusts only the CA certificates in a PEM file.
   *
   * @throws ValidationException when the file is missing, unreadable or holds no certificate
   */
  public static TlsConfig caBundle(Path pemFile) {
    return builder().caBundle(pemFile).build();
  }

  /** Accepts any certificate and host name. Never use this in production. */
  public static TlsConfig insecure() {
    return builder().trustAll(true).build();
  }

  @Value.Check
  void check() {
    if (trustAll() && caBundle().isPresent()) {
      throw ValidationException.of("TLS configuration",
          "caBundle: " + caBundle().get() + " is set together with trustAll (choose one)");
    }
    caBundle().ifPresent(path -> {
      String problem = PemCertificates.problem(path);
      if (!problem.isEmpty()) {
        throw ValidationException.of("TLS configuration", "caBundle: " + problem);
      }
    });
  }

  public static final class Builder extends ImmutableTlsConfig.Builder {}
}
