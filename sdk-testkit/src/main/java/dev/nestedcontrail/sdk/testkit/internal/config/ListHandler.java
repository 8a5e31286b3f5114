package dev.nestedcontrail.sdk.testkit.internal.config;

import dev.nestedcontrail.sdk.testkit.FakeRequest;
import dev.nestedcontrail.sdk.testkit.FakeResponse;
import dev.nestedcontrail.sdk.vnc.internal.json.VncJson;
import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** {@code GET /<type>s} and {@code POST /list-bulk-collection}. */
public final class ListHandler {
  private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final ConfigStore store;
  private final ObjectView view;

  public ListHandler(ConfigStore store, ObjectView view) {
    this.store = store;
    this.view = view;
  }

  public FakeResponse list(FakeRequest request) {
    ResourceType<?> type = ResourceHandlers.collectionType(request.pathVariable("collection"));
    Map<String, @Nullable Object> params = new LinkedHashMap<>();
    request.queryParameters().forEach((k, v) -> params.put(k, v.isEmpty() ? "" : v.get(0)));
    return list(type, params);
  }

  public FakeResponse bulk(FakeRequest request) {
    Map<String, @Nullable Object> body = HttpBodies.object(request);
    ResourceType<?> type = ConfigStore.type(ActionHandlers.required(body, "type"));
    body.remove("type");
    body.remove("fq_names");
    body.remove("parent_fq_name_str");
    body.entrySet().removeIf(e -> e.getValue() == null);
    return list(type, body);
  }

  private FakeResponse list(ResourceType<?> type, Map<String, @Nullable Object> params) {
    Map<String, List<@Nullable Object>> filters = filters(params.get("filters"));
    Optional<Integer> limit = Optional.ofNullable(params.get("page_limit")).map(ListHandler::limit);
    Optional<String> marker = Optional.ofNullable(params.get("page_marker")).map(String::valueOf)
        .filter(m -> !m.equals("None"));
    marker.filter(m -> !UUID.matcher(m).matches()).ifPresent(m -> {
      throw new ApiError(400, "Invalid page_marker " + m);
    });
    Optional<Set<String>> fields = HttpBodies.csv(params.get("fields"));
    boolean detail = Trees.flag(params.get("detail"));
    boolean count = Trees.flag(params.get("count"));
    String key = type.collectionKey();
    return store.locked(() -> {
      Optional<Set<String>> parents = parents(type, params);
      Optional<Set<String>> backRefs = HttpBodies.csv(params.get("back_ref_id"));
      Optional<Set<String>> uuids = HttpBodies.csv(params.get("obj_uuids"));
      if (params.containsKey("fq_names")) {
        Set<String> byName = new java.util.LinkedHashSet<>();
        HttpBodies.csv(params.get("fq_names")).orElse(Set.of())
            .forEach(f -> store.uuidOf(type.typeName(), List.of(f.split(":"))).ifPresent(byName::add));
        if (byName.isEmpty()) {
          return HttpBodies.json(HttpBodies.wrap(key, List.of()));
        }
        uuids = Optional.of(byName);
      }
      List<StoredObject> matches = new ArrayList<>();
      for (StoredObject o : store.ofType(type.typeName())) {
        if (parents.isPresent() && !o.parentUuid().map(parents.get()::contains).orElse(false)) {
          continue;
        }
        if (uuids.isPresent() && !uuids.get().contains(o.uuid())) {
          continue;
        }
        if (backRefs.isPresent() && backRefs.get().stream().noneMatch(t -> store.referrersOf(t).contains(o.uuid()))) {
          continue;
        }
        if (filters.entrySet().stream().allMatch(f -> f.getValue().stream()
            .anyMatch(v -> Trees.jsonEquals(v, o.body().get(f.getKey()))))) {
          matches.add(o);
        }
      }
      matches.sort(Comparator.comparing((StoredObject o) -> String.join(":", o.fqName())).thenComparing(StoredObject::uuid));
      if (count) {
        return HttpBodies.json(HttpBodies.wrap(key, HttpBodies.wrap("count", (long) matches.size())));
      }
      boolean paged = limit.isPresent() || params.containsKey("page_marker");
      List<StoredObject> page = matches;
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      if (paged) {
        int from = 0;
        if (marker.isPresent()) {
          from = matches.size();
          for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).uuid().equals(marker.get())) {
              from = i + 1;
            }
          }
        }
        int to = Math.min(matches.size(), from + limit.orElse(256));
        page = matches.subList(from, to);
        out.put("marker", to < matches.size() && !page.isEmpty() ? page.get(page.size() - 1).uuid() : null);
      }
      List<Object> entries = new ArrayList<>();
      for (StoredObject o : page) {
        if (detail) {
          ObjectView.Options options = new ObjectView.Options(Optional.empty(), false, false);
          Map<String, @Nullable Object> full = view.render(o, options);
          fields.ifPresent(f -> full.putAll(view.render(o, new ObjectView.Options(Optional.of(f), false, false))));
          entries.add(HttpBodies.wrap(type.jsonKey(), full));
        } else {
          Map<String, @Nullable Object> entry = new LinkedHashMap<>();
          entry.put("uuid", o.uuid());
          entry.put("href", view.href(type.typeName(), o.uuid()));
          entry.put("fq_name", o.fqName());
          fields.ifPresent(f -> view.render(o, new ObjectView.Options(Optional.of(f), false, false))
              .forEach((k, v) -> {
                if (f.contains(k)) {
                  entry.put(k, v);
                }
              }));
          entries.add(entry);
        }
      }
      Map<String, @Nullable Object> answer = new LinkedHashMap<>();
      answer.put(key, entries);
      answer.putAll(out);
      if (params.containsKey("exclude_hrefs")) {
        Trees.stripHrefs(answer);
      }
      return HttpBodies.json(answer);
    });
  }

  /** Parent uuids from {@code parent_id} or {@code parent_fq_name_str} (+ {@code parent_type}); empty for no filter. */
  private Optional<Set<String>> parents(ResourceType<?> type, Map<String, @Nullable Object> params) {
    if (params.containsKey("parent_fq_name_str")) {
      List<String> fq = List.of(String.valueOf(params.get("parent_fq_name_str")).split(":"));
      List<String> parentTypes = params.containsKey("parent_type")
          ? List.of(ConfigStore.type(String.valueOf(params.get("parent_type"))).typeName()) : type.parentTypes();
      Set<String> out = new java.util.TreeSet<>();
      parentTypes.forEach(p -> store.uuidOf(p, fq).ifPresent(out::add));
      return Optional.of(out);
    }
    return HttpBodies.csv(params.get("parent_id"));
  }

  private static int limit(@Nullable Object value) {
    try {
      int limit = Integer.parseInt(String.valueOf(value).trim());
      if (limit > 0) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ApiError(400, "Invalid page_limit " + value);
  }

  /** {@code k==v,k==v}: values JSON-decoded when they parse, repeated keys OR'ed. */
  private static Map<String, List<@Nullable Object>> filters(@Nullable Object raw) {
    Map<String, List<@Nullable Object>> out = new LinkedHashMap<>();
    if (raw == null || String.valueOf(raw).isEmpty()) {
      return out;
    }
    for (String part : String.valueOf(raw).split(",")) {
      String[] kv = part.split("==", -1);
      if (kv.length != 2) {
        throw new ApiError(400, "Invalid filter " + raw);
      }
      Object value;
      try {
        value = VncJson.parseTree(kv[1]);
      } catch (RuntimeException e) {
        value = kv[1];
      }
      out.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(value);
    }
    return out;
  }
}
