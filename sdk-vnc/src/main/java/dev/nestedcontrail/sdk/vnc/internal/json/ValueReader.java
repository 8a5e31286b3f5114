package dev.nestedcontrail.sdk.vnc.internal.json;

import com.squareup.moshi.JsonReader;
import java.io.IOException;

/** Reads one JSON value (never JSON null) into a model value. */
@FunctionalInterface
public interface ValueReader<T> {
  T read(JsonReader reader) throws IOException;
}
