package dev.nestedcontrail.sdk.vnc.events;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.vnc.internal.events.AllowNulls;
import dev.nestedcontrail.sdk.vnc.internal.events.ConfigEventCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One change notification of the Contrail api-server, as it publishes it on
 * {@code vnc_config.object-update}: {@code {"oper": "UPDATE", "type": "virtual-network", "uuid":
 * ..., "fq_name": [...], "obj_dict": {...}, "request-id": ...}}. Fields this type does not name
 * (such as {@code extra_dict} and {@code request-id}) are kept in {@link #otherFields()} and
 * published again by {@link ConfigEventPublisher}.
 *
 * <p>Generic JSON values (in {@link #objDict()} and {@link #otherFields()}) are maps, lists,
 * strings, booleans, {@code Long} or {@code BigInteger} for integers (so 64-bit ids such as
 * {@code uuid_mslong} stay exact), {@code Double} for other numbers, and {@code null} for JSON null.
 */
@Value.Immutable
public abstract class ConfigEvent {

  /** What happened to the object; {@link #UNKNOWN} for an {@code oper} this SDK does not know. */
  public enum Operation {
    CREATE, UPDATE, DELETE,
    /** A reference or back-reference of the object changed; kube-manager ignores these. */
    UPDATE_IMPLICIT,
    UNKNOWN;

    /** The wire name, such as {@code UPDATE-IMPLICIT}; {@link #UNKNOWN} has none and throws. */
    public String wireName() {
      if (this == UNKNOWN) {
        throw new IllegalStateException("UNKNOWN has no wire name; use ConfigEvent.oper()");
      }
      return name().replace('_', '-');
    }

    /** The operation named {@code oper} on the wire, or {@link #UNKNOWN}. */
    public static Operation ofWireName(String oper) {
      for (Operation operation : values()) {
        if (operation != UNKNOWN && operation.wireName().equals(oper)) {
          return operation;
        }
      }
      return UNKNOWN;
    }
  }

  /** {@code oper} as published, such as {@code UPDATE-IMPLICIT}; see {@link #operation()}. */
  public abstract String oper();

  /** The object type in the api-server's hyphenated form, such as {@code virtual-machine-interface}. */
  public abstract String type();

  public abstract String uuid();

  /** The object's fully qualified name, such as {@code [default-domain, admin, vn1]}; may be empty. */
  public abstract List<String> fqName();

  /**
   * The object as the api-server had it (on create and update); absent when not sent. Values may be
   * {@code null} (JSON null).
   */
  public abstract Optional<Map<String, Object>> objDict();

  /**
   * Every other top-level field of the message, in order, such as {@code request-id}. Values may be
   * {@code null} (JSON null).
   */
  @AllowNulls
  public abstract Map<String, Object> otherFields();

  /** {@link #oper()} as an enum; unknown values give {@link Operation#UNKNOWN}. */
  public Operation operation() {
    return Operation.ofWireName(oper());
  }

  /** {@link #type()} with underscores, as kube-manager and the config DB spell it ({@code virtual_network}). */
  public String typeName() {
    return type().replace('-', '_');
  }

  /** The api-server's {@code request-id}, when it sent one. */
  public Optional<String> requestId() {
    Object id = otherFields().get(ConfigEventCodec.REQUEST_ID);
    return id instanceof String ? Optional.of((String) id) : Optional.empty();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** An event without {@code obj_dict}. */
  public static ConfigEvent of(Operation operation, String type, String uuid, List<String> fqName) {
    return builder().oper(operation.wireName()).type(type).uuid(uuid).fqName(fqName).build();
  }

  /**
   * Reads an event from the api-server's JSON, as it travels on the exchange.
   *
   * @throws ValidationException naming every problem when {@code json} is not a config event
   */
  public static ConfigEvent fromJson(String json) {
    return ConfigEventCodec.decode(json.getBytes(StandardCharsets.UTF_8));
  }

  /** This event as the api-server writes it: named fields first, then {@link #otherFields()} in order. */
  public String toJson() {
    return new String(ConfigEventCodec.encode(this), StandardCharsets.UTF_8);
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    requireText(problems, "oper", oper());
    requireText(problems, "type", type());
    requireText(problems, "uuid", uuid());
    for (String name : otherFields().keySet()) {
      if (ConfigEventCodec.NAMED_FIELDS.contains(name)) {
        problems.add("otherFields: '" + name + "' is a named field (set it through its own attribute)");
      }
    }
    ValidationException.throwIfAny("config event", problems);
  }

  private static void requireText(List<String> problems, String field, String value) {
    if (value.isBlank()) {
      problems.add(field + ": '" + value + "' is blank");
    }
  }

  @Override
  public String toString() {
    return "ConfigEvent{" + oper() + " " + type() + " " + uuid() + " " + String.join(":", fqName())
        + (objDict().isPresent() ? " with obj_dict" : "") + "}";
  }

  public static final class Builder extends ImmutableConfigEvent.Builder {}
}
