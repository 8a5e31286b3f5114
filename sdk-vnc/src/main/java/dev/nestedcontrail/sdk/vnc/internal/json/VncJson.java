package dev.nestedcontrail.sdk.vnc.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.internal.JsonTrees;
import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * JSON of the config data model: typed resources and complex-type values, and generic trees.
 * Malformed JSON, or JSON of the wrong shape, gives a {@link ContrailClientException}.
 */
public final class VncJson {
  /**
   * The schema's {@code xsd:unsignedLong} fields, the only ones whose codecs read a
   * {@code BigInteger} (as text, exactly); everywhere else a number beyond 64 bits is an error.
   */
  private static final Set<String> UNSIGNED_LONG_FIELDS =
      Set.of("uuid_mslong", "uuid_lslong", "access_control_list_hash");

  private VncJson() {}

  /** Reads a bare resource object, e.g. the value of the {@code virtual-network} key. */
  public static <T extends VncResource> T read(ResourceType<T> type, String json) {
    return decode(type.typeName(), json, codec(type)::read);
  }

  /** Reads a wrapped resource, {@code {"virtual-network": {...}}}. */
  public static <T extends VncResource> T readWrapped(ResourceType<T> type, String json) {
    Codec<T> codec = codec(type);
    return decode(type.typeName(), json, in -> {
      T result = null;
      in.beginObject();
      while (in.hasNext()) {
        if (in.nextName().equals(type.jsonKey())) {
          result = codec.read(in);
        } else {
          in.skipValue();
        }
      }
      in.endObject();
      if (result == null) {
        throw new JsonDataException("no member " + type.jsonKey());
      }
      return result;
    });
  }

  /** Writes a resource as a bare object. */
  public static String write(VncResource resource) {
    return encode(out -> writeResource(out, resource));
  }

  /** Writes a resource wrapped in its type key, {@code {"virtual-network": {...}}}. */
  public static String writeWrapped(VncResource resource) {
    return encode(out -> {
      out.beginObject();
      out.name(resource.resourceType().jsonKey());
      writeResource(out, resource);
      out.endObject();
    });
  }

  /** Reads a value of a generated complex type, e.g. {@code VnSubnetsType}. */
  public static <V> V readValue(Class<V> type, String json) {
    Codec<V> codec = ModelCodecs.value(type);
    return decode(type.getSimpleName(), json, codec::read);
  }

  /** Writes a value of a generated complex type. */
  public static String writeValue(Object value) {
    return encode(out -> writeAny(out, value));
  }

  /** A resource as a generic tree, the bare object. */
  @SuppressWarnings("unchecked")
  public static Map<String, @Nullable Object> toTree(VncResource resource) {
    return (Map<String, @Nullable Object>) parseTree(write(resource));
  }

  /**
   * A resource from a generic tree of the bare object. A tree whose numbers are {@code Long}s, or
   * {@code BigInteger}s in the schema's unsigned 64-bit fields (the usual case), is read straight
   * from the tree (Moshi's {@code fromJsonValue}) without writing it as JSON text and parsing that
   * again; any other number goes the text way, because the tree reader would truncate a fraction or
   * an overflow where the text reader rejects it.
   */
  public static <T extends VncResource> T fromTree(ResourceType<T> type, Map<String, ?> tree) {
    if (!readsExactly(tree)) {
      return read(type, writeTree(tree));
    }
    Codec<T> codec = codec(type);
    JsonAdapter<T> adapter = new JsonAdapter<>() {
      @Override
      public T fromJson(JsonReader in) throws IOException {
        return codec.read(in);
      }

      @Override
      public void toJson(JsonWriter out, @Nullable T value) {
        throw new UnsupportedOperationException("the tree adapter only reads");
      }
    };
    try {
      return Objects.requireNonNull(adapter.fromJsonValue(tree), "no object");
    } catch (JsonDataException | IllegalStateException | NullPointerException | ClassCastException
        | ArithmeticException e) {
      throw new ContrailClientException("invalid JSON for " + type.typeName() + ": " + e.getMessage(), e);
    }
  }

  /** Whether every number of {@code tree} reads from the tree as it reads from its JSON text. */
  private static boolean readsExactly(Map<?, ?> tree) {
    for (Map.Entry<?, ?> member : tree.entrySet()) {
      Object value = member.getValue();
      boolean exact = value instanceof BigInteger
          ? UNSIGNED_LONG_FIELDS.contains(member.getKey())
          : readsExactlyValue(value);
      if (!exact) {
        return false;
      }
    }
    return true;
  }

  private static boolean readsExactlyValue(@Nullable Object value) {
    if (value instanceof Map) {
      return readsExactly((Map<?, ?>) value);
    }
    if (value instanceof List) {
      for (Object element : (List<?>) value) {
        if (!readsExactlyValue(element)) {
          return false;
        }
      }
      return true;
    }
    return !(value instanceof Number) || value instanceof Long;
  }

  /** Parses any JSON text into a generic tree (see {@link JsonTrees}), keeping JSON nulls. */
  public static @Nullable Object parseTree(String json) {
    return decode("JSON", json, in -> JsonTrees.read(in, JsonTrees.Nulls.KEEP));
  }

  /** Writes a generic tree; null map values are written as JSON null. */
  public static String writeTree(@Nullable Object tree) {
    return JsonTrees.write(tree);
  }

  /** Writes a generic tree indented by two spaces; null map values are written as JSON null. */
  public static String writeTreeIndented(@Nullable Object tree) {
    return encode(out -> {
      out.setSerializeNulls(true);
      out.setIndent("  ");
      JsonTrees.write(out, tree);
    });
  }

  @SuppressWarnings("unchecked")
  private static <T extends VncResource> Codec<T> codec(ResourceType<T> type) {
    return (Codec<T>) ModelCodecs.resource(type.typeName());
  }

  @SuppressWarnings("unchecked")
  private static void writeResource(JsonWriter out, VncResource resource) throws IOException {
    Codec<VncResource> codec =
        (Codec<VncResource>) ModelCodecs.resource(resource.resourceType().typeName());
    codec.write(out, resource);
  }

  @SuppressWarnings("unchecked")
  private static void writeAny(JsonWriter out, Object value) throws IOException {
    if (value instanceof VncResource) {
      writeResource(out, (VncResource) value);
    } else {
      ((Codec<Object>) ModelCodecs.value(value.getClass())).write(out, value);
    }
  }

  private static <T> T decode(String what, String json, ValueReader<T> reader) {
    try (Buffer buffer = new Buffer()) {
      buffer.writeUtf8(json);
      JsonReader in = JsonReader.of(buffer);
      T result = reader.read(in);
      if (in.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonDataException("trailing content after the JSON value");
      }
      return result;
    } catch (IOException | JsonDataException | IllegalStateException | NullPointerException e) {
      throw new ContrailClientException("invalid JSON for " + what + ": " + e.getMessage(), e);
    }
  }

  private interface Body {
    void write(JsonWriter out) throws IOException;
  }

  private static String encode(Body body) {
    try (Buffer buffer = new Buffer(); JsonWriter out = JsonWriter.of(buffer)) {
      body.write(out);
      out.flush();
      return buffer.readUtf8();
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON to memory failed", e);
    }
  }
}
