package dev.nestedcontrail.sdk.core.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * Supplies the {@code X-Auth-Token} for each request. Implementations are thread-safe.
 *
 * <p>When a server answers 401, the transport calls {@link #invalidate(String)} with the rejected
 * token and asks for a token again; when it gets a different one it retries the request once.
 */
public interface AuthProvider {

  /** The token to send, fetching or refreshing it when needed; empty to send none. */
  Optional<String> authToken();

  /** Forgets {@code rejectedToken} so the next {@link #authToken()} obtains a new one. */
  void invalidate(String rejectedToken);

  /** No authentication: Contrail's {@code noauth} mode, the default of container deployments. */
  static AuthProvider none() {
    return new AuthProvider() {
      @Override
      public Optional<String> authToken() {
        return Optional.empty();
      }

      @Override
      public void invalidate(String rejectedToken) {
        // nothing is cached, so there is nothing to forget
      }

      @Override
      public String toString() {
        return "AuthProvider.none()";
      }
    };
  }

  /** Always sends the same token; a 401 is not retried because no other token exists. */
  static AuthProvider staticToken(String token) {
    Objects.requireNonNull(token, "token == null");
    return new AuthProvider() {
      @Override
      public Optional<String> authToken() {
        return Optional.of(token);
      }

      @Override
      public void invalidate(String rejectedToken) {
        // a static token cannot be replaced
      }

      @Override
      public String toString() {
        return "AuthProvider.staticToken(****)";
      }
    };
  }
}
