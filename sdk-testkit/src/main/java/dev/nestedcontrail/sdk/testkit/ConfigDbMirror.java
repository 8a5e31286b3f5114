package dev.nestedcontrail.sdk.testkit;

import dev.nestedcontrail.sdk.vnc.events.ConfigEvent;
import dev.nestedcontrail.sdk.vnc.internal.json.VncJson;
import dev.nestedcontrail.sdk.vnc.model.PropertyField;
import dev.nestedcontrail.sdk.vnc.model.RefField;
import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import dev.nestedcontrail.sdk.vnc.model.VncSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a Cassandra config keyspace equal to a {@link FakeConfigApi}, as the real api-server keeps
 * its own: {@link #start} writes every object the fake holds into {@code obj_uuid_table} and
 * {@code obj_fq_name_table} through {@link ApiServerRows}, then each later change (CREATE,
 * UPDATE, DELETE), and only after a change's rows are written hands its {@link ConfigEvent} to the
 * next step, for example a publisher to RabbitMQ, as the api-server publishes after its DB write.
 * So a reader of the DB that follows the events never reads a row older than the event.
 *
 * <p>Properties are stored as the schema declares them: {@code prop:<name>} JSON, list properties
 * one {@code propl:<name>:<position>} column per element and map properties one
 * {@code propm:<name>:<key>} column per element, both without their wrapper; refs as
 * {@code ref:} columns with back refs on their targets; the parent's {@code children:} column.
 *
 * <pre>{@code
 * ApiServerRows rows = new ApiServerRows(session, "c1_config_db_uuid").createSchema();
 * try (ConfigDbMirror mirror = ConfigDbMirror.start(api, rows, publisher::publish)) {
 *   ... writes to the fake reach Cassandra, then the broker ...
 * }
 * }</pre>
 */
public final class ConfigDbMirror implements AutoCloseable {
  private final ApiServerRows rows;
  private final CountDownLatch loaded = new CountDownLatch(1);
  private final AtomicLong written = new AtomicLong();
  private final ConfigEventForwarder forwarder;

  private ConfigDbMirror(FakeConfigApi api, ApiServerRows rows, Consumer<ConfigEvent> then) {
    this.rows = rows;
    this.forwarder = ConfigEventForwarder.attach(api, event -> {
      awaitLoaded();
      apply(event);
      then.accept(event);
    });
  }

  /**
   * Writes {@code api}'s objects into {@code rows}' keyspace (whose tables must exist) and follows
   * its changes, handing each to {@code then} once written. Changes made while the objects are
   * being written are applied after them, in commit order.
   */
  public static ConfigDbMirror start(FakeConfigApi api, ApiServerRows rows, Consumer<ConfigEvent> then) {
    ConfigDbMirror mirror = new ConfigDbMirror(api, rows, then);
    try {
      Object snapshot = VncJson.parseTree(api.snapshot());
      for (Object entry : list(map(snapshot).get("objects"))) {
        Map<String, @Nullable Object> object = map(map(entry).get("object"));
        mirror.write(String.valueOf(map(entry).get("type")), object, false);
      }
    } finally {
      mirror.loaded.countDown();
    }
    return mirror;
  }

  /** How many objects were written or deleted, the initial ones included. */
  public long written() {
    return written.get();
  }

  /** How many changes went on to the next step after their rows were written. */
  public long forwarded() {
    return forwarder.forwarded();
  }

  private void apply(ConfigEvent event) {
    if (event.operation() == ConfigEvent.Operation.DELETE) {
      rows.delete(event.type(), event.uuid(), event.fqName());
      written.incrementAndGet();
    } else {
      event.objDict().ifPresent(o -> write(event.type(),
          map(o), event.operation() == ConfigEvent.Operation.UPDATE));
    }
  }

  private void write(String typeName, Map<String, @Nullable Object> object, boolean update) {
    ResourceType<?> type = VncSchema.find(typeName).orElseThrow(
        () -> new IllegalArgumentException(typeName + " is not in the schema"));
    String uuid = String.valueOf(object.get("uuid"));
    List<String> fqName = list(object.get("fq_name")).stream().map(String::valueOf).toList();
    ApiServerRows.ObjectRows out = update ? rows.update(typeName, uuid, fqName)
        : rows.object(typeName, uuid, fqName.toArray(String[]::new));
    Object parentType = object.get("parent_type");
    Object parentUuid = object.get("parent_uuid");
    if (parentType != null && parentUuid != null) {
      out.parent(String.valueOf(parentType), String.valueOf(parentUuid));
    }
    for (PropertyField property : type.properties()) {
      Object value = object.get(property.wireName());
      if (value != null) {
        property(out, property, value);
      }
    }
    for (RefField ref : type.refs()) {
      for (Object entry : list(object.get(ref.fieldName()))) {
        Map<String, @Nullable Object> link = map(entry);
        Object attr = link.get("attr");
        out.ref(ref.targetType(), String.valueOf(link.get("uuid")),
            attr == null ? null : VncJson.writeTree(attr));
      }
    }
    out.create();
    written.incrementAndGet();
  }

  private static void property(ApiServerRows.ObjectRows out, PropertyField property, Object value) {
    String name = property.wireName();
    Optional<String> member = property.collectionMember();
    switch (property.kind()) {
      case LIST -> out.listProp(name, elements(value, member).stream().map(VncJson::writeTree)
          .toArray(String[]::new));
      case MAP -> {
        for (Object element : elements(value, member)) {
          Object key = property.mapKey().map(k -> map(element).get(k)).orElse(null);
          out.mapEntry(name, String.valueOf(key), VncJson.writeTree(element));
        }
      }
      default -> out.prop(name, VncJson.writeTree(value));
    }
  }

  private static List<Object> elements(Object wrapper, Optional<String> member) {
    return member.map(m -> list(map(wrapper).get(m))).orElseGet(() -> list(wrapper));
  }

  private void awaitLoaded() {
    try {
      loaded.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the fake's objects were being written", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> map(@Nullable Object value) {
    return value instanceof Map ? (Map<String, @Nullable Object>) value : Map.of();
  }

  private static List<Object> list(@Nullable Object value) {
    return value instanceof List ? new ArrayList<>((List<?>) value) : List.of();
  }

  /** Writes the changes still queued (for up to 10 s) and stops following the fake. */
  @Override
  public void close() {
    forwarder.close();
  }
}
