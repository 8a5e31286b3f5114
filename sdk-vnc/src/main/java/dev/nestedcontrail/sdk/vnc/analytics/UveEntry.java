package dev.nestedcontrail.sdk.vnc.analytics;

import java.util.Map;
import org.immutables.value.Value;

/**
 * One UVE of a wildcard or alarm answer: its name and its content by struct name (for example
 * {@code NodeStatus}, {@code VrouterAgent}). The content is generic JSON: maps, lists, strings,
 * numbers and booleans; members whose JSON value is {@code null} are left out.
 */
@Value.Immutable
public abstract class UveEntry {

  @Value.Parameter
  public abstract String name();

  @Value.Parameter
  public abstract Map<String, Object> value();

  public static UveEntry of(String name, Map<String, ?> value) {
    return ImmutableUveEntry.of(name, value);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableUveEntry.Builder {}
}
