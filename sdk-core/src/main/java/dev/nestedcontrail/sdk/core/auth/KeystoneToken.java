package dev.nestedcontrail.sdk.core.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A token issued by Keystone, with its expiry, scope and service catalog. */
@Value.Immutable
public abstract class KeystoneToken {

  /** The token to send as {@code X-Auth-Token}; redacted in {@code toString}. */
  @Value.Redacted
  public abstract String id();

  public abstract Instant expiresAt();

  /** The project (v3) or tenant (v2.0) id the token is scoped to. */
  public abstract Optional<String> projectId();

  public abstract Optional<String> projectName();

  public abstract List<CatalogEntry> catalog();

  public static Builder builder() {
    return new Builder();
  }

  /** The URL of the first service of {@code type} with the given interface ({@code public}...). */
  public Optional<String> endpointUrl(String type, String interfaceType) {
    return catalog().stream().filter(e -> e.type().equals(type))
        .flatMap(e -> e.endpoints().stream())
        .filter(e -> e.interfaceType().equals(interfaceType))
        .map(CatalogEndpoint::url)
        .findFirst();
  }

  public static final class Builder extends ImmutableKeystoneToken.Builder {}
}
