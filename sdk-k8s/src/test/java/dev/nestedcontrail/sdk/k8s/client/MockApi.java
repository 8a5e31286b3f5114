package dev.nestedcontrail.sdk.k8s.client;

import mockwebserver3.MockResponse;

/** Builders of API server answers for MockWebServer tests. */
final class MockApi {
  private MockApi() {}

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
        .body(body).build();
  }

  static String pod(String name, String resourceVersion) {
    return "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"" + name
        + "\",\"namespace\":\"kube-system\",\"resourceVersion\":\"" + resourceVersion + "\"}}";
  }

  /** A list item: the API server omits apiVersion and kind there. */
  static String podItem(String name, String resourceVersion) {
    return "{\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"kube-system\","
        + "\"resourceVersion\":\"" + resourceVersion + "\",\"creationTimestamp\":null}}";
  }

  static String podList(String resourceVersion, String... items) {
    return "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\""
        + resourceVersion + "\"},\"items\":[" + String.join(",", items) + "]}";
  }

  static String event(String type, String object) {
    return "{\"type\":\"" + type + "\",\"object\":" + object + "}\n";
  }

  static String bookmark(String resourceVersion) {
    return event("BOOKMARK", "{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"metadata\":"
        + "{\"resourceVersion\":\"" + resourceVersion + "\"}}");
  }

  static String status(int code, String reason, String message) {
    return "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
        + "\"message\":\"" + message + "\",\"reason\":\"" + reason + "\",\"code\":" + code + "}";
  }
}
