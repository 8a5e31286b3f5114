package dev.nestedcontrail.sdk.testkit.internal.kube;

import java.util.List;

/**
 * One resource type the fake serves, as discovery lists it.
 *
 * @param group the API group; empty for the core group
 * @param status whether it has a {@code status} subresource (the main resource ignores status changes)
 */
public record KubeResource(String group, String version, String plural, String singular, String kind,
    boolean namespaced, boolean status, List<String> shortNames) {

  /** {@code v1} or {@code apps/v1}. */
  public String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /** The path prefix of the group version, such as {@code /apis/apps/v1}. */
  public String groupPath() {
    return group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version;
  }

  /** {@code daemonsets.apps}, or {@code pods} in the core group: the name real errors use. */
  public String qualifiedName() {
    return group.isEmpty() ? plural : plural + "." + group;
  }
}
