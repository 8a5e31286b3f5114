package dev.nestedcontrail.sdk.vnc.configdb.internal;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Parses the JSON text stored in config DB columns into plain Java values: {@code Map} (in key
 * order of the text), {@code List}, {@code String}, {@code Boolean}, and numbers as {@code Long},
 * {@code BigInteger} (beyond 64 bits, such as {@code id_perms.uuid.uuid_mslong}) or {@code Double}.
 * JSON {@code null} members and elements are left out. All collections are unmodifiable.
 */
public final class JsonValues {
  private JsonValues() {}

  /**
   * The value of {@code json}; {@code null} for JSON null. Text that is not JSON is returned as it
   * is, as Contrail's own reader does.
   */
  public static @Nullable Object parse(String json) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      reader.setLenient(false);
      Object value = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        return json;
      }
      return value;
    } catch (IOException | RuntimeException e) {
      return json;
    }
  }

  private static @Nullable Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          Object value = read(reader);
          if (value != null) {
            map.put(name, value);
          }
        }
        reader.endObject();
        return Collections.unmodifiableMap(map);
      }
      case BEGIN_ARRAY: {
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          Object value = read(reader);
          if (value != null) {
            list.add(value);
          }
        }
        reader.endArray();
        return Collections.unmodifiableList(list);
      }
      case STRING:
        return reader.nextString();
      case NUMBER:
        return number(reader.nextString());
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new IOException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  private static Object number(String text) {
    if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
      BigInteger value = new BigInteger(text);
      return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }
    return Double.parseDouble(text);
  }
}
