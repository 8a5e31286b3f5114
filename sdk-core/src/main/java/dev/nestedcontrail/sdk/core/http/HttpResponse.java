package dev.nestedcontrail.sdk.core.http;

import dev.nestedcontrail.sdk.core.Endpoint;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A successful answer (status 200, 201, 202 or 204) with its body read as text. */
@Value.Immutable
public abstract class HttpResponse {

  public abstract int statusCode();

  /** Header values by lower-case header name. */
  public abstract Map<String, List<String>> headers();

  /** The body; empty for 204 and other answers without one. */
  public abstract String body();

  /** The server that answered. */
  public abstract Endpoint endpoint();

  /** The {@code X-Request-Id} the transport sent. */
  public abstract String requestId();

  public static Builder builder() {
    return new Builder();
  }

  /** The first value of a header, matched ignoring case. */
  public Optional<String> header(String name) {
    List<String> values = headers().get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public static final class Builder extends ImmutableHttpResponse.Builder {}
}
