package dev.nestedcontrail.sdk.testkit.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Optional;

/** Untyped JSON (maps, lists, strings, doubles, booleans, null) for the fakes; immutable and thread-safe. */
public final class JsonCodec {
  private static final JsonAdapter<Object> ADAPTER = new Moshi.Builder().build().adapter(Object.class);

  private JsonCodec() {}

  /** {@code text} parsed, or empty when it is blank or not JSON. */
  public static Optional<Object> parse(String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(ADAPTER.lenient().fromJson(text));
    } catch (IOException | JsonDataException e) {
      return Optional.empty();
    }
  }

  /** {@code value} as JSON text; map entries with null values are written as {@code null}. */
  public static String write(Object value) {
    return ADAPTER.serializeNulls().toJson(value);
  }
}
