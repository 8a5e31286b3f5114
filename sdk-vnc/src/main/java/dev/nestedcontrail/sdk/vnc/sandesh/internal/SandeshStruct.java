package dev.nestedcontrail.sdk.vnc.sandesh.internal;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A struct (or the body of a sandesh) as it travels: its name and its fields in wire order. A
 * field whose value was not set is absent, as Sandesh writes only set fields.
 */
@Value.Immutable
public abstract class SandeshStruct {

  @Value.Parameter
  public abstract String name();

  @Value.Parameter
  public abstract List<SandeshField> fields();

  public static SandeshStruct of(String name, List<SandeshField> fields) {
    return ImmutableSandeshStruct.of(name, fields);
  }

  /** The first field called {@code fieldName}. */
  public Optional<SandeshField> field(String fieldName) {
    return fields().stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }

  /** The text of a scalar field. */
  public Optional<String> text(String fieldName) {
    return field(fieldName).flatMap(SandeshField::text);
  }
}
