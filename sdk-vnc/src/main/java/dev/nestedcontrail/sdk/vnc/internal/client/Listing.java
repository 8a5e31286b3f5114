package dev.nestedcontrail.sdk.vnc.internal.client;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.http.HttpMethod;
import dev.nestedcontrail.sdk.vnc.ListQuery;
import dev.nestedcontrail.sdk.vnc.internal.json.VncJson;
import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Sends list requests (GET or {@code /list-bulk-collection}) and reads their answers. */
public final class Listing<T extends VncResource> {
  private final VncCalls calls;
  private final ResourceType<T> type;

  public Listing(VncCalls calls, ResourceType<T> type) {
    this.calls = calls;
    this.type = type;
  }

  /** One page (or everything when {@code paged} is false). */
  public PageIterator.Page<T> page(ListQuery query, Optional<String> marker, boolean paged) {
    Map<String, @Nullable Object> answer = fetch(query, false, marker, paged);
    Object entries = answer.get(type.collectionKey());
    if (!(entries instanceof List)) {
      throw new ContrailClientException("list answer of " + type.typeName() + " has no " + type.collectionKey() + " array");
    }
    List<T> items = new ArrayList<>();
    for (Object entry : (List<?>) entries) {
      items.add(VncJson.fromTree(type, unwrap(entry, query.detail())));
    }
    Object next = answer.get("marker");
    return new PageIterator.Page<>(items, next == null ? Optional.empty() : Optional.of(next.toString()));
  }

  public long count(ListQuery query) {
    Object entries = fetch(query, true, Optional.empty(), false).get(type.collectionKey());
    if (entries instanceof Map && ((Map<?, ?>) entries).get("count") instanceof Number) {
      return ((Number) ((Map<?, ?>) entries).get("count")).longValue();
    }
    throw new ContrailClientException("count answer of " + type.typeName() + " has no " + type.collectionKey() + ".count");
  }

  private Map<String, @Nullable Object> fetch(ListQuery query, boolean count, Optional<String> marker, boolean paged) {
    if (ListRequests.useBulk(query)) {
      return calls.send(HttpMethod.POST, "/list-bulk-collection",
          ListRequests.bulkBody(type, query, count, marker, paged), true);
    }
    return calls.get(type.collectionPath(), ListRequests.queryParameters(query, count, marker, paged));
  }

  @SuppressWarnings("unchecked")
  private Map<String, ?> unwrap(@Nullable Object entry, boolean detail) {
    Object object = entry;
    if (detail && entry instanceof Map && ((Map<?, ?>) entry).containsKey(type.jsonKey())) {
      object = ((Map<?, ?>) entry).get(type.jsonKey());
    }
    if (!(object instanceof Map)) {
      throw new ContrailClientException("list answer of " + type.typeName() + " holds a non-object entry");
    }
    return (Map<String, ?>) object;
  }
}
