package dev.nestedcontrail.sdk.testkit.internal;

import dev.nestedcontrail.sdk.testkit.FakeResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes Keystone answers with (v3 token, v2.0 access, errors), as maps. */
public final class KeystoneJson {
  private static final DateTimeFormatter V3_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter V2_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final String[] INTERFACES = {"public", "internal", "admin"};

  /** A service in the catalog; each of its three interfaces has the same URL, in region RegionOne. */
  public record CatalogEntry(String type, String name, String url) {}

  private KeystoneJson() {}

  /** Keystone's error body (ending in a newline, as the real one does) with the matching status. */
  public static FakeResponse error(int code, String title, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("message", message);
    error.put("title", title);
    return FakeResponse.builder().status(code).putHeader("Content-Type", FakeResponse.JSON)
        .body(JsonCodec.write(Map.of("error", error)) + "\n").build();
  }

  public static FakeResponse unauthorized(String baseUrl) {
    return error(401, "Unauthorized", "The request you have made requires authentication.")
        .withHeader("WWW-Authenticate", "Keystone uri=\"" + baseUrl + "/v3\"");
  }

  /** The {@code {"token": ...}} body of v3 issuance and validation. */
  public static Map<String, Object> v3Token(KeystoneToken token, List<CatalogEntry> catalog, boolean withCatalog) {
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("domain", domain(token.user().domain()));
    user.put("id", token.user().id());
    user.put("name", token.user().name());
    user.put("password_expires_at", null);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("methods", List.of("password"));
    body.put("user", user);
    body.put("audit_ids", List.of(token.auditId()));
    body.put("expires_at", V3_TIME.format(token.expiresAt()));
    body.put("issued_at", V3_TIME.format(token.issuedAt()));
    token.project().ifPresent(p -> {
      Map<String, Object> project = new LinkedHashMap<>();
      project.put("domain", domain(p.domain()));
      project.put("id", p.id());
      project.put("name", p.name());
      body.put("project", project);
      body.put("is_domain", false);
      List<Map<String, Object>> roles = new ArrayList<>();
      token.roles().forEach(r -> roles.add(Map.of("id", r.id(), "name", r.name())));
      body.put("roles", roles);
      if (withCatalog) {
        body.put("catalog", v3Catalog(catalog));
      }
    });
    return Map.of("token", body);
  }

  /** The {@code {"access": ...}} body of v2.0 issuance. */
  public static Map<String, Object> v2Access(KeystoneToken token, List<CatalogEntry> catalog) {
    Map<String, Object> tokenBody = new LinkedHashMap<>();
    tokenBody.put("id", token.id());
    tokenBody.put("issued_at", V3_TIME.format(token.issuedAt()));
    tokenBody.put("expires", V2_TIME.format(token.expiresAt()));
    tokenBody.put("audit_ids", List.of(token.auditId()));
    List<Map<String, Object>> services = new ArrayList<>();
    token.project().ifPresent(p -> {
      Map<String, Object> tenant = new LinkedHashMap<>();
      tenant.put("id", p.id());
      tenant.put("name", p.name());
      tenant.put("description", null);
      tenant.put("enabled", true);
      tokenBody.put("tenant", tenant);
      for (CatalogEntry e : catalog) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("id", KeystoneDirectory.id("endpoint", e.type() + e.url()));
        endpoint.put("region", "RegionOne");
        endpoint.put("publicURL", e.url());
        endpoint.put("internalURL", e.url());
        endpoint.put("adminURL", e.url());
        services.add(Map.of("type", e.type(), "name", e.name(), "endpoints", List.of(endpoint),
            "endpoints_links", List.of()));
      }
    });
    List<Map<String, Object>> roles = new ArrayList<>();
    token.roles().forEach(r -> roles.add(Map.of("name", r.name())));
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("id", token.user().id());
    user.put("name", token.user().name());
    user.put("username", token.user().name());
    user.put("roles", roles);
    user.put("roles_links", List.of());
    Map<String, Object> metadata = Map.of("is_admin", 0,
        "roles", token.roles().stream().map(KeystoneDirectory.Role::id).toList());
    return Map.of("access", Map.of("token", tokenBody, "serviceCatalog", services, "user", user, "metadata", metadata));
  }

  private static List<Map<String, Object>> v3Catalog(List<CatalogEntry> catalog) {
    List<Map<String, Object>> services = new ArrayList<>();
    for (CatalogEntry e : catalog) {
      List<Map<String, Object>> endpoints = new ArrayList<>();
      for (String iface : INTERFACES) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("id", KeystoneDirectory.id("endpoint", iface + e.type() + e.url()));
        endpoint.put("interface", iface);
        endpoint.put("region_id", "RegionOne");
        endpoint.put("url", e.url());
        endpoint.put("region", "RegionOne");
        endpoints.add(endpoint);
      }
      services.add(Map.of("endpoints", endpoints, "id", KeystoneDirectory.id("service", e.type() + e.name()),
          "type", e.type(), "name", e.name()));
    }
    return services;
  }

  private static Map<String, Object> domain(KeystoneDirectory.Domain d) {
    return Map.of("id", d.id(), "name", d.name());
  }
}
