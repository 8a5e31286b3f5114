package dev.nestedcontrail.sdk.vnc.configdb.internal;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.internal.JsonTrees;
import org.jspecify.annotations.Nullable;

/**
 * Parses the JSON text stored in config DB columns into an unmodifiable JSON tree (see
 * {@link JsonTrees}: integers beyond 64 bits, such as {@code id_perms.uuid.uuid_mslong}, stay
 * exact), leaving JSON {@code null} members and elements out.
 */
public final class JsonValues {
  private JsonValues() {}

  /**
   * The value of {@code json}; {@code null} for JSON null. Text that is not JSON is returned as it
   * is, as Contrail's own reader does.
   */
  public static @Nullable Object parse(String json) {
    try {
      return JsonTrees.freeze(JsonTrees.parse(json, JsonTrees.Nulls.DROP));
    } catch (ContrailClientException notJson) {
      return json;
    }
  }
}
