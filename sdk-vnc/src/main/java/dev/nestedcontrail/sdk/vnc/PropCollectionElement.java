package dev.nestedcontrail.sdk.vnc;

import org.immutables.value.Value;

/**
 * One element of a list or map property from {@code /prop-collection-get}: the element as JSON
 * text and its position (list index or map key).
 */
@Value.Immutable
public abstract class PropCollectionElement {
  @Value.Parameter
  public abstract String valueJson();

  @Value.Parameter
  public abstract String position();

  public static PropCollectionElement of(String valueJson, String position) {
    return ImmutablePropCollectionElement.of(valueJson, position);
  }
}
