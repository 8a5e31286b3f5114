package dev.nestedcontrail.sdk.k8s.client;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.client.internal.ApiHttp;
import dev.nestedcontrail.sdk.k8s.client.internal.InformerLoop;
import dev.nestedcontrail.sdk.core.internal.JsonTrees;
import dev.nestedcontrail.sdk.k8s.client.internal.ObjectCodec;
import dev.nestedcontrail.sdk.k8s.client.internal.SerialDispatcher;
import dev.nestedcontrail.sdk.k8s.client.internal.WatchOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The objects of one kind in one namespace (or in all namespaces, or cluster-scoped). Get it from
 * {@link KubernetesClient#resources(String, String)}; it is immutable and thread-safe.
 */
public final class ResourceClient {
  private final ApiHttp http;
  private final ResourceType type;
  private final String namespace;
  private final WatchOptions watch;

  ResourceClient(ApiHttp http, ResourceType type, String namespace, WatchOptions watch) {
    this.http = http;
    this.type = type;
    this.namespace = type.namespaced() ? namespace : "";
    this.watch = watch;
  }

  public ResourceType type() {
    return type;
  }

  /** The namespace; empty for cluster-scoped kinds and for {@link #inAllNamespaces()}. */
  public String namespace() {
    return namespace;
  }

  public ResourceClient inNamespace(String namespace) {
    if (namespace.isEmpty()) {
      throw ValidationException.of(type.kind(), "namespace: must not be empty");
    }
    return new ResourceClient(http, type, namespace, watch);
  }

  /** Lists and watches across all namespaces. */
  public ResourceClient inAllNamespaces() {
    return new ResourceClient(http, type, "", watch);
  }

  public Optional<KubernetesObject> get(String name) {
    return http.sendOrEmptyIfNotFound("GET", http.url(objectPath(name), Map.of()))
        .map(body -> ObjectCodec.object(JsonTrees.parseObject(body), type));
  }

  public List<KubernetesObject> list() {
    return list("");
  }

  /** Lists the objects matching a label selector such as {@code app=vrouter,tier!=test}. */
  public List<KubernetesObject> list(String labelSelector) {
    Map<String, String> query =
        labelSelector.isEmpty() ? Map.of() : Map.of("labelSelector", labelSelector);
    String body = http.send("GET", http.url(type.collectionPath(namespace), query), null,
        ApiHttp.JSON);
    return ObjectCodec.items(JsonTrees.parseObject(body), type);
  }

  /** Deletes the object; a missing object throws {@code NotFoundException}. */
  public void delete(String name) {
    http.send("DELETE", http.url(objectPath(name), Map.of()), null, ApiHttp.JSON);
  }

  /** Deletes the object if it exists; true when it did. */
  public boolean deleteIfExists(String name) {
    return http.sendOrEmptyIfNotFound("DELETE", http.url(objectPath(name), Map.of())).isPresent();
  }

  /** Starts an informer over all objects of this collection. */
  public Informer inform(Executor executor, InformerListener listener) {
    return inform("", executor, listener);
  }

  /**
   * Starts an informer over the objects matching {@code labelSelector} (empty for all). Callbacks
   * run on {@code executor}, one at a time and in order.
   */
  public Informer inform(String labelSelector, Executor executor, InformerListener listener) {
    InformerLoop loop = new InformerLoop(http, type, namespace, labelSelector,
        new SerialDispatcher(executor), listener, watch);
    loop.start();
    return new Informer(loop);
  }

  private String objectPath(String name) {
    if (type.namespaced() && namespace.isEmpty()) {
      throw ValidationException.of(type.kind() + " " + name,
          "namespace: required for a namespaced kind (use inNamespace)");
    }
    return type.objectPath(namespace, name);
  }

  @Override
  public String toString() {
    return "ResourceClient{" + type.apiVersion() + " " + type.kind()
        + (namespace.isEmpty() ? "" : " in " + namespace) + "}";
  }
}
