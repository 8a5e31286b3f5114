package dev.nestedcontrail.sdk.testkit;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.testkit.internal.KeystoneApi;
import dev.nestedcontrail.sdk.testkit.internal.KeystoneDirectory;
import dev.nestedcontrail.sdk.testkit.internal.KeystoneJson;
import dev.nestedcontrail.sdk.testkit.internal.KeystoneTokens;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A fake OpenStack Keystone: the {@code GET /v3} version document, v3 password tokens ({@code POST /v3/auth/tokens}, unscoped or scoped to
 * a project by id, or by name with its domain by id or name), validation, check and revocation
 * ({@code GET/HEAD/DELETE /v3/auth/tokens}), and v2.0 tokens ({@code POST /v2.0/tokens}, which the
 * real Keystone 22 no longer serves). Token lifetimes follow the injected clock.
 *
 * <p>Out of the box it knows domain {@code Default} (id {@code default}), project {@code admin}
 * and user {@code admin} / password {@code admin} with role {@code admin} on it; its catalog lists
 * itself as the {@code identity} service.
 */
public final class FakeKeystone extends HttpServedFake {
  public static final String ADMIN = "admin";

  private final FakeHttpServer server;
  private final KeystoneTokens tokens;

  private FakeKeystone(Builder b) {
    this.tokens = new KeystoneTokens(b.clock, b.tokenLifetime);
    KeystoneApi api = new KeystoneApi(b.directory.copy(), tokens, b.catalog);
    this.server = b.http("fake-keystone")
        .route("GET", "/v3", withRequestId(api::version))
        .route("POST", "/v3/auth/tokens", withRequestId(api::issueV3))
        .route("GET", "/v3/auth/tokens", withRequestId(api::validateV3))
        .route("HEAD", "/v3/auth/tokens", withRequestId(api::checkV3))
        .route("DELETE", "/v3/auth/tokens", withRequestId(api::revokeV3))
        .route("POST", "/v2.0/tokens", withRequestId(api::issueV2))
        .start();
  }

  /** Every answer carries an {@code x-openstack-request-id}, as the real Keystone's do. */
  private static FakeHandler withRequestId(FakeHandler handler) {
    return request -> handler.handle(request)
        .withHeader("x-openstack-request-id", "req-" + UUID.randomUUID());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A fake Keystone with the defaults: admin/admin, the system clock and one-hour tokens. */
  public static FakeKeystone start() {
    return builder().start();
  }

  /** The base URL without version, such as {@code http://127.0.0.1:41234}; v3 is under {@code /v3}. */
  @Override
  public String baseUrl() {
    return super.baseUrl();
  }

  /** {@link #baseUrl()} plus {@code /v3}. */
  public String v3Url() {
    return baseUrl() + "/v3";
  }

  /** Whether {@code token} was issued here, is not revoked and has not expired by the fake's clock. */
  public boolean isValid(String token) {
    return tokens.valid(token).isPresent();
  }

  /** Revokes {@code token}, so validation and {@link #isValid} reject it; true when it was valid. */
  public boolean revoke(String token) {
    return tokens.revoke(token);
  }

  /** How many token requests (v3 and v2.0, granted or not) reached the fake. */
  public long tokenRequests() {
    return tokens.requests();
  }

  @Override
  public String toString() {
    return "FakeKeystone[" + baseUrl() + "]";
  }

  /** Users, projects, clock and token lifetime of a {@link FakeKeystone}. */
  public static final class Builder extends FakeServerBuilder<Builder> {
    private final KeystoneDirectory directory = new KeystoneDirectory();
    private final List<KeystoneJson.CatalogEntry> catalog = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private Duration tokenLifetime = Duration.ofHours(1);

    private Builder() {
      directory.addProject(KeystoneDirectory.DEFAULT_DOMAIN_NAME, ADMIN);
      directory.addUser(KeystoneDirectory.DEFAULT_DOMAIN_NAME, ADMIN, ADMIN);
      directory.grant(ADMIN, ADMIN, ADMIN);
    }

    /** The clock that stamps and expires tokens (default: the system clock). */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** How long a token lives (default one hour). */
    public Builder tokenLifetime(Duration lifetime) {
      if (lifetime.isNegative() || lifetime.isZero()) {
        throw ValidationException.of("FakeKeystone", "tokenLifetime: " + lifetime + " is not positive");
      }
      this.tokenLifetime = lifetime;
      return this;
    }

    /** Changes the password of the default {@code admin} user. */
    public Builder adminPassword(String password) {
      directory.addUser(KeystoneDirectory.DEFAULT_DOMAIN_NAME, ADMIN, password);
      return this;
    }

    /** Adds a domain besides {@code Default}. */
    public Builder domain(String id, String name) {
      directory.addDomain(id, name);
      return this;
    }

    /** Adds a project in domain {@code Default}. */
    public Builder project(String name) {
      return project(KeystoneDirectory.DEFAULT_DOMAIN_NAME, name);
    }

    /** Adds a project in the domain named {@code domainName}. */
    public Builder project(String domainName, String name) {
      directory.addProject(domainName, name);
      return this;
    }

    /** Adds a user in domain {@code Default}. */
    public Builder user(String name, String password) {
      return user(KeystoneDirectory.DEFAULT_DOMAIN_NAME, name, password);
    }

    /** Adds a user in the domain named {@code domainName}. */
    public Builder user(String domainName, String name, String password) {
      directory.addUser(domainName, name, password);
      return this;
    }

    /** Grants a role on a project to a user; a user can scope a token only to projects it has a role on. */
    public Builder grant(String userName, String projectName, String role) {
      directory.grant(userName, projectName, role);
      return this;
    }

    /** Adds a service to the catalog, with the same URL for its public, internal and admin endpoints. */
    public Builder catalogEntry(String type, String name, String url) {
      catalog.add(new KeystoneJson.CatalogEntry(type, name, url));
      return this;
    }

    public FakeKeystone start() {
      return new FakeKeystone(this);
    }
  }

  @Override
  FakeHttpServer httpServer() {
    return server;
  }
}
