package dev.nestedcontrail.sdk.testkit.internal.config;

import dev.nestedcontrail.sdk.vnc.model.BackRefField;
import dev.nestedcontrail.sdk.vnc.model.ChildField;
import dev.nestedcontrail.sdk.vnc.model.RefField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Renders stored objects as the api-server returns them: hrefs, children and back refs added. */
public final class ObjectView {
  private static final Set<String> IDENTITY = Set.of(
      "uuid", "name", "fq_name", "parent_type", "parent_uuid", "parent_href", "href", "id_perms", "perms2");

  private final ConfigStore store;
  private final java.util.function.Supplier<String> baseUrl;

  public ObjectView(ConfigStore store, java.util.function.Supplier<String> baseUrl) {
    this.store = store;
    this.baseUrl = baseUrl;
  }

  public String baseUrl() {
    return baseUrl.get();
  }

  public String href(String type, String uuid) {
    return baseUrl.get() + "/" + type + "/" + uuid;
  }

  /** What to render: all fields, or {@code fields} plus identity; children and back refs optional. */
  public record Options(Optional<Set<String>> fields, boolean backRefs, boolean children) {
    public static final Options FULL = new Options(Optional.empty(), true, true);
    public static final Options PROPS_AND_REFS = new Options(Optional.empty(), false, false);

    boolean wants(String field, boolean byDefault) {
      return fields.map(f -> f.contains(field)).orElse(byDefault);
    }
  }

  /** Must run under the store's lock. */
  public Map<String, @Nullable Object> render(StoredObject object, Options options) {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, @Nullable Object> e : object.body().entrySet()) {
      if (IDENTITY.contains(e.getKey()) || options.wants(e.getKey(), true)) {
        out.put(e.getKey(), Trees.copy(e.getValue()));
      }
    }
    out.put("href", href(object.typeName(), object.uuid()));
    object.parentUuid().flatMap(store::get)
        .ifPresent(p -> out.put("parent_href", href(p.typeName(), p.uuid())));
    for (RefField ref : object.type().refs()) {
      for (Object entry : Trees.list(out, ref.fieldName())) {
        Trees.map(entry).ifPresent(m -> m.put("href", href(ref.targetType(), String.valueOf(m.get("uuid")))));
      }
    }
    for (ChildField child : object.type().children()) {
      if (options.wants(child.fieldName(), options.children())) {
        List<Object> entries = new ArrayList<>();
        for (String uuid : store.childrenOf(object.uuid())) {
          store.get(uuid).filter(c -> c.typeName().equals(child.childType()))
              .ifPresent(c -> entries.add(link(c, Optional.empty())));
        }
        if (!entries.isEmpty()) {
          out.put(child.fieldName(), entries);
        }
      }
    }
    for (BackRefField back : object.type().backRefs()) {
      if (options.wants(back.fieldName(), options.backRefs())) {
        List<Object> entries = backRefs(object, back);
        if (!entries.isEmpty()) {
          out.put(back.fieldName(), entries);
        }
      }
    }
    return out;
  }

  /** The back refs of {@code object} in list {@code back}: {@code {to, href, uuid, attr}}. */
  public List<Object> backRefs(StoredObject object, BackRefField back) {
    List<Object> entries = new ArrayList<>();
    for (String uuid : store.referrersOf(object.uuid())) {
      StoredObject from = store.get(uuid).orElseThrow();
      if (!from.typeName().equals(back.fromType())) {
        continue;
      }
      for (RefField ref : from.type().refs()) {
        if (!ref.linkName().equals(back.linkName())) {
          continue;
        }
        for (Map<String, @Nullable Object> r : from.refs(ref.fieldName())) {
          if (object.uuid().equals(r.get("uuid"))) {
            entries.add(link(from, Optional.of(Optional.ofNullable(Trees.copy(r.get("attr"))))));
          }
        }
      }
    }
    return entries;
  }

  @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
  private Map<String, @Nullable Object> link(StoredObject target, Optional<Optional<Object>> attr) {
    Map<String, @Nullable Object> entry = new LinkedHashMap<>();
    entry.put("to", target.fqName());
    entry.put("href", href(target.typeName(), target.uuid()));
    entry.put("uuid", target.uuid());
    attr.ifPresent(a -> entry.put("attr", a.orElse(null)));
    return entry;
  }
}
