package dev.nestedcontrail.sdk.testkit.internal.config;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.testkit.FakeRequest;
import dev.nestedcontrail.sdk.testkit.FakeResponse;
import dev.nestedcontrail.sdk.vnc.internal.json.VncJson;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Request parsing and JSON answers of the fake config API (numbers keep full precision). */
public final class HttpBodies {
  private HttpBodies() {}

  public static Map<String, @Nullable Object> object(FakeRequest request) {
    if (request.body().isBlank()) {
      return new java.util.LinkedHashMap<>();
    }
    Object tree;
    try {
      tree = VncJson.parseTree(request.body());
    } catch (ContrailClientException e) {
      throw new ApiError(400, "Bad Request, body is not JSON: " + e.getMessage());
    }
    return Trees.map(tree).orElseThrow(() -> new ApiError(400, "Bad Request, body is not a JSON object"));
  }

  /** The object under {@code key} of a wrapped body, such as {@code {"virtual-network": {...}}}. */
  public static Map<String, @Nullable Object> wrapped(FakeRequest request, String key) {
    Map<String, @Nullable Object> body = object(request);
    if (body.isEmpty()) {
      return body;
    }
    return Trees.map(body, key).orElseThrow(() -> new ApiError(400, "Bad Request, no " + key + " in body"));
  }

  public static FakeResponse json(int status, @Nullable Object tree) {
    return FakeResponse.builder().status(status).putHeader("Content-Type", FakeResponse.JSON)
        .body(VncJson.writeTree(tree)).build();
  }

  public static FakeResponse json(@Nullable Object tree) {
    return json(200, tree);
  }

  public static Map<String, @Nullable Object> wrap(String key, @Nullable Object value) {
    Map<String, @Nullable Object> out = new java.util.LinkedHashMap<>();
    out.put(key, value);
    return out;
  }

  public static boolean present(FakeRequest request, String name) {
    return request.queryParameters().containsKey(name);
  }

  public static Optional<String> query(FakeRequest request, String name) {
    return request.queryParameter(name);
  }

  /** A comma-separated parameter as a set; empty when absent. */
  public static Optional<Set<String>> csv(@Nullable Object value) {
    if (value == null) {
      return Optional.empty();
    }
    List<String> parts = value instanceof List
        ? ((List<?>) value).stream().map(String::valueOf).toList()
        : Arrays.stream(String.valueOf(value).split(",")).toList();
    Set<String> out = new LinkedHashSet<>();
    parts.stream().map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
    return Optional.of(out);
  }
}
