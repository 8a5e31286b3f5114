package dev.nestedcontrail.sdk.core.internal;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.auth.CatalogEndpoint;
import dev.nestedcontrail.sdk.core.auth.CatalogEntry;
import dev.nestedcontrail.sdk.core.auth.Identifier;
import dev.nestedcontrail.sdk.core.auth.KeystoneCredentials;
import dev.nestedcontrail.sdk.core.auth.KeystoneToken;
import dev.nestedcontrail.sdk.core.auth.KeystoneV2Password;
import dev.nestedcontrail.sdk.core.auth.KeystoneV3Password;
import dev.nestedcontrail.sdk.core.http.HttpResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keystone's JSON: token request bodies and token answers of v3 and v2.0. Unknown fields are ignored. */
public final class KeystoneWire {

  public KeystoneWire() {}

  /** The path to POST {@code credentials} to. */
  public static String tokensPath(KeystoneCredentials credentials) {
    return credentials instanceof KeystoneV3Password ? "/v3/auth/tokens" : "/v2.0/tokens";
  }

  public String requestBody(KeystoneCredentials credentials) {
    if (credentials instanceof KeystoneV3Password) {
      KeystoneV3Password c = (KeystoneV3Password) credentials;
      Map<String, Object> user = new LinkedHashMap<>();
      user.put("name", c.userName());
      user.put("domain", ref(c.userDomain()));
      user.put("password", c.password());
      Map<String, Object> project = ref(c.project());
      if (c.project().kind() == Identifier.Kind.NAME) {
        project.put("domain", ref(c.projectDomain()));
      }
      return JsonTrees.write(Map.of("auth", Map.of(
          "identity", Map.of("methods", List.of("password"), "password", Map.of("user", user)),
          "scope", Map.of("project", project))));
    }
    KeystoneV2Password c = (KeystoneV2Password) credentials;
    Map<String, Object> auth = new LinkedHashMap<>();
    auth.put("passwordCredentials", Map.of("username", c.userName(), "password", c.password()));
    auth.put(c.tenant().kind() == Identifier.Kind.ID ? "tenantId" : "tenantName", c.tenant().value());
    return JsonTrees.write(Map.of("auth", auth));
  }

  /** Reads the token from a successful answer to {@link #requestBody}. */
  public KeystoneToken token(KeystoneCredentials credentials, HttpResponse response) {
    try {
      return credentials instanceof KeystoneV3Password ? v3(response) : v2(response);
    } catch (IOException | RuntimeException e) {
      throw new ContrailClientException("unreadable Keystone token answer from " + response.endpoint()
          + " (request-id " + response.requestId() + "): " + e.getMessage(), e);
    }
  }

  private KeystoneToken v3(HttpResponse response) throws IOException {
    String id = response.header("X-Subject-Token")
        .orElseThrow(() -> new IOException("no X-Subject-Token header"));
    JsonTree token = JsonTree.of(JsonTrees.parse(response.body(), JsonTrees.Nulls.DROP)).get("token");
    KeystoneToken.Builder b = KeystoneToken.builder().id(id)
        .expiresAt(KeystoneTimes.parse(token.get("expires_at").text()));
    JsonTree project = token.get("project");
    project.get("id").textIfPresent().ifPresent(b::projectId);
    project.get("name").textIfPresent().ifPresent(b::projectName);
    for (JsonTree service : token.get("catalog").items()) {
      CatalogEntry.Builder entry = CatalogEntry.builder()
          .type(service.get("type").text()).name(service.get("name").textOr(""));
      for (JsonTree e : service.get("endpoints").items()) {
        CatalogEndpoint.Builder ep = CatalogEndpoint.builder()
            .interfaceType(e.get("interface").text()).url(e.get("url").text());
        e.get("region_id").textIfPresent().or(() -> e.get("region").textIfPresent()).ifPresent(ep::region);
        entry.addEndpoints(ep.build());
      }
      b.addCatalog(entry.build());
    }
    return b.build();
  }

  private KeystoneToken v2(HttpResponse response) throws IOException {
    JsonTree access = JsonTree.of(JsonTrees.parse(response.body(), JsonTrees.Nulls.DROP)).get("access");
    JsonTree token = access.get("token");
    KeystoneToken.Builder b = KeystoneToken.builder().id(token.get("id").text())
        .expiresAt(KeystoneTimes.parse(token.get("expires").text()));
    token.get("tenant").get("id").textIfPresent().ifPresent(b::projectId);
    token.get("tenant").get("name").textIfPresent().ifPresent(b::projectName);
    for (JsonTree service : access.get("serviceCatalog").items()) {
      CatalogEntry.Builder entry = CatalogEntry.builder()
          .type(service.get("type").text()).name(service.get("name").textOr(""));
      for (JsonTree e : service.get("endpoints").items()) {
        for (String kind : List.of("public", "internal", "admin")) {
          e.get(kind + "URL").textIfPresent().ifPresent(url -> {
            CatalogEndpoint.Builder ep = CatalogEndpoint.builder().interfaceType(kind).url(url);
            e.get("region").textIfPresent().ifPresent(ep::region);
            entry.addEndpoints(ep.build());
          });
        }
      }
      b.addCatalog(entry.build());
    }
    return b.build();
  }

  private static Map<String, Object> ref(Identifier identifier) {
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put(identifier.kind() == Identifier.Kind.ID ? "id" : "name", identifier.value());
    return ref;
  }
}
