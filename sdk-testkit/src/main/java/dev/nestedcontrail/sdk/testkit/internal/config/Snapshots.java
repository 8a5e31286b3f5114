package dev.nestedcontrail.sdk.testkit.internal.config;

import dev.nestedcontrail.sdk.vnc.internal.json.VncJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The whole store as one JSON document: objects sorted by type and fq_name, keys sorted. */
public final class Snapshots {
  private Snapshots() {}

  public static String write(ConfigStore store) {
    List<StoredObject> objects = store.all();
    objects.sort(Comparator.comparing(StoredObject::typeName).thenComparing(o -> String.join(":", o.fqName()))
        .thenComparing(StoredObject::uuid));
    List<Object> entries = new ArrayList<>();
    Map<String, @Nullable Object> relaxed = new LinkedHashMap<>();
    for (StoredObject o : objects) {
      Map<String, @Nullable Object> entry = new LinkedHashMap<>();
      entry.put("type", o.typeName());
      entry.put("object", o.body());
      entries.add(entry);
      if (!store.relaxedReferrersOf(o.uuid()).isEmpty()) {
        relaxed.put(o.uuid(), new ArrayList<>(store.relaxedReferrersOf(o.uuid())));
      }
    }
    Map<String, @Nullable Object> doc = new LinkedHashMap<>();
    doc.put("objects", entries);
    doc.put("relaxed_back_refs", relaxed);
    return VncJson.writeTree(Trees.sorted(doc));
  }

  public static void read(ConfigStore store, String json) {
    Map<String, @Nullable Object> doc = Trees.map(VncJson.parseTree(json))
        .orElseThrow(() -> new IllegalArgumentException("a snapshot is a JSON object"));
    List<StoredObject> objects = new ArrayList<>();
    for (Object entry : Trees.list(doc, "objects")) {
      Map<String, @Nullable Object> e = Trees.map(entry).orElseThrow();
      Map<String, @Nullable Object> body = Trees.copyMap(Trees.map(e, "object").orElseThrow());
      objects.add(new StoredObject(ConfigStore.type(String.valueOf(e.get("type"))),
          String.valueOf(body.get("uuid")), Trees.strings(body.get("fq_name")).orElseThrow(), body));
    }
    store.clear();
    objects.forEach(store::insert);
    store.findDanglingRefs();
    Trees.map(doc, "relaxed_back_refs").orElse(Map.of())
        .forEach((target, referrers) -> Trees.list(referrers).forEach(r -> store.relax(target, String.valueOf(r))));
  }
}
