package dev.nestedcontrail.sdk.vnc.internal.json;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;

/** The reader and writer of one model type. */
public final class Codec<T> {
  private final Class<T> type;
  private final ValueReader<T> reader;
  private final ValueWriter<T> writer;

  private Codec(Class<T> type, ValueReader<T> reader, ValueWriter<T> writer) {
    this.type = type;
    this.reader = reader;
    this.writer = writer;
  }

  public static <T> Codec<T> of(Class<T> type, ValueReader<T> reader, ValueWriter<T> writer) {
    return new Codec<>(type, reader, writer);
  }

  public Class<T> type() {
    return type;
  }

  public T read(JsonReader in) throws IOException {
    return reader.read(in);
  }

  public void write(JsonWriter out, T value) throws IOException {
    writer.write(out, value);
  }
}
