package dev.nestedcontrail.sdk.testkit.internal.kube;

import dev.nestedcontrail.sdk.testkit.FakeRequest;
import dev.nestedcontrail.sdk.testkit.FakeResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The resource endpoints: create, get, list, watch, update, patch, apply and delete, with their failures. */
public final class KubeApi {
  private static final java.util.Set<String> PROTECTED_NAMESPACES = java.util.Set.of("default", "kube-system",
      "kube-public");
  private final KubeStore store;
  private final KubeWatches watches;

  public KubeApi(KubeStore store, KubeWatches watches) {
    this.store = store;
    this.watches = watches;
  }

  /** Answers a request below {@code /api/v1} or {@code /apis/G/V}; every failure is a Status object. */
  public FakeResponse handle(FakeRequest request, String group, String version, String rest) {
    try {
      KubeTarget target = KubeTarget.parse(group, version, List.of(rest.split("/")));
      return dispatch(request, target);
    } catch (KubeApiException e) {
      return error(e);
    }
  }

  public static FakeResponse error(KubeApiException e) {
    return FakeResponse.json(e.code(), e.status());
  }

  private FakeResponse dispatch(FakeRequest request, KubeTarget t) {
    String method = request.method();
    if (t.name().isEmpty()) {
      switch (method) {
        case "GET":
          return isTrue(request, "watch") ? watches.open(request, t.resource(), t.namespace(), filter(request, t))
              : list(request, t);
        case "POST":
          return FakeResponse.json(201, create(request, t));
        case "DELETE":
          return deleteCollection(request, t);
        default:
          throw methodNotAllowed(method);
      }
    }
    String name = t.name().get();
    if (t.subresource().filter("binding"::equals).isPresent()) {
      if (!method.equals("POST")) {
        throw methodNotAllowed(method);
      }
      return bind(request, t, name);
    }
    switch (method) {
      case "GET":
        Map<String, Object> object = store.get(t.resource(), t.storeNamespace(), name)
            .orElseThrow(() -> KubeApiException.notFound(t.resource(), name));
        return FakeResponse.json(200, KubeTables.wanted(request.header("accept"))
            ? KubeTables.table(t.resource(), List.of(object), KubeStore.resourceVersionOf(object),
                java.time.Instant.parse(store.now()))
            : object);
      case "PUT":
        return FakeResponse.json(200, replace(request, t, name));
      case "PATCH":
        return KubePatches.patch(store, request, t, name, fieldManager(request));
      case "DELETE":
        if (t.resource().kind().equals("Namespace") && PROTECTED_NAMESPACES.contains(name)) {
          throw new KubeApiException(403, "Forbidden", "namespaces \"" + name
              + "\" is forbidden: this namespace may not be deleted", KubeApiException.details(t.resource(), name));
        }
        return FakeResponse.json(200, store.delete(t.resource(), t.storeNamespace(), name));
      default:
        throw methodNotAllowed(method);
    }
  }

  private FakeResponse list(FakeRequest request, KubeTarget t) {
    Optional<String> version = request.queryParameter("resourceVersion").filter(v -> !v.isEmpty() && !v.equals("0"));
    String match = request.queryParameter("resourceVersionMatch").orElse("");
    List<Map<String, Object>> items;
    long listVersion;
    Optional<String> namespace = t.namespace();
    if (version.isPresent() && match.equals("Exact")) {
      listVersion = parseVersion(version.get());
      items = store.listAt(t.resource(), namespace, listVersion);
    } else {
      if (version.isPresent()) {
        store.checkNotFuture(parseVersion(version.get()));
      }
      synchronized (store) {
        listVersion = store.resourceVersion();
        items = store.list(t.resource(), namespace);
      }
    }
    Predicate<Map<String, Object>> filter = filter(request, t);
    if (KubeTables.wanted(request.header("accept"))) {
      return FakeResponse.json(200, KubeTables.table(t.resource(), items.stream().filter(filter).toList(),
          listVersion, java.time.Instant.parse(store.now())));
    }
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("kind", t.resource().kind() + "List");
    list.put("apiVersion", t.resource().apiVersion());
    list.put("metadata", Map.of("resourceVersion", Long.toString(listVersion)));
    list.put("items", items.stream().filter(filter).toList());
    return FakeResponse.json(200, list);
  }

  private Map<String, Object> create(FakeRequest request, KubeTarget t) {
    Map<String, Object> object = body(request, t);
    Map<String, Object> metadata = Trees.metadata(object);
    if (Trees.string(metadata, "name").orElse("").isEmpty() && Trees.string(metadata, "generateName").isEmpty()) {
      throw KubeApiException.invalid(t.resource(), "", "metadata.name",
          "Required value: name or generateName is required");
    }
    Trees.string(metadata, "name").filter(n -> !n.isEmpty()).ifPresent(n -> checkName(t.resource(), n));
    initialStatus(t.resource(), object);
    metadata.remove("managedFields");
    ManagedFields.recordUpdate(Optional.empty(), object, fieldManager(request), t.resource().apiVersion(), store.now());
    return store.create(t.resource(), object);
  }

  private Map<String, Object> replace(FakeRequest request, KubeTarget t, String name) {
    Map<String, Object> object = body(request, t);
    String bodyName = KubeStore.nameOf(object);
    if (!bodyName.equals(name)) {
      throw KubeApiException.badRequest("the name of the object (" + bodyName
          + ") does not match the name on the URL (" + name + ")");
    }
    boolean status = t.subresource().isPresent();
    return store.update(t.resource(), t.storeNamespace(), name, current -> {
      checkPrecondition(t, name, object, current);
      if (status) {
        current.put("status", object.getOrDefault("status", Map.of()));
        return current;
      }
      if (t.resource().status() && current.containsKey("status")) {
        object.put("status", current.get("status"));
      }
      ManagedFields.recordUpdate(Optional.of(current), object, fieldManager(request), t.resource().apiVersion(),
          store.now());
      return object;
    });
  }

  /** 409 when {@code object} names a resourceVersion other than the current one. */
  static void checkPrecondition(KubeTarget t, String name, Map<String, Object> object, Map<String, Object> current) {
    Optional<String> expected = Trees.string(object, "metadata", "resourceVersion").filter(v -> !v.isEmpty());
    String actual = Trees.string(current, "metadata", "resourceVersion").orElse("");
    if (expected.isPresent() && !expected.get().equals(actual)) {
      throw KubeApiException.conflict(t.resource(), name,
          "the object has been modified; please apply your changes to the latest version and try again");
    }
  }

  private FakeResponse bind(FakeRequest request, KubeTarget t, String name) {
    Map<String, Object> binding = request.jsonObject()
        .orElseThrow(() -> KubeApiException.badRequest("the body of the request was not a JSON object"));
    String node = Trees.string(binding, "target", "name").orElseThrow(
        () -> KubeApiException.invalid(t.resource(), name, "target.name", "Required value"));
    store.update(t.resource(), t.storeNamespace(), name, pod -> {
      Optional<String> bound = Trees.string(pod, "spec", "nodeName");
      if (bound.isPresent()) {
        throw KubeApiException.conflict(t.resource(), name, "pod " + name + " is already assigned to node \""
            + bound.get() + "\"");
      }
      Trees.child(pod, "spec").put("nodeName", node);
      return pod;
    });
    return FakeResponse.json(201, Map.of("kind", "Status", "apiVersion", "v1", "metadata", Map.of(),
        "status", "Success", "code", 201L));
  }

  private FakeResponse deleteCollection(FakeRequest request, KubeTarget t) {
    Predicate<Map<String, Object>> filter = filter(request, t);
    List<Map<String, Object>> deleted = new ArrayList<>();
    for (Map<String, Object> o : store.list(t.resource(), t.namespace())) {
      if (filter.test(o)) {
        deleted.add(store.delete(t.resource(), KubeStore.namespaceOf(o), KubeStore.nameOf(o)));
      }
    }
    return FakeResponse.json(200, Map.of("kind", t.resource().kind() + "List", "apiVersion",
        t.resource().apiVersion(), "metadata", Map.of("resourceVersion", Long.toString(store.resourceVersion())),
        "items", deleted));
  }

  /** The request body as an object of the target's kind, in the target's namespace. */
  static Map<String, Object> body(FakeRequest request, KubeTarget t) {
    Map<String, Object> object = request.jsonObject().map(Trees::copyObject)
        .orElseThrow(() -> KubeApiException.badRequest("the body of the request was not a JSON object"));
    checkKind(object, t);
    return object;
  }

  /** Resets the status of a new object as the real server does: Namespaces Active, Pods Pending, else none. */
  static void initialStatus(KubeResource resource, Map<String, Object> object) {
    if (!resource.status()) {
      return;
    }
    object.remove("status");
    if (resource.kind().equals("Namespace")) {
      object.put("status", Map.of("phase", "Active"));
    } else if (resource.kind().equals("Pod")) {
      object.put("status", Map.of("phase", "Pending"));
    }
  }

  /** 400 when the object's kind, apiVersion or namespace does not fit the path. */
  static void checkKind(Map<String, Object> object, KubeTarget t) {
    String kind = Trees.string(object, "kind").orElse(t.resource().kind());
    String apiVersion = Trees.string(object, "apiVersion").orElse(t.resource().apiVersion());
    if (!kind.equals(t.resource().kind()) || !apiVersion.equals(t.resource().apiVersion())) {
      throw KubeApiException.badRequest("the API version in the data (" + apiVersion + ") and kind (" + kind
          + ") do not match the path (" + t.resource().apiVersion() + ", " + t.resource().kind() + ")");
    }
    object.put("kind", kind);
    object.put("apiVersion", apiVersion);
    Map<String, Object> metadata = Trees.metadata(object);
    if (t.resource().namespaced()) {
      String namespace = Trees.string(metadata, "namespace").filter(n -> !n.isEmpty()).orElse(t.storeNamespace());
      if (!namespace.equals(t.storeNamespace())) {
        throw KubeApiException.badRequest("the namespace of the provided object does not match the namespace sent "
            + "on the request");
      }
      metadata.put("namespace", namespace);
    } else {
      metadata.remove("namespace");
    }
  }

  /** 422 for a name that is not a DNS-1123 subdomain. */
  static void checkName(KubeResource resource, String name) {
    if (name.length() > 253 || !name.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*")) {
      throw KubeApiException.invalid(resource, name, "metadata.name", "Invalid value: \"" + name
          + "\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.'");
    }
  }

  /** The {@code fieldManager} parameter, else the user agent's product name, as the real server derives it. */
  static String fieldManager(FakeRequest request) {
    return request.queryParameter("fieldManager").filter(m -> !m.isEmpty()).orElseGet(() ->
        request.header("user-agent").map(a -> a.split("/")[0]).filter(a -> !a.isEmpty()).orElse("unknown"));
  }

  private static Predicate<Map<String, Object>> filter(FakeRequest request, KubeTarget t) {
    Predicate<Map<String, Object>> labels = Selectors.labels(request.queryParameter("labelSelector").orElse(""));
    return labels.and(Selectors.fields(request.queryParameter("fieldSelector").orElse(""), t.resource()));
  }

  static boolean isTrue(FakeRequest request, String name) {
    return request.queryParameter(name).filter(v -> v.equals("1") || v.equalsIgnoreCase("true")).isPresent();
  }

  static long parseVersion(String version) {
    try {
      return Long.parseLong(version);
    } catch (NumberFormatException e) {
      throw KubeApiException.badRequest("resourceVersion: Invalid value: \"" + version + "\": must be an integer");
    }
  }

  private static KubeApiException methodNotAllowed(String method) {
    return new KubeApiException(405, "MethodNotAllowed", "the server does not allow this method on the requested "
        + "resource", Map.of());
  }
}
