package dev.nestedcontrail.sdk.vnc.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A ref list of a resource type, from a {@code Link(..., ['ref'])} of the schema. */
@Value.Immutable
public abstract class RefField {
  /** The JSON member name, e.g. {@code network_ipam_refs}. */
  public abstract String fieldName();

  /** The schema link name, e.g. {@code virtual-network-network-ipam}. */
  public abstract String linkName();

  /** The type name of the target, e.g. {@code network-ipam}. */
  public abstract String targetType();

  /** The XSD type of the link data, e.g. {@code VnSubnetsType}; empty when the link has none. */
  public abstract Optional<String> attrType();

  /** The Java class of the link data; empty when the link has none. */
  public abstract Optional<Class<?>> attrClass();

  public abstract String presence();

  public abstract String operations();

  /** True when the server derives this link itself. */
  public abstract boolean derived();

  /** True when the link carries data, so every ref must be sent with an {@code attr} key. */
  public final boolean hasData() {
    return attrType().isPresent();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableRefField.Builder {}
}
