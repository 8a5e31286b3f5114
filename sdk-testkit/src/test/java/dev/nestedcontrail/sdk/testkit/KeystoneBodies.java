package dev.nestedcontrail.sdk.testkit;

import dev.nestedcontrail.sdk.testkit.internal.JsonCodec;
import java.util.Map;

/** Keystone request bodies, as a client writes them, for the fake and the real Keystone tests. */
final class KeystoneBodies {
  /** Keystone's 401 body, byte for byte (the real one ends in a newline). */
  static final String UNAUTHORIZED =
      "{\"error\":{\"code\":401,\"message\":\"The request you have made requires authentication.\",\"title\":\"Unauthorized\"}}\n";

  private KeystoneBodies() {}

  /** A parsed JSON object, for reading answers. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(Object json) {
    return (Map<String, Object>) json;
  }

  /** The object under {@code key} of the JSON object {@code body}. */
  static Map<String, Object> member(String body, String key) {
    return asMap(asMap(JsonCodec.parse(body).orElseThrow()).get(key));
  }

  /** v3 password auth scoped to a project by name, user and project in the domain named {@code domain}. */
  static String v3(String user, String password, String project, String domain) {
    return "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"" + user
        + "\",\"domain\":{\"name\":\"" + domain + "\"},\"password\":\"" + password + "\"}}},"
        + "\"scope\":{\"project\":{\"name\":\"" + project + "\",\"domain\":{\"name\":\"" + domain + "\"}}}}}";
  }

  /** v2.0 password auth with a tenant given by {@code tenantKey} ({@code tenantName} or {@code tenantId}). */
  static String v2(String user, String password, String tenantKey, String tenant) {
    return "{\"auth\":{\"passwordCredentials\":{\"username\":\"" + user + "\",\"password\":\"" + password + "\"},\""
        + tenantKey + "\":\"" + tenant + "\"}}";
  }
}
