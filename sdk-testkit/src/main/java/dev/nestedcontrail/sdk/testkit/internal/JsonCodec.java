package dev.nestedcontrail.sdk.testkit.internal;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.internal.JsonTrees;
import java.util.Optional;

/**
 * Untyped JSON for the fakes, read and written by sdk-core's {@link JsonTrees}: maps, lists,
 * strings, exact numbers ({@code Long}, {@code BigInteger}, {@code BigDecimal}), booleans, null.
 */
public final class JsonCodec {
  private JsonCodec() {}

  /** {@code text} parsed, or empty when it is blank, not JSON, or JSON null. */
  public static Optional<Object> parse(String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(JsonTrees.parse(text, JsonTrees.Nulls.KEEP));
    } catch (ContrailClientException notJson) {
      return Optional.empty();
    }
  }

  /** {@code value} as JSON text; map entries with null values are written as {@code null}. */
  public static String write(Object value) {
    return JsonTrees.write(value);
  }
}
