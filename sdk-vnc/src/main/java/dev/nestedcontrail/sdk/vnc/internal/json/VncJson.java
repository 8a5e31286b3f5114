package dev.nestedcontrail.sdk.vnc.internal.json;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.internal.JsonTrees;
import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import java.io.IOException;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * JSON of the config data model: typed resources and complex-type values, and generic trees.
 * Malformed JSON, or JSON of the wrong shape, gives a {@link ContrailClientException}.
 */
public final class VncJson {
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

  /** A resource from a generic tree of the bare object. */
  public static <T extends VncResource> T fromTree(ResourceType<T> type, Map<String, ?> tree) {
    return read(type, writeTree(tree));
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
