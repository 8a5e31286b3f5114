package dev.nestedcontrail.sdk.vnc.analytics;

import org.immutables.value.Value;

/** A UVE type the analytics API knows ({@code GET /analytics/uve-types}). */
@Value.Immutable
public abstract class UveType {

  /** The type's name as used in UVE URLs, such as {@code vrouter} or {@code config-node}. */
  @Value.Parameter
  public abstract String name();

  /** Whether UVEs of this type describe the whole system rather than one object. */
  @Value.Parameter
  public abstract boolean globalSystemObject();

  public static UveType of(String name, boolean globalSystemObject) {
    return ImmutableUveType.of(name, globalSystemObject);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableUveType.Builder {}
}
