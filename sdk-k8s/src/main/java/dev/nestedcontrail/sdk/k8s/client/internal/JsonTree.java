package dev.nestedcontrail.sdk.k8s.client.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * Reads JSON into plain maps, lists, strings, numbers and booleans, and writes them back. Integral
 * numbers become {@link Long} so that they are written back without a fraction; {@code null}
 * members are dropped, as the API server treats them as absent.
 */
public final class JsonTree {
  private JsonTree() {}

  /** Parses a JSON object. */
  public static Map<String, Object> parseObject(String json) {
    Object value = parse(json);
    if (!(value instanceof Map)) {
      throw new ContrailClientException("expected a JSON object but got: " + abbreviate(json));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) value;
    return map;
  }

  /** Parses any JSON value; a top-level {@code null} is returned as an empty map. */
  public static Object parse(String json) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      Object value = read(reader);
      return value == null ? new LinkedHashMap<String, Object>() : value;
    } catch (IOException | RuntimeException e) {
      throw new ContrailClientException("malformed JSON: " + abbreviate(json), e);
    }
  }

  public static String write(Object value) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writeValue(writer, value);
    } catch (IOException e) {
      throw new ContrailClientException("cannot write JSON", e);
    }
    return buffer.readUtf8();
  }

  private static Object read(JsonReader reader) throws IOException {
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
        return map;
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
        return list;
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
        throw new IOException("unexpected JSON token " + reader.peek() + " at " + reader.getPath());
    }
  }

  private static Number number(String text) {
    BigDecimal decimal = new BigDecimal(text);
    try {
      return decimal.longValueExact();
    } catch (ArithmeticException notIntegral) {
      return decimal.doubleValue();
    }
  }

  private static void writeValue(JsonWriter writer, Object value) throws IOException {
    if (value instanceof Map) {
      writer.beginObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        writer.name(String.valueOf(e.getKey()));
        writeValue(writer, e.getValue());
      }
      writer.endObject();
    } else if (value instanceof List) {
      writer.beginArray();
      for (Object item : (List<?>) value) {
        writeValue(writer, item);
      }
      writer.endArray();
    } else if (value instanceof Number) {
      writer.value((Number) value);
    } else if (value instanceof Boolean) {
      writer.value((Boolean) value);
    } else {
      writer.value(String.valueOf(value));
    }
  }

  static String abbreviate(String text) {
    String line = text.strip().replace('\n', ' ');
    return line.length() <= 200 ? line : line.substring(0, 200) + "...";
  }
}
