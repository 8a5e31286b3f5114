package dev.nestedcontrail.sdk.testkit.internal.kube;

import dev.nestedcontrail.sdk.testkit.FakeHandler;
import dev.nestedcontrail.sdk.testkit.FakeHttpServer;
import dev.nestedcontrail.sdk.testkit.FakeResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The routes of the fake Kubernetes API: discovery, resources, health probes and a Status 404 for the rest. */
public final class KubeRoutes {
  private KubeRoutes() {}

  /** Adds the routes to {@code http}; with {@code required}, every API route checks the bearer token. */
  public static void register(FakeHttpServer.Builder http, KubeApi api, Optional<String> required) {
    http.route("GET", "/version", guard(required, KubeDiscovery::version))
        .route("GET", "/api", guard(required, KubeDiscovery::coreVersions))
        .route("GET", "/apis", guard(required, KubeDiscovery::groups))
        .route("GET", "/api/v1", guard(required, r -> KubeDiscovery.resources("", "v1")))
        .route("GET", "/apis/{group}/{version}", guard(required, r ->
            KubeDiscovery.resources(r.pathVariable("group"), r.pathVariable("version"))));
    for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
      http.route(method, "/api/v1/{rest*}", guard(required, r -> api.handle(r, "", "v1", r.pathVariable("rest"))))
          .route(method, "/apis/{group}/{version}/{rest*}", guard(required, r -> api.handle(r,
              r.pathVariable("group"), r.pathVariable("version"), r.pathVariable("rest"))));
    }
    for (String probe : List.of("/healthz", "/readyz", "/livez")) {
      http.route("GET", probe, r -> FakeResponse.text(200, "ok"));
    }
    http.route("GET", "/{rest*}", r -> KubeApi.error(KubeTarget.notFound()));
  }

  /** Answers 401 with a Status unless the request carries {@code Authorization: Bearer <required>}. */
  private static FakeHandler guard(Optional<String> required, FakeHandler handler) {
    return request -> {
      if (required.isPresent() && !request.header("authorization").equals(Optional.of("Bearer " + required.get()))) {
        return KubeApi.error(new KubeApiException(401, "Unauthorized", "Unauthorized", Map.of()));
      }
      return handler.handle(request);
    };
  }
}
