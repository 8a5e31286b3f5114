package dev.nestedcontrail.sdk.testkit.internal.lab;

import dev.nestedcontrail.sdk.testkit.internal.JsonCodec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Plain JSON calls to a config API, as the lab's loader and fake agents make them; with an
 * {@code X-Auth-Token} when the token supplier gives one. Failures are {@link IllegalStateException}s.
 */
public final class ConfigHttp {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final Supplier<Optional<String>> token;

  public ConfigHttp(String baseUrl, Supplier<Optional<String>> token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  /** GET of {@code path}; empty on 404. */
  public Optional<Map<String, Object>> get(String path) {
    HttpResponse<String> response = send("GET", path, Optional.empty());
    return response.statusCode() == 404 ? Optional.empty() : Optional.of(object(path, response));
  }

  /** POST of {@code body}; the parsed answer. */
  public Map<String, Object> post(String path, Map<String, Object> body) {
    return object(path, send("POST", path, Optional.of(JsonCodec.write(body))));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(String path, HttpResponse<String> response) {
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(path + ": HTTP " + response.statusCode() + " " + response.body());
    }
    Object parsed = JsonCodec.parse(response.body()).orElse(Map.of());
    if (!(parsed instanceof Map)) {
      throw new IllegalStateException(path + ": answer is not a JSON object: " + response.body());
    }
    return (Map<String, Object>) parsed;
  }

  private HttpResponse<String> send(String method, String path, Optional<String> body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
        .method(method, body.map(HttpRequest.BodyPublishers::ofString)
            .orElse(HttpRequest.BodyPublishers.noBody()));
    token.get().ifPresent(t -> request.header("X-Auth-Token", t));
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + baseUrl + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + method + " " + path, e);
    }
  }
}
