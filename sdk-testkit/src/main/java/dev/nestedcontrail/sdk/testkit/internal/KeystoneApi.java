package dev.nestedcontrail.sdk.testkit.internal;

import dev.nestedcontrail.sdk.testkit.FakeRequest;
import dev.nestedcontrail.sdk.testkit.FakeResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Keystone endpoints of {@code FakeKeystone}: the v3 version document, v3 issue, validate,
 * check and revoke, and v2.0 issue.
 * Like the real service it answers 401 with the same body for every kind of bad credential, and
 * leaves the catalog out of v3 token bodies when the query has {@code nocatalog}.
 */
public final class KeystoneApi {
  private final KeystoneDirectory directory;
  private final KeystoneTokens tokens;
  private final List<KeystoneJson.CatalogEntry> services;

  /** {@code services} are listed in the catalog after Keystone itself (at the URL the client used). */
  public KeystoneApi(KeystoneDirectory directory, KeystoneTokens tokens, List<KeystoneJson.CatalogEntry> services) {
    this.directory = directory;
    this.tokens = tokens;
    this.services = List.copyOf(services);
  }

  /** POST /v3/auth/tokens with the password method, unscoped or scoped to a project. */
  public FakeResponse issueV3(FakeRequest request) {
    tokens.countRequest();
    Optional<Map<String, Object>> auth = request.jsonObject().flatMap(b -> JsonMaps.object(b, "auth"));
    Optional<Map<String, Object>> identity = auth.flatMap(a -> JsonMaps.object(a, "identity"));
    if (auth.isEmpty() || identity.isEmpty()) {
      return KeystoneJson.error(400, "Bad Request", "'identity' is a required property");
    }
    if (!JsonMaps.list(identity.get(), "methods").contains("password")) {
      return unauthorized(request);
    }
    Optional<Map<String, Object>> userRef = JsonMaps.object(identity.get(), "password")
        .flatMap(p -> JsonMaps.object(p, "user"));
    Optional<KeystoneDirectory.User> user = userRef.flatMap(ref -> passwordMatches(directory.user(ref), ref));
    Optional<Map<String, Object>> scope = JsonMaps.object(auth.get(), "scope");
    Optional<KeystoneToken> token = user.flatMap(u -> issue(u, scope.isPresent(),
        scope.flatMap(s -> JsonMaps.object(s, "project"))));
    return token.map(t -> FakeResponse.json(201, KeystoneJson.v3Token(t, catalog(request), wantsCatalog(request)))
        .withHeader("X-Subject-Token", t.id())).orElseGet(() -> unauthorized(request));
  }

  /** GET /v3/auth/tokens: 401 for a bad X-Auth-Token, 404 for an unknown or expired subject. */
  public FakeResponse validateV3(FakeRequest request) {
    if (!authorized(request)) {
      return unauthorized(request);
    }
    Optional<String> subject = request.header("X-Subject-Token");
    if (subject.isEmpty()) {
      return KeystoneJson.error(404, "Not Found", "No token in the request");
    }
    return tokens.valid(subject.get())
        .map(t -> FakeResponse.json(200, KeystoneJson.v3Token(t, catalog(request), wantsCatalog(request))).withHeader("X-Subject-Token", t.id()))
        .orElseGet(() -> KeystoneJson.error(404, "Not Found", "Could not find token: " + subject.get() + "."));
  }

  /** GET /v3: the version document. */
  public FakeResponse version(FakeRequest request) {
    Map<String, Object> version = new LinkedHashMap<>();
    version.put("id", "v3.14");
    version.put("status", "stable");
    version.put("updated", "2020-04-07T00:00:00Z");
    version.put("links", List.of(Map.of("rel", "self", "href", baseUrl(request) + "/v3/")));
    version.put("media-types", List.of(Map.of("base", "application/json",
        "type", "application/vnd.openstack.identity-v3+json")));
    return FakeResponse.json(200, Map.of("version", version));
  }

  /** HEAD /v3/auth/tokens: the status of {@link #validateV3} without a body. */
  public FakeResponse checkV3(FakeRequest request) {
    return FakeResponse.empty(validateV3(request).status());
  }

  /** DELETE /v3/auth/tokens: revokes the subject token, 204. */
  public FakeResponse revokeV3(FakeRequest request) {
    if (!authorized(request)) {
      return unauthorized(request);
    }
    Optional<String> subject = request.header("X-Subject-Token").filter(s -> tokens.valid(s).isPresent());
    if (subject.isEmpty()) {
      return KeystoneJson.error(404, "Not Found", "Could not find token.");
    }
    tokens.revoke(subject.get());
    return FakeResponse.empty(204);
  }

  /** POST /v2.0/tokens with passwordCredentials and an optional tenantName or tenantId. */
  public FakeResponse issueV2(FakeRequest request) {
    tokens.countRequest();
    Map<String, Object> auth = request.jsonObject().flatMap(b -> JsonMaps.object(b, "auth")).orElse(Map.of());
    Optional<Map<String, Object>> credentials = JsonMaps.object(auth, "passwordCredentials");
    if (credentials.isEmpty()) {
      return KeystoneJson.error(400, "Bad Request", "Expecting to find passwordCredentials in auth.");
    }
    Optional<KeystoneDirectory.User> user = passwordMatches(
        JsonMaps.string(credentials.get(), "username").flatMap(directory::defaultDomainUser), credentials.get());
    Optional<Map<String, Object>> tenantRef = JsonMaps.string(auth, "tenantId").<Map<String, Object>>map(id -> Map.of("id", id))
        .or(() -> JsonMaps.string(auth, "tenantName").map(n -> Map.of("name", n,
            "domain", Map.of("id", KeystoneDirectory.DEFAULT_DOMAIN_ID))));
    Optional<KeystoneToken> token = user.flatMap(u -> issue(u, tenantRef.isPresent(), tenantRef));
    return token.map(t -> FakeResponse.json(200, KeystoneJson.v2Access(t, catalog(request))))
        .orElseGet(() -> unauthorized(request));
  }

  /**
   * An unscoped token when no scope was asked for; else a token for the project {@code projectRef}
   * names, or empty when there is no such project or the user has no role on it.
   */
  private Optional<KeystoneToken> issue(KeystoneDirectory.User user, boolean scopeAsked,
      Optional<Map<String, Object>> projectRef) {
    if (!scopeAsked) {
      return Optional.of(tokens.issue(user, Optional.empty(), List.of()));
    }
    Optional<KeystoneDirectory.Project> project = projectRef.flatMap(directory::project);
    List<KeystoneDirectory.Role> roles = project.map(p -> directory.roles(user, p)).orElse(List.of());
    return roles.isEmpty() ? Optional.empty() : Optional.of(tokens.issue(user, project, roles));
  }

  private static Optional<KeystoneDirectory.User> passwordMatches(Optional<KeystoneDirectory.User> user,
      Map<String, Object> credentials) {
    Optional<String> given = JsonMaps.string(credentials, "password");
    return user.filter(u -> given.filter(u.password()::equals).isPresent());
  }

  /** Keystone leaves the catalog out when the query has {@code nocatalog}. */
  private static boolean wantsCatalog(FakeRequest request) {
    return !request.queryParameters().containsKey("nocatalog");
  }

  private boolean authorized(FakeRequest request) {
    return request.header("X-Auth-Token").flatMap(tokens::valid).isPresent();
  }

  private static FakeResponse unauthorized(FakeRequest request) {
    return KeystoneJson.unauthorized(baseUrl(request));
  }

  private static String baseUrl(FakeRequest request) {
    return "http://" + request.header("Host").orElse("127.0.0.1");
  }

  private List<KeystoneJson.CatalogEntry> catalog(FakeRequest request) {
    List<KeystoneJson.CatalogEntry> all = new ArrayList<>();
    all.add(new KeystoneJson.CatalogEntry("identity", "keystone", baseUrl(request) + "/v3/"));
    all.addAll(services);
    return all;
  }
}
