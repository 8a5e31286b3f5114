package dev.nestedcontrail.sdk.core.auth;

import dev.nestedcontrail.sdk.core.ValidationException;
import org.immutables.value.Value;

/** A Keystone project, domain or tenant named either by id or by name. */
@Value.Immutable
public abstract class Identifier {

  /** Whether {@link #value()} is an id or a name. */
  public enum Kind { ID, NAME }

  public abstract Kind kind();

  public abstract String value();

  public static Identifier byId(String id) {
    return ImmutableIdentifier.builder().kind(Kind.ID).value(id).build();
  }

  public static Identifier byName(String name) {
    return ImmutableIdentifier.builder().kind(Kind.NAME).value(name).build();
  }

  @Override
  public String toString() {
    return kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + value();
  }

  @Value.Check
  void check() {
    if (value().isBlank()) {
      throw ValidationException.of("identifier", kind().name().toLowerCase(java.util.Locale.ROOT)
          + ": must not be blank");
    }
  }
}
