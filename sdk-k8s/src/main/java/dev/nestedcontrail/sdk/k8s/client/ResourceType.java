package dev.nestedcontrail.sdk.k8s.client;

import org.immutables.value.Value;

/**
 * What discovery says about a kind: its group, version, plural resource name and whether its
 * objects live in a namespace. It knows the URL paths of its collections and objects.
 */
@Value.Immutable
public abstract class ResourceType {
  public static Builder builder() {
    return new Builder();
  }

  /** The API group; empty for the core group. */
  public abstract String group();

  public abstract String version();

  public abstract String kind();

  /** The plural resource name used in paths, such as {@code daemonsets}. */
  public abstract String plural();

  public abstract boolean namespaced();

  /** {@code v1} for the core group, {@code group/version} otherwise. */
  public String apiVersion() {
    return group().isEmpty() ? version() : group() + "/" + version();
  }

  /**
   * The collection path, such as {@code /apis/apps/v1/namespaces/kube-system/daemonsets}; an empty
   * {@code namespace} (or a cluster-scoped kind) gives the path across all namespaces.
   */
  public String collectionPath(String namespace) {
    String root = group().isEmpty() ? "/api/" + version() : "/apis/" + group() + "/" + version();
    String scope = namespaced() && !namespace.isEmpty() ? "/namespaces/" + namespace : "";
    return root + scope + "/" + plural();
  }

  /** The path of one object. */
  public String objectPath(String namespace, String name) {
    return collectionPath(namespace) + "/" + name;
  }

  public static final class Builder extends ImmutableResourceType.Builder {}
}
