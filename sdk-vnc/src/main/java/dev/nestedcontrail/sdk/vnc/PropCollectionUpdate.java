package dev.nestedcontrail.sdk.vnc;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One element edit of {@code /prop-collection-update}: {@code field}, {@code operation}
 * ({@code add|modify|delete} for lists, {@code set|delete} for maps), the element as a value of
 * the generated model (e.g. {@code KeyValuePair}) and the position (list index or map key).
 */
@Value.Immutable
public abstract class PropCollectionUpdate {
  public abstract String field();

  public abstract String operation();

  public abstract Optional<Object> value();

  public abstract Optional<String> position();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutablePropCollectionUpdate.Builder {}
}
