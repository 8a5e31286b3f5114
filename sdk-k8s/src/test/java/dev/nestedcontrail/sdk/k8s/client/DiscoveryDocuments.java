package dev.nestedcontrail.sdk.k8s.client;

/** Discovery answers of a real API server, trimmed to the kinds the tests use. */
final class DiscoveryDocuments {
  static final String CORE_V1 = "{\"kind\":\"APIResourceList\",\"groupVersion\":\"v1\","
      + "\"resources\":["
      + resource("configmaps", "ConfigMap", true)
      + "," + resource("pods", "Pod", true)
      + "," + resource("pods/status", "Pod", true)
      + "," + resource("nodes", "Node", false)
      + "," + resource("namespaces", "Namespace", false)
      + "]}";
  static final String APPS_V1 = "{\"kind\":\"APIResourceList\",\"groupVersion\":\"apps/v1\","
      + "\"resources\":[" + resource("daemonsets", "DaemonSet", true)
      + "," + resource("daemonsets/status", "DaemonSet", true) + "]}";
  static final String GROUPS = "{\"kind\":\"APIGroupList\",\"groups\":[{\"name\":\"apps\","
      + "\"versions\":[{\"groupVersion\":\"apps/v1\",\"version\":\"v1\"}],"
      + "\"preferredVersion\":{\"groupVersion\":\"apps/v1\",\"version\":\"v1\"}}]}";

  private DiscoveryDocuments() {}

  private static String resource(String name, String kind, boolean namespaced) {
    return "{\"name\":\"" + name + "\",\"singularName\":\"\",\"namespaced\":" + namespaced
        + ",\"kind\":\"" + kind + "\",\"verbs\":[\"create\",\"delete\",\"get\",\"list\","
        + "\"patch\",\"update\",\"watch\"]}";
  }
}
