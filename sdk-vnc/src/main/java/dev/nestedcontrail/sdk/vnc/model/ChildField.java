package dev.nestedcontrail.sdk.vnc.model;

import org.immutables.value.Value;

/** A children list of a resource type, from a {@code Link(..., ['has'])} of the schema. */
@Value.Immutable
public abstract class ChildField {
  /** The JSON member name, e.g. {@code virtual_networks}. */
  public abstract String fieldName();

  public abstract String linkName();

  /** The type name of the children, e.g. {@code virtual-network}. */
  public abstract String childType();

  public abstract String presence();

  public abstract String operations();

  public abstract boolean derived();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableChildField.Builder {}
}
