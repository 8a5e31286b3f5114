package dev.nestedcontrail.sdk.vnc.sandesh.internal;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One field as it travels: {@code <name type="..." identifier="id" annotations...>value</name>}.
 * The value is a {@code String} for scalars (the text, unescaped), a {@link SandeshStruct} for
 * structs and a {@link SandeshContainer} for lists, sets and maps.
 */
@Value.Immutable
public abstract class SandeshField {

  public abstract String name();

  public abstract WireType type();

  /** The field's number in the IDL. */
  public abstract int id();

  /** Extra attributes such as {@code key="ObjectVRouter"} or {@code aggtype="union"}, in order. */
  public abstract Map<String, String> annotations();

  public abstract Object value();

  public static Builder builder() {
    return new Builder();
  }

  public static SandeshField scalar(String name, WireType type, int id, String text) {
    return builder().name(name).type(type).id(id).value(text).build();
  }

  public static SandeshField string(String name, int id, String text) {
    return scalar(name, WireType.STRING, id, text);
  }

  public static SandeshField struct(String name, int id, SandeshStruct value) {
    return builder().name(name).type(WireType.STRUCT).id(id).value(value).build();
  }

  public static SandeshField list(String name, int id, SandeshContainer value) {
    return builder().name(name).type(WireType.LIST).id(id).value(value).build();
  }

  /** The text of a scalar field. */
  public Optional<String> text() {
    return value() instanceof String ? Optional.of((String) value()) : Optional.empty();
  }

  /** Whether {@code value} is the right Java type for the wire type. */
  static boolean fits(WireType type, Object value) {
    if (type.scalar()) {
      return value instanceof String;
    }
    if (type == WireType.STRUCT) {
      return value instanceof SandeshStruct;
    }
    return type.container() && value instanceof SandeshContainer && ((SandeshContainer) value).kind() == type;
  }

  @Value.Check
  void check() {
    if (type() == WireType.SANDESH || !fits(type(), value())) {
      throw ValidationException.of("sandesh field", "field " + name() + ": a "
          + value().getClass().getSimpleName() + " cannot be the value of type " + type().wireName());
    }
  }

  public static final class Builder extends ImmutableSandeshField.Builder {}
}
