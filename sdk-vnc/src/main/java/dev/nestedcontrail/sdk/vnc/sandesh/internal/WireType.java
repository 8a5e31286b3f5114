package dev.nestedcontrail.sdk.vnc.sandesh.internal;

import java.util.Locale;
import java.util.Optional;

/** The type names Sandesh's XML protocol writes in {@code type="..."} attributes. */
public enum WireType {
  BOOL, BYTE, I16, I32, I64, U16, U32, U64, IPV4, DOUBLE, STRING, XML, UUID,
  STRUCT, LIST, MAP, SET, SANDESH;

  /** The attribute value, such as {@code i32} or {@code struct}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for the types whose value is text (everything but structs, containers and sandesh). */
  public boolean scalar() {
    return this != STRUCT && this != LIST && this != MAP && this != SET && this != SANDESH;
  }

  /** True for list, set and map. */
  public boolean container() {
    return this == LIST || this == MAP || this == SET;
  }

  public static Optional<WireType> fromWire(String name) {
    for (WireType t : values()) {
      if (t.wireName().equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
