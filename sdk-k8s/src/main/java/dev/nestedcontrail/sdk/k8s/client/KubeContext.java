package dev.nestedcontrail.sdk.k8s.client;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything needed to talk to one API server as one user: a kubeconfig context with its cluster
 * and user resolved, files read and base64 decoded. Key and token never appear in
 * {@link #toString()}.
 */
@Value.Immutable
public abstract class KubeContext {
  public static Builder builder() {
    return new Builder();
  }

  /** A context for {@code server} without credentials. */
  public static KubeContext of(String server) {
    return builder().name("default").server(server).build();
  }

  public abstract String name();

  /** The API server's base URL, such as {@code https://10.0.0.1:6443}. */
  public abstract String server();

  /** The namespace used when an object or call names none. */
  @Value.Default
  public String namespace() {
    return "default";
  }

  /** PEM certificates trusted for the server instead of the JDK's default trust store. */
  @Value.Redacted
  public abstract Optional<String> certificateAuthorityPem();

  @Value.Default
  public boolean insecureSkipTlsVerify() {
    return false;
  }

  /** PEM client certificate (chain), used together with {@link #clientKeyPem()}. */
  @Value.Redacted
  public abstract Optional<String> clientCertificatePem();

  @Value.Redacted
  public abstract Optional<String> clientKeyPem();

  /** Bearer token. */
  @Value.Redacted
  public abstract Optional<String> token();

  @Value.Check
  protected void check() {
    List<String> problems = new ArrayList<>();
    try {
      URI uri = URI.create(server());
      if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())
          || uri.getHost() == null) {
        problems.add("server: " + server() + " is not an http(s) URL with a host");
      }
    } catch (IllegalArgumentException e) {
      problems.add("server: " + server() + " is not a URL");
    }
    if (namespace().isEmpty()) {
      problems.add("namespace: must not be empty");
    }
    if (insecureSkipTlsVerify() && certificateAuthorityPem().isPresent()) {
      problems.add("context " + name() + ": a certificate authority together with "
          + "insecure-skip-tls-verify is not allowed (kubectl refuses it too)");
    }
    if (clientCertificatePem().isPresent() != clientKeyPem().isPresent()) {
      problems.add("context " + name() + ": client certificate and client key must be given "
          + "together");
    }
    ValidationException.throwIfAny("Kubernetes context " + name(), problems);
  }

  public static final class Builder extends ImmutableKubeContext.Builder {}
}
