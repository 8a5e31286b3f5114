package dev.nestedcontrail.sdk.vnc.internal.client;

import dev.nestedcontrail.sdk.vnc.ListQuery;
import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link ListQuery} into the query string of {@code GET /<type>s}, or into the body of
 * {@code POST /list-bulk-collection} when the id lists are long.
 */
public final class ListRequests {
  /** More ids than this go in a {@code /list-bulk-collection} body, as the Python client does. */
  public static final int BULK_THRESHOLD = 25;

  private ListRequests() {}

  public static boolean useBulk(ListQuery query) {
    int ids = query.parentIds().size() + query.backRefIds().size() + query.objUuids().size();
    return ids > BULK_THRESHOLD && query.fqNames().isEmpty() && query.parentFqName().isEmpty();
  }

  /** Query parameters of a GET; {@code count} and paging as given. */
  public static Map<String, String> queryParameters(ListQuery query, boolean count, Optional<String> marker, boolean paged) {
    Map<String, String> params = new LinkedHashMap<>();
    putJoined(params, "parent_id", query.parentIds());
    if (!query.parentFqName().isEmpty()) {
      params.put("parent_fq_name_str", String.join(":", query.parentFqName()));
    }
    query.parentType().ifPresent(t -> params.put("parent_type", t));
    putJoined(params, "back_ref_id", query.backRefIds());
    putJoined(params, "obj_uuids", query.objUuids());
    putJoined(params, "fq_names", query.fqNames().stream().map(f -> String.join(":", f)).collect(Collectors.toList()));
    if (query.detail()) {
      params.put("detail", "true");
    }
    putJoined(params, "fields", query.fields());
    putJoined(params, "filters", query.filters());
    if (query.shared()) {
      params.put("shared", "true");
    }
    if (count) {
      params.put("count", "true");
    }
    if (paged) {
      params.put("page_limit", Integer.toString(query.pageLimit()));
      marker.ifPresent(m -> params.put("page_marker", m));
    }
    return params;
  }

  /** The body of {@code POST /list-bulk-collection}: lists comma-joined, flags as booleans. */
  public static Map<String, @Nullable Object> bulkBody(ResourceType<?> type, ListQuery query, boolean count,
      Optional<String> marker, boolean paged) {
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("type", type.typeName());
    putJoined(body, "parent_id", query.parentIds());
    putJoined(body, "back_ref_id", query.backRefIds());
    putJoined(body, "obj_uuids", query.objUuids());
    putJoined(body, "fields", query.fields());
    putJoined(body, "filters", query.filters());
    body.put("detail", query.detail());
    body.put("count", count);
    body.put("shared", query.shared());
    if (paged) {
      body.put("page_limit", query.pageLimit());
      marker.ifPresent(m -> body.put("page_marker", m));
    }
    return body;
  }

  private static void putJoined(Map<String, ? super String> params, String key, List<String> values) {
    if (!values.isEmpty()) {
      params.put(key, String.join(",", values));
    }
  }
}
