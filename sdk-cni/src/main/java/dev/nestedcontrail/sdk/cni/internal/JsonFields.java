package dev.nestedcontrail.sdk.cni.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import dev.nestedcontrail.sdk.cni.CniErrorCode;
import dev.nestedcontrail.sdk.cni.CniException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okio.Buffer;
import okio.BufferedSource;

/**
 * One JSON object as an ordered map from key to the value's raw JSON text. Unknown keys survive a
 * read and write unchanged, and typed reads report wrong types as problems (naming the key and
 * the value) instead of failing on the first one.
 */
public final class JsonFields {
  private final Map<String, String> raw;

  private JsonFields(Map<String, String> raw) {
    this.raw = Collections.unmodifiableMap(raw);
  }

  /**
   * Parses a JSON object.
   *
   * @throws CniException with {@link CniErrorCode#DECODE_FAILURE} when the text is not one JSON
   *     object
   */
  public static JsonFields parse(String json, String what) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        throw new CniException(CniErrorCode.DECODE_FAILURE, what + " is not a JSON object",
            "expected '{' but found " + reader.peek() + " at " + reader.getPath());
      }
      Map<String, String> raw = readObject(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new CniException(CniErrorCode.DECODE_FAILURE, what + " has trailing content",
            "unexpected " + reader.peek() + " after the JSON object");
      }
      return new JsonFields(raw);
    } catch (JsonEncodingException | JsonDataException | java.io.EOFException e) {
      throw new CniException(CniErrorCode.DECODE_FAILURE, what + " is not valid JSON",
          String.valueOf(e.getMessage()), e);
    } catch (IOException e) {
      throw new CniException(CniErrorCode.DECODE_FAILURE, what + " could not be read",
          String.valueOf(e.getMessage()), e);
    }
  }

  private static Map<String, String> readObject(JsonReader reader) throws IOException {
    Map<String, String> raw = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      try (BufferedSource value = reader.nextSource()) {
        raw.put(name, value.readUtf8());
      }
    }
    reader.endObject();
    return raw;
  }

  public Set<String> keys() {
    return raw.keySet();
  }

  public boolean has(String key) {
    return raw.containsKey(key);
  }

  /** The value's raw JSON text, such as {@code "eth0"} with its quotes, or {@code 9091}. */
  public Optional<String> raw(String key) {
    return Optional.ofNullable(raw.get(key));
  }

  /** The raw values of every key not in {@code known}, in their original order. */
  public Map<String, String> rawExcept(Set<String> known) {
    Map<String, String> out = new LinkedHashMap<>();
    raw.forEach((k, v) -> {
      if (!known.contains(k)) {
        out.put(k, v);
      }
    });
    return out;
  }

  /** A string value; a JSON null counts as absent, another type adds a problem. */
  public Optional<String> string(String key, List<String> problems) {
    return typed(key, JsonReader.Token.STRING, "a string", problems).map(r -> {
      try {
        return r.nextString();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** A whole-number value; a JSON null counts as absent, another type adds a problem. */
  public Optional<Integer> integer(String key, List<String> problems) {
    Optional<JsonReader> reader = typed(key, JsonReader.Token.NUMBER, "a whole number", problems);
    if (reader.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(reader.get().nextInt());
    } catch (IOException | JsonDataException | NumberFormatException e) {
      problems.add(key + ": " + raw.get(key) + " is not a whole number");
      return Optional.empty();
    }
  }

  /** A boolean value; a JSON null counts as absent, another type adds a problem. */
  public Optional<Boolean> bool(String key, List<String> problems) {
    return typed(key, JsonReader.Token.BOOLEAN, "a boolean", problems).map(r -> {
      try {
        return r.nextBoolean();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** An array of strings; a JSON null counts as absent, another type adds a problem. */
  public List<String> strings(String key, List<String> problems) {
    Optional<JsonReader> reader = typed(key, JsonReader.Token.BEGIN_ARRAY, "an array", problems);
    List<String> out = new ArrayList<>();
    if (reader.isEmpty()) {
      return out;
    }
    try {
      JsonReader r = reader.get();
      r.beginArray();
      while (r.hasNext()) {
        if (r.peek() != JsonReader.Token.STRING) {
          problems.add(key + ": " + raw.get(key) + " is not an array of strings");
          return List.of();
        }
        out.add(r.nextString());
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Parses either one JSON object or an array of objects (the vrouter agent answers with an object
   * in R5.0 and with an array later).
   */
  public static List<JsonFields> parseObjectOrArray(String json, String what) {
    JsonFields wrapper = parse("{\"v\":" + json + "}", what);
    List<String> problems = new ArrayList<>();
    String value = wrapper.raw("v").orElse("null");
    if (value.stripLeading().startsWith("[")) {
      List<JsonFields> out = new ArrayList<>();
      try (JsonReader r = JsonReader.of(new Buffer().writeUtf8(value))) {
        r.beginArray();
        while (r.hasNext()) {
          if (r.peek() != JsonReader.Token.BEGIN_OBJECT) {
            throw new CniException(CniErrorCode.DECODE_FAILURE, what + " is not an array of objects",
                value);
          }
          out.add(new JsonFields(readObject(r)));
        }
        r.endArray();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      return out;
    }
    return List.of(wrapper.object("v", problems).orElseThrow(() -> new CniException(
        CniErrorCode.DECODE_FAILURE, what + " is neither an object nor an array", value)));
  }

  /** A nested object; a JSON null counts as absent, another type adds a problem. */
  public Optional<JsonFields> object(String key, List<String> problems) {
    Optional<JsonReader> reader = typed(key, JsonReader.Token.BEGIN_OBJECT, "an object", problems);
    if (reader.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new JsonFields(readObject(reader.get())));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Optional<JsonReader> typed(
      String key, JsonReader.Token expected, String description, List<String> problems) {
    String value = raw.get(key);
    if (value == null) {
      return Optional.empty();
    }
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(value));
    try {
      JsonReader.Token token = reader.peek();
      if (token == JsonReader.Token.NULL) {
        return Optional.empty();
      }
      if (token != expected) {
        problems.add(key + ": " + value + " is not " + description);
        return Optional.empty();
      }
      return Optional.of(reader);
    } catch (IOException e) {
      throw new IllegalStateException("value was parsed once already", e);
    }
  }
}
