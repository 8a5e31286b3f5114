package dev.nestedcontrail.sdk.cni.internal;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import okio.Buffer;

/** Small JSON helpers over Moshi's streaming writer. */
public final class Json {
  private Json() {}

  /** The string as a JSON string literal, quotes included. */
  public static String quote(String value) {
    return write(w -> w.value(value));
  }

  /** Writes {@code "name": value} when the value is present. */
  public static void optional(JsonWriter w, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      w.name(name).value(value.get());
    }
  }

  /** Runs {@code body} against a compact writer and returns what it wrote. */
  public static String write(WriterBody body) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(false);
      body.write(writer);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory failed", e);
    }
    return buffer.readUtf8();
  }

  /** What to write. */
  @FunctionalInterface
  public interface WriterBody {
    void write(JsonWriter writer) throws IOException;
  }
}
