package dev.nestedcontrail.sdk.vnc.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A property of a resource type, as the schema declares it. */
@Value.Immutable
public abstract class PropertyField {
  /** The JSON member name, e.g. {@code virtual_network_properties}. */
  public abstract String wireName();

  public abstract PropertyKind kind();

  /** The XSD type name, e.g. {@code VirtualNetworkType} or {@code xsd:boolean}. */
  public abstract String xsdType();

  /** The Java type of the value (for LIST and MAP: the wrapper type). */
  public abstract Class<?> javaType();

  /** The schema presence: {@code required}, {@code optional}, {@code system-only}... */
  public abstract String presence();

  /** The schema operations: {@code CRUD}, {@code CRD}, {@code R}... */
  public abstract String operations();

  /** For LIST and MAP: the member of the wrapper that holds the elements, e.g. {@code key_value_pair}. */
  public abstract Optional<String> collectionMember();

  /** For MAP: the member of an element that is its key, e.g. {@code key}. */
  public abstract Optional<String> mapKey();

  /** True when the schema marks the property {@code required}. */
  public final boolean required() {
    return "required".equals(presence());
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutablePropertyField.Builder {}
}
