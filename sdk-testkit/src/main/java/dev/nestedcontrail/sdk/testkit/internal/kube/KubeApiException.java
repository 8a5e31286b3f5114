package dev.nestedcontrail.sdk.testkit.internal.kube;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the fake rejects; {@link #status()} is the {@code Status} object the real API server
 * would answer with (kind Status, status Failure, message, reason, code, details).
 */
public final class KubeApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final String reason;
  private final Map<String, Object> details;

  public KubeApiException(int code, String reason, String message, Map<String, Object> details) {
    super(message);
    this.code = code;
    this.reason = reason;
    this.details = Map.copyOf(details);
  }

  public static KubeApiException notFound(KubeResource resource, String name) {
    return new KubeApiException(404, "NotFound", resource.qualifiedName() + " \"" + name + "\" not found",
        details(resource, name));
  }

  public static KubeApiException alreadyExists(KubeResource resource, String name) {
    return new KubeApiException(409, "AlreadyExists",
        resource.qualifiedName() + " \"" + name + "\" already exists", details(resource, name));
  }

  public static KubeApiException conflict(KubeResource resource, String name, String why) {
    return new KubeApiException(409, "Conflict", "Operation cannot be fulfilled on " + resource.qualifiedName()
        + " \"" + name + "\": " + why, details(resource, name));
  }

  public static KubeApiException badRequest(String message) {
    return new KubeApiException(400, "BadRequest", message, Map.of());
  }

  public static KubeApiException invalid(KubeResource resource, String name, String field, String message) {
    Map<String, Object> details = new LinkedHashMap<>(details(resource, name));
    details.put("causes", List.of(Map.of("reason", "FieldValueInvalid", "message", message, "field", field)));
    return new KubeApiException(422, "Invalid", resource.kind() + " \"" + name + "\" is invalid: " + field + ": "
        + message, details);
  }

  /** The {@code details} of a Status about one object. */
  public static Map<String, Object> details(KubeResource resource, String name) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("name", name);
    if (!resource.group().isEmpty()) {
      details.put("group", resource.group());
    }
    details.put("kind", resource.plural());
    return details;
  }

  public int code() {
    return code;
  }

  public String reason() {
    return reason;
  }

  /** The Status object of this failure. */
  public Map<String, Object> status() {
    return status(code, reason, getMessage(), details);
  }

  /** A failure {@code Status} object as the real API server writes it. */
  public static Map<String, Object> status(int code, String reason, String message, Map<String, Object> details) {
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("kind", "Status");
    status.put("apiVersion", "v1");
    status.put("metadata", Map.of());
    status.put("status", "Failure");
    status.put("message", message);
    status.put("reason", reason);
    if (!details.isEmpty()) {
      status.put("details", details);
    }
    status.put("code", code);
    return status;
  }
}
