package dev.nestedcontrail.sdk.vnc.internal.json;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;

/** Writes one model value as one JSON value. */
@FunctionalInterface
public interface ValueWriter<T> {
  void write(JsonWriter writer, T value) throws IOException;
}
