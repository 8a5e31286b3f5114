package dev.nestedcontrail.sdk.core.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The one reader and writer of generic JSON trees: objects are insertion-ordered
 * {@code Map<String, Object>}, arrays {@code List<Object>}, strings, booleans, and numbers kept
 * exact: integers as {@link Long} when they fit and {@link BigInteger} beyond 64 bits, every other
 * number as {@link BigDecimal}. JSON {@code null} is kept as {@code null} ({@link Nulls#KEEP}) or
 * its members and elements are left out ({@link Nulls#DROP}).
 */
public final class JsonTrees {

  /** What happens to JSON {@code null} members and array elements while reading. */
  public enum Nulls {
    KEEP,
    DROP
  }

  private JsonTrees() {}

  /**
   * Parses JSON text into a tree; {@code null} for a top-level JSON null.
   *
   * @throws ContrailClientException when the text is not one JSON value
   */
  public static @Nullable Object parse(String json, Nulls nulls) {
    try (Buffer buffer = new Buffer()) {
      buffer.writeUtf8(json);
      JsonReader in = JsonReader.of(buffer);
      Object value = read(in, nulls);
      if (in.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonDataException("trailing content after the JSON value at " + in.getPath());
      }
      return value;
    } catch (IOException | RuntimeException e) {
      throw new ContrailClientException("malformed JSON: " + e.getMessage() + ": " + abbreviate(json), e);
    }
  }

  /**
   * Parses a JSON object, dropping nulls; a top-level JSON null reads as an empty object.
   *
   * @throws ContrailClientException when the text is not a JSON object
   */
  public static Map<String, Object> parseObject(String json) {
    Object value = parse(json, Nulls.DROP);
    if (value == null) {
      return new LinkedHashMap<>();
    }
    if (!(value instanceof Map)) {
      throw new ContrailClientException("expected a JSON object but got: " + abbreviate(json));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) value;
    return map;
  }

  /** Reads the next value of {@code in} as a tree. */
  public static @Nullable Object read(JsonReader in, Nulls nulls) throws IOException {
    switch (in.peek()) {
      case BEGIN_OBJECT:
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        in.beginObject();
        while (in.hasNext()) {
          String name = in.nextName();
          Object value = read(in, nulls);
          if (value != null || nulls == Nulls.KEEP) {
            map.put(name, value);
          }
        }
        in.endObject();
        return map;
      case BEGIN_ARRAY:
        List<@Nullable Object> list = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
          Object value = read(in, nulls);
          if (value != null || nulls == Nulls.KEEP) {
            list.add(value);
          }
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
        throw new JsonDataException("unexpected " + in.peek() + " at " + in.getPath());
    }
  }

  private static Number number(String text) {
    if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
      BigInteger integer = new BigInteger(text);
      return integer.bitLength() < 64 ? (Number) integer.longValue() : integer;
    }
    return new BigDecimal(text);
  }

  /** Writes a tree as compact JSON; {@code null} map values and elements are written as JSON null. */
  public static String write(@Nullable Object tree) {
    try (Buffer buffer = new Buffer(); JsonWriter out = JsonWriter.of(buffer)) {
      out.setSerializeNulls(true);
      write(out, tree);
      out.flush();
      return buffer.readUtf8();
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON to memory failed", e);
    }
  }

  /**
   * Writes a tree to {@code out}.
   *
   * @throws IllegalArgumentException for a value that is not a tree value
   */
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

  /** A deep copy of {@code tree} whose maps and lists are unmodifiable. */
  public static @Nullable Object freeze(@Nullable Object tree) {
    if (tree instanceof Map) {
      Map<String, @Nullable Object> copy = new LinkedHashMap<>();
      ((Map<?, ?>) tree).forEach((k, v) -> copy.put(String.valueOf(k), freeze(v)));
      return Collections.unmodifiableMap(copy);
    }
    if (tree instanceof List) {
      List<@Nullable Object> copy = new ArrayList<>();
      ((List<?>) tree).forEach(e -> copy.add(freeze(e)));
      return Collections.unmodifiableList(copy);
    }
    return tree;
  }

  private static String abbreviate(String text) {
    String line = text.strip().replace('\n', ' ');
    return line.length() <= 200 ? line : line.substring(0, 200) + "...";
  }
}
