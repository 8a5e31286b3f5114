package dev.nestedcontrail.sdk.core.http;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One request for {@link HttpTransport}: a method, a path relative to the endpoint (with its query
 * string, if any), extra headers and an optional text body.
 */
@Value.Immutable
public abstract class HttpRequest {

  public abstract HttpMethod method();

  /** Path starting with {@code /}, such as {@code /virtual-network/3f2c?fields=name}. */
  public abstract String path();

  /** Extra headers; the transport adds User-Agent, request id and auth headers itself. */
  public abstract Map<String, String> headers();

  /** The body, usually JSON. */
  public abstract Optional<String> body();

  /** Media type of the body. */
  @Value.Default
  public String contentType() {
    return "application/json; charset=UTF-8";
  }

  /**
   * Whether the transport may repeat this request after a failure that may have reached the
   * server. Defaults to {@link HttpMethod#idempotent()}; set it for a POST that is safe to repeat.
   */
  @Value.Default
  public boolean idempotent() {
    return method().idempotent();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static HttpRequest get(String path) {
    return builder().method(HttpMethod.GET).path(path).build();
  }

  public static HttpRequest delete(String path) {
    return builder().method(HttpMethod.DELETE).path(path).build();
  }

  public static HttpRequest post(String path, String jsonBody) {
    return builder().method(HttpMethod.POST).path(path).body(jsonBody).build();
  }

  public static HttpRequest put(String path, String jsonBody) {
    return builder().method(HttpMethod.PUT).path(path).body(jsonBody).build();
  }

  /** {@code METHOD path} without the query string, as used in log and error messages. */
  public String operation() {
    int query = path().indexOf('?');
    return method() + " " + (query < 0 ? path() : path().substring(0, query));
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (!path().startsWith("/") || path().chars().anyMatch(c -> c <= ' ')) {
      problems.add("path: '" + path() + "' must start with '/' and hold no spaces or control characters");
    }
    if (body().isPresent() && (method() == HttpMethod.GET || method() == HttpMethod.HEAD)) {
      problems.add("body: a " + method() + " request cannot have a body");
    }
    ValidationException.throwIfAny("HTTP request", problems);
  }

  public static final class Builder extends ImmutableHttpRequest.Builder {}
}
