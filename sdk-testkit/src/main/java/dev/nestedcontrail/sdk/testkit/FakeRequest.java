package dev.nestedcontrail.sdk.testkit;

import dev.nestedcontrail.sdk.testkit.internal.JsonCodec;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One received HTTP request, as a routed {@link FakeHandler} sees it. */
@Value.Immutable
public abstract class FakeRequest {

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableFakeRequest.Builder {}

  /** The method in upper case, such as {@code GET}. */
  public abstract String method();

  /** The decoded path without the query, such as {@code /v3/auth/tokens}. */
  public abstract String path();

  /** The variables the route pattern bound, such as {@code id} for {@code /projects/{id}}. */
  public abstract Map<String, String> pathVariables();

  /** Every query parameter with all of its values, in order. */
  public abstract Map<String, List<String>> queryParameters();

  /** Headers with lower-case names; a repeated header keeps its last value. */
  public abstract Map<String, String> headers();

  /** The body decoded as UTF-8; empty when there is none. */
  @Value.Default
  public String body() {
    return "";
  }

  /** The path variable {@code name}; throws when the route has no such variable. */
  public String pathVariable(String name) {
    String value = pathVariables().get(name);
    if (value == null) {
      throw new IllegalArgumentException("route has no path variable " + name + ": " + pathVariables().keySet());
    }
    return value;
  }

  /** The first value of query parameter {@code name}. */
  public Optional<String> queryParameter(String name) {
    return queryParameters().getOrDefault(name, List.of()).stream().findFirst();
  }

  /** Header {@code name}, matched without regard to case. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers().get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * The body parsed as JSON: maps, lists, strings, exact numbers, booleans; empty when the body is not
   * valid JSON or is empty.
   */
  public Optional<Object> json() {
    return JsonCodec.parse(body());
  }

  /** {@link #json()} when it is a JSON object. */
  @SuppressWarnings("unchecked")
  public Optional<Map<String, Object>> jsonObject() {
    return json().filter(Map.class::isInstance).map(o -> (Map<String, Object>) o);
  }

  @Override
  public String toString() {
    return method() + " " + path() + (queryParameters().isEmpty() ? "" : " " + queryParameters());
  }
}
