package dev.nestedcontrail.sdk.vnc.sandesh.internal;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A list, set or map value. Elements are {@code String} (scalars), {@link SandeshStruct} or nested
 * {@link SandeshContainer}; a map holds key, value, key, value, ... in order.
 */
@Value.Immutable
public abstract class SandeshContainer {

  /** {@link WireType#LIST}, {@link WireType#SET} or {@link WireType#MAP}. */
  public abstract WireType kind();

  /** The element type; the key type of a map. */
  public abstract WireType elementType();

  /** The value type of a map; empty otherwise. */
  public abstract Optional<WireType> valueType();

  public abstract List<Object> elements();

  public static SandeshContainer list(WireType elementType, List<?> elements) {
    return builder().kind(WireType.LIST).elementType(elementType)
        .addAllElements(elements).build();
  }

  /** The number of entries: elements, or key/value pairs for a map. */
  public int size() {
    return kind() == WireType.MAP ? elements().size() / 2 : elements().size();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (!kind().container()) {
      problems.add("kind: " + kind() + " is not list, set or map");
    }
    if ((kind() == WireType.MAP) != valueType().isPresent()) {
      problems.add("valueType: must be set for a map and only for a map");
    }
    if (kind() == WireType.MAP && elements().size() % 2 != 0) {
      problems.add("elements: a map needs key/value pairs but has " + elements().size() + " elements");
    }
    for (int i = 0; i < elements().size(); i++) {
      WireType expected = kind() == WireType.MAP && i % 2 == 1 ? valueType().orElseThrow() : elementType();
      Object e = elements().get(i);
      if (!SandeshField.fits(expected, e)) {
        problems.add("elements[" + i + "]: a " + e.getClass().getSimpleName() + " is not a " + expected.wireName());
      }
    }
    ValidationException.throwIfAny("sandesh container", problems);
  }

  public static final class Builder extends ImmutableSandeshContainer.Builder {}
}
