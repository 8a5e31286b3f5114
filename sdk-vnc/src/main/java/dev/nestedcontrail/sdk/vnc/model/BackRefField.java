package dev.nestedcontrail.sdk.vnc.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A read-only back-ref list: the objects of {@link #fromType()} that ref this one. */
@Value.Immutable
public abstract class BackRefField {
  /** The JSON member name, e.g. {@code virtual_machine_interface_back_refs}. */
  public abstract String fieldName();

  public abstract String linkName();

  /** The type name of the referring objects. */
  public abstract String fromType();

  public abstract Optional<String> attrType();

  public abstract Optional<Class<?>> attrClass();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableBackRefField.Builder {}
}
