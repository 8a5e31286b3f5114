package dev.nestedcontrail.sdk.vnc.internal.json;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.nestedcontrail.sdk.vnc.model.OpenEnum;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okio.Buffer;
import okio.BufferedSink;

/** The small building blocks the generated codecs are made of. */
public final class JsonSupport {
  private JsonSupport() {}

  /** Consumes a JSON null and returns true, or returns false when the next value is not null. */
  public static boolean skipNull(JsonReader in) throws IOException {
    if (in.peek() == JsonReader.Token.NULL) {
      in.nextNull();
      return true;
    }
    return false;
  }

  /**
   * Reads an object member by member: known members go to {@code known}, the others are
   * returned verbatim as JSON text, in the order read (an empty map, allocated only when needed).
   */
  public static Map<String, String> readObject(JsonReader in, FieldReader known)
      throws IOException {
    Map<String, String> unknown = Map.of();
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      if (!known.read(name)) {
        unknown = putUnknown(unknown, name, readRaw(in));
      }
    }
    in.endObject();
    return unknown;
  }

  /**
   * Adds an unknown member to {@code unknown}, first replacing the shared empty map by an
   * insertion-ordered one; returns the map to keep using.
   */
  public static Map<String, String> putUnknown(Map<String, String> unknown, String name, String rawJson) {
    Map<String, String> members = unknown.isEmpty() ? new LinkedHashMap<>() : unknown;
    members.put(name, rawJson);
    return members;
  }

  /** Reads an array (JSON null reads as empty); null elements are dropped. */
  public static <T> List<T> readList(JsonReader in, ValueReader<T> element) throws IOException {
    List<T> out = new ArrayList<>();
    if (skipNull(in)) {
      return out;
    }
    in.beginArray();
    while (in.hasNext()) {
      if (!skipNull(in)) {
        out.add(element.read(in));
      }
    }
    in.endArray();
    return out;
  }

  /**
   * The next value as compact JSON text: every string, number literal (digits exactly as sent),
   * boolean and null kept, whitespace dropped.
   */
  public static String readRaw(JsonReader in) throws IOException {
    try (Buffer buffer = new Buffer(); JsonWriter out = JsonWriter.of(buffer)) {
      out.setSerializeNulls(true);
      copy(in, out);
      out.flush();
      return buffer.readUtf8();
    }
  }

  private static void copy(JsonReader in, JsonWriter out) throws IOException {
    switch (in.peek()) {
      case BEGIN_OBJECT:
        in.beginObject();
        out.beginObject();
        while (in.hasNext()) {
          out.name(in.nextName());
          copy(in, out);
        }
        in.endObject();
        out.endObject();
        break;
      case BEGIN_ARRAY:
        in.beginArray();
        out.beginArray();
        while (in.hasNext()) {
          copy(in, out);
        }
        in.endArray();
        out.endArray();
        break;
      case NUMBER:
        try (BufferedSink literal = out.valueSink()) {
          literal.writeUtf8(in.nextString());
        }
        break;
      case BOOLEAN:
        out.value(in.nextBoolean());
        break;
      case NULL:
        in.nextNull();
        out.nullValue();
        break;
      default:
        out.value(in.nextString());
    }
  }

  public static String readString(JsonReader in) throws IOException {
    return in.nextString();
  }

  public static Long readLong(JsonReader in) throws IOException {
    return in.nextLong();
  }

  /** Reads an unsigned 64-bit (or any integral) number exactly. */
  public static BigInteger readBigInteger(JsonReader in) throws IOException {
    String text = in.nextString();
    try {
      return new BigInteger(text);
    } catch (NumberFormatException e) {
      throw new com.squareup.moshi.JsonDataException(
          "Expected an integer but was " + text + " at path " + in.getPath(), e);
    }
  }

  public static Boolean readBoolean(JsonReader in) throws IOException {
    return in.nextBoolean();
  }

  public static void writeString(JsonWriter out, String value) throws IOException {
    out.value(value);
  }

  public static void writeLong(JsonWriter out, Long value) throws IOException {
    out.value(value.longValue());
  }

  public static void writeBigInteger(JsonWriter out, BigInteger value) throws IOException {
    out.value(value);
  }

  public static void writeBoolean(JsonWriter out, Boolean value) throws IOException {
    out.value(value.booleanValue());
  }

  public static void writeEnum(JsonWriter out, OpenEnum value) throws IOException {
    out.value(value.value());
  }

  /** Writes {@code name: value} when the value is present. */
  public static <T> void writeOptional(
      JsonWriter out, String name, Optional<T> value, ValueWriter<T> writer) throws IOException {
    if (value.isPresent()) {
      out.name(name);
      writer.write(out, value.get());
    }
  }

  /** Writes {@code name: [...]} when the list is not empty. */
  public static <T> void writeList(
      JsonWriter out, String name, List<T> values, ValueWriter<T> writer) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    out.name(name);
    out.beginArray();
    for (T value : values) {
      writer.write(out, value);
    }
    out.endArray();
  }

  /** Writes the members kept verbatim. */
  public static void writeUnknown(JsonWriter out, Map<String, String> members) throws IOException {
    for (Map.Entry<String, String> member : members.entrySet()) {
      out.name(member.getKey());
      try (Buffer raw = new Buffer()) {
        raw.writeUtf8(member.getValue());
        out.value(raw);
      }
    }
  }
}
