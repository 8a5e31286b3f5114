package dev.nestedcontrail.sdk.vnc.internal.events;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.vnc.events.ConfigEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The JSON body of a message on {@code vnc_config.object-update}, as the api-server's
 * {@code dbe_publish} writes it: {@code oper}, {@code type}, {@code uuid}, {@code fq_name}, optional
 * {@code obj_dict}, and other fields ({@code request-id}, {@code extra_dict}) kept as they are.
 */
public final class ConfigEventCodec {
  public static final String OPER = "oper";
  public static final String TYPE = "type";
  public static final String UUID = "uuid";
  public static final String FQ_NAME = "fq_name";
  public static final String OBJ_DICT = "obj_dict";
  public static final String REQUEST_ID = "request-id";
  public static final Set<String> NAMED_FIELDS = Set.of(OPER, TYPE, UUID, FQ_NAME, OBJ_DICT);

  private ConfigEventCodec() {}

  /**
   * Decodes one message body (UTF-8 JSON).
   *
   * @throws ValidationException naming every problem when the body is not a config event
   */
  public static ConfigEvent decode(byte[] body) {
    Object root;
    try (JsonReader reader = JsonReader.of(new Buffer().write(body))) {
      root = JsonValues.read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IOException("data after the JSON value at " + reader.getPath());
      }
    } catch (IOException | RuntimeException e) {
      String reason = String.valueOf(e.getMessage()).replace(
          "Use JsonReader.setLenient(true) to accept malformed JSON", "malformed JSON");
      throw ValidationException.of("config event", "body: not JSON (" + reason + ")");
    }
    if (!(root instanceof Map)) {
      throw ValidationException.of("config event", "body: not a JSON object");
    }
    Map<?, ?> fields = (Map<?, ?>) root;
    List<String> problems = new ArrayList<>();
    ConfigEvent.Builder event = ConfigEvent.builder();
    event.oper(text(fields, OPER, problems)).type(text(fields, TYPE, problems)).uuid(text(fields, UUID, problems));
    event.fqName(fqName(fields.get(FQ_NAME), problems));
    Object objDict = fields.get(OBJ_DICT);
    if (objDict instanceof Map) {
      event.objDict(Optional.of(stringKeyed((Map<?, ?>) objDict)));
    } else if (objDict != null) {
      problems.add(OBJ_DICT + ": expected an object, got " + describe(objDict));
    }
    for (Map.Entry<?, ?> entry : fields.entrySet()) {
      if (!NAMED_FIELDS.contains(entry.getKey())) {
        event.putOtherField((String) entry.getKey(), entry.getValue());
      }
    }
    ValidationException.throwIfAny("config event", problems);
    return event.build();
  }

  /** Encodes {@code event} as the api-server does: named fields first, then the others in order. */
  public static byte[] encode(ConfigEvent event) {
    Map<String, @Nullable Object> fields = new LinkedHashMap<>();
    fields.put(OPER, event.oper());
    fields.put(TYPE, event.type());
    fields.put(UUID, event.uuid());
    fields.put(FQ_NAME, event.fqName());
    event.objDict().ifPresent(dict -> fields.put(OBJ_DICT, dict));
    fields.putAll(event.otherFields());
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      JsonValues.write(writer, fields);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return buffer.readByteArray();
  }

  private static String text(Map<?, ?> fields, String name, List<String> problems) {
    Object value = fields.get(name);
    if (value instanceof String && !((String) value).isBlank()) {
      return (String) value;
    }
    problems.add(name + ": expected a non-blank string, got " + describe(value));
    return "?";
  }

  private static List<String> fqName(@Nullable Object value, List<String> problems) {
    List<String> names = new ArrayList<>();
    if (value == null) {
      return names;
    }
    if (!(value instanceof List)) {
      problems.add(FQ_NAME + ": expected a list of strings, got " + describe(value));
      return names;
    }
    for (Object item : (List<?>) value) {
      if (item instanceof String) {
        names.add((String) item);
      } else {
        problems.add(FQ_NAME + ": expected a list of strings, has " + describe(item));
      }
    }
    return names;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> stringKeyed(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  private static String describe(@Nullable Object value) {
    if (value == null) {
      return "nothing";
    }
    String text = String.valueOf(value);
    return value.getClass().getSimpleName() + " " + (text.length() > 40 ? text.substring(0, 40) + "..." : text);
  }
}
