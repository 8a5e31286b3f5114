package dev.nestedcontrail.sdk.vnc.model;

import java.util.List;
import java.util.function.Function;

/**
 * The base of the generated enumerations. They are open: a value the schema does not list (sent
 * by a newer server) is kept as it is, with {@link #isKnown()} false, and written back unchanged.
 */
public abstract class OpenEnum {
  private final String value;
  private final boolean known;

  protected OpenEnum(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  /** Returns the listed constant with this wire value, or a new unknown value. */
  protected static <E extends OpenEnum> E lookup(
      List<E> known, String value, Function<String, E> unknown) {
    for (E e : known) {
      if (e.value().equals(value)) {
        return e;
      }
    }
    return unknown.apply(value);
  }

  /** The wire value, e.g. {@code l2_l3}. */
  public final String value() {
    return value;
  }

  /** True when the schema lists this value. */
  public final boolean isKnown() {
    return known;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((OpenEnum) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }
}
