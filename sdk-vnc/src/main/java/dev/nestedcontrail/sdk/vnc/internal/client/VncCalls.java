package dev.nestedcontrail.sdk.vnc.internal.client;

import dev.nestedcontrail.sdk.core.ConflictException;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.http.HttpMethod;
import dev.nestedcontrail.sdk.core.http.HttpRequest;
import dev.nestedcontrail.sdk.core.http.HttpTransport;
import dev.nestedcontrail.sdk.vnc.ObjectExistsException;
import dev.nestedcontrail.sdk.vnc.ObjectInUseException;
import dev.nestedcontrail.sdk.vnc.internal.json.VncJson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * JSON calls over the shared {@link HttpTransport}: adds {@code X-Tenant-Name}, parses answers as
 * generic trees and turns 409 answers into {@link ObjectExistsException} or
 * {@link ObjectInUseException} from the server's plain-text message.
 */
public final class VncCalls {
  private final HttpTransport transport;
  private final Optional<String> tenant;

  public VncCalls(HttpTransport transport, Optional<String> tenant) {
    this.transport = transport;
    this.tenant = tenant;
  }

  public HttpTransport transport() {
    return transport;
  }

  /** GET; the answer as a tree. */
  public Map<String, @Nullable Object> get(String path, Map<String, String> query) {
    return object(text(HttpMethod.GET, path + queryString(query), null, true));
  }

  /** Sends a JSON body; the answer as a tree (empty for an empty answer). */
  public Map<String, @Nullable Object> send(HttpMethod method, String path, @Nullable Object body, boolean idempotent) {
    return object(text(method, path, body, idempotent));
  }

  /** Sends a request; the answer's body as text. */
  public String text(HttpMethod method, String path, @Nullable Object body, boolean idempotent) {
    HttpRequest.Builder request = HttpRequest.builder().method(method).path(path).idempotent(idempotent);
    tenant.ifPresent(t -> request.putHeader("X-Tenant-Name", t));
    if (body != null) {
      request.body(VncJson.writeTree(body));
    }
    try {
      return transport.execute(request.build()).body();
    } catch (ConflictException e) {
      throw classify(e);
    }
  }


  /** The 409 subclass for the server's message; other conflicts stay as they are. */
  public static ConflictException classify(ConflictException e) {
    if (e instanceof ObjectExistsException || e instanceof ObjectInUseException) {
      return e;
    }
    String text = e.body().toLowerCase(Locale.ROOT);
    if (text.contains("already exists")) {
      return new ObjectExistsException(e.getMessage(), e.endpoint(), e.requestId(), e.body());
    }
    if (text.contains("children") || text.contains("still referred") || text.contains("back ref")
        || text.contains("back_ref") || text.contains("delete when")) {
      return new ObjectInUseException(e.getMessage(), e.endpoint(), e.requestId(), e.body());
    }
    return e;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> object(String body) {
    if (body.isBlank()) {
      return new LinkedHashMap<>();
    }
    Object tree = VncJson.parseTree(body);
    if (!(tree instanceof Map)) {
      throw new ContrailClientException("expected a JSON object from the config API, got: " + abbreviate(body));
    }
    return (Map<String, @Nullable Object>) tree;
  }

  private static String abbreviate(String body) {
    return body.length() <= 200 ? body : body.substring(0, 200) + "...";
  }

  /** {@code ?k=v&...} with values URL-encoded; empty for no parameters. */
  public static String queryString(Map<String, String> query) {
    if (query.isEmpty()) {
      return "";
    }
    return query.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&", "?", ""));
  }
}
