package dev.nestedcontrail.sdk.vnc.analytics;

import org.immutables.value.Value;

/**
 * One entry of a list answer: a UVE table ({@code GET /analytics/uves}) or a UVE of a table
 * ({@code GET /analytics/uves/<table>s}), with the link the server gave for it.
 */
@Value.Immutable
public abstract class UveLink {

  /** Table name such as {@code vrouters}, or UVE name such as {@code default-domain:admin:vn1}. */
  @Value.Parameter
  public abstract String name();

  /** The server's link to the entry. */
  @Value.Parameter
  public abstract String href();

  public static UveLink of(String name, String href) {
    return ImmutableUveLink.of(name, href);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableUveLink.Builder {}
}
