package dev.nestedcontrail.sdk.core.auth;

import java.util.List;
import org.immutables.value.Value;

/** One service in the Keystone catalog, such as type {@code network} name {@code neutron}. */
@Value.Immutable
public abstract class CatalogEntry {

  public abstract String type();

  public abstract String name();

  public abstract List<CatalogEndpoint> endpoints();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableCatalogEntry.Builder {}
}
