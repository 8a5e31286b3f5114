package dev.nestedcontrail.sdk.cni;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import okio.Buffer;

/** Parses JSON output in tests. */
final class Json {
  private Json() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String json) {
    try {
      return (Map<String, Object>) JsonReader.of(new Buffer().writeUtf8(json)).readJsonValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
