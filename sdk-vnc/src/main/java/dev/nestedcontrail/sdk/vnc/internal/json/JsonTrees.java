package dev.nestedcontrail.sdk.vnc.internal.json;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Generic JSON trees: objects are insertion-ordered {@code Map<String, Object>}, arrays
 * {@code List<Object>}, JSON null is {@code null}; integers read as {@link Long} when they fit,
 * {@link BigInteger} otherwise, and other numbers as {@link BigDecimal}, so nothing loses precision.
 */
public final class JsonTrees {
  private JsonTrees() {}

  public static @Nullable Object read(JsonReader in) throws IOException {
    switch (in.peek()) {
      case BEGIN_OBJECT:
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        in.beginObject();
        while (in.hasNext()) {
          map.put(in.nextName(), read(in));
        }
        in.endObject();
        return map;
      case BEGIN_ARRAY:
        List<@Nullable Object> list = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
          list.add(read(in));
        }
        in.endArray();
        return list;
      case STRING:
        return in.nextString();
      case NUMBER:
        return number(in.nextString());
      case BOOLEAN:
        return in.nextBoolean();
      case NULL:
        return in.nextNull();
      default:
        throw new com.squareup.moshi.JsonDataException(
            "Unexpected " + in.peek() + " at path " + in.getPath());
    }
  }

  private static Number number(String text) {
    if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
      BigInteger integer = new BigInteger(text);
      return integer.bitLength() < 64 ? (Number) integer.longValue() : integer;
    }
    return new BigDecimal(text);
  }

  public static void write(JsonWriter out, @Nullable Object value) throws IOException {
    if (value == null) {
      out.nullValue();
    } else if (value instanceof Map) {
      out.beginObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        out.name(String.valueOf(e.getKey()));
        write(out, e.getValue());
      }
      out.endObject();
    } else if (value instanceof List) {
      out.beginArray();
      for (Object element : (List<?>) value) {
        write(out, element);
      }
      out.endArray();
    } else if (value instanceof String) {
      out.value((String) value);
    } else if (value instanceof Boolean) {
      out.value((Boolean) value);
    } else if (value instanceof Number) {
      out.value((Number) value);
    } else {
      throw new IllegalArgumentException("not a JSON tree value: " + value.getClass().getName());
    }
  }
}
