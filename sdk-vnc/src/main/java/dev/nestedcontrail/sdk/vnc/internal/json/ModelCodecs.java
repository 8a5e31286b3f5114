package dev.nestedcontrail.sdk.vnc.internal.json;

import dev.nestedcontrail.sdk.vnc.internal.json.gen.ResourceCodecs;
import dev.nestedcontrail.sdk.vnc.internal.json.gen.ValueCodecs;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import java.util.Map;

/** Finds the generated codec of a resource type or of a complex-type value class. */
public final class ModelCodecs {
  private static final Map<String, Codec<? extends VncResource>> RESOURCES = ResourceCodecs.all();
  private static final Map<Class<?>, Codec<?>> VALUES = ValueCodecs.all();

  private ModelCodecs() {}

  public static Codec<? extends VncResource> resource(String typeName) {
    Codec<? extends VncResource> codec = RESOURCES.get(typeName);
    if (codec == null) {
      throw new IllegalArgumentException("unknown resource type: " + typeName);
    }
    return codec;
  }

  /** The codec of a value class or of its generated implementation class. */
  @SuppressWarnings("unchecked")
  public static <V> Codec<V> value(Class<? extends V> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      Codec<?> codec = VALUES.get(c);
      if (codec != null) {
        return (Codec<V>) codec;
      }
    }
    throw new IllegalArgumentException("not a generated model value: " + type.getName());
  }
}
