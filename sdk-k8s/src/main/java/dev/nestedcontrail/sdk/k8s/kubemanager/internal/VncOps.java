package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.vnc.ListQuery;
import dev.nestedcontrail.sdk.vnc.ReadOptions;
import dev.nestedcontrail.sdk.vnc.ResourceOperations;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import java.util.List;
import java.util.Optional;

/**
 * The config API calls kube-manager makes, each counted by kind in {@link Metrics}; creates are
 * create-or-get, deletes and ref removals tolerate 404, ref additions are idempotent.
 */
public final class VncOps {
  private final VncClient vnc;
  private final Metrics metrics;

  public VncOps(VncClient vnc, Metrics metrics) {
    this.vnc = vnc;
    this.metrics = metrics;
  }

  /** Creates the object (with its uuid, when set) or returns the one already there. */
  @SuppressWarnings("unchecked")
  public <T extends VncResource> T createOrGet(T resource) {
    ResourceOperations<T> ops = ops(resource);
    metrics.restCall("create " + ops.type().typeName());
    return ops.createOrGet(resource);
  }

  public <T extends VncResource> Optional<T> find(Class<T> type, String uuid) {
    metrics.restCall("read " + vnc.resources(type).type().typeName());
    return vnc.resources(type).find(uuid, ReadOptions.defaults());
  }

  public <T extends VncResource> Optional<T> findByFqName(Class<T> type, List<String> fqName) {
    metrics.restCall("read " + vnc.resources(type).type().typeName());
    return vnc.resources(type).findByFqName(fqName);
  }

  public <T extends VncResource> List<T> list(Class<T> type, ListQuery query) {
    metrics.restCall("list " + vnc.resources(type).type().typeName());
    return vnc.resources(type).list(query);
  }

  public <T extends VncResource> void update(T before, T after) {
    metrics.restCall("update " + ops(before).type().typeName());
    ops(before).update(before, after);
  }

  /** Deletes the object; a missing one is fine. */
  public <T extends VncResource> boolean delete(Class<T> type, String uuid) {
    metrics.restCall("delete " + vnc.resources(type).type().typeName());
    return vnc.resources(type).deleteIfExists(uuid);
  }

  public <T extends VncResource> void ensureRef(Class<T> type, String uuid, String targetType,
      String targetUuid, Optional<?> attr) {
    metrics.restCall("ref-update");
    ResourceOperations<T> ops = vnc.resources(type);
    attr.ifPresentOrElse(a -> ops.ensureRef(uuid, targetType, targetUuid, a),
        () -> ops.ensureRef(uuid, targetType, targetUuid));
  }

  public <T extends VncResource> void removeRef(Class<T> type, String uuid, String targetType,
      String targetUuid) {
    metrics.restCall("ref-update");
    vnc.resources(type).removeRef(uuid, targetType, targetUuid);
  }

  /** {@code POST /set-tag}: sets these tag types to these values on the object. */
  public void setTags(String objType, String uuid, java.util.Map<String, String> values,
      boolean global) {
    setTags(objType, uuid, values, java.util.Set.of(), global);
  }

  /** {@code POST /set-tag}: sets some tag types and drops every tag of {@code removed} types. */
  public void setTags(String objType, String uuid, java.util.Map<String, String> values,
      java.util.Set<String> removed, boolean global) {
    metrics.restCall("set-tag");
    vnc.setTags(objType, uuid, values, removed, global);
  }

  @SuppressWarnings("unchecked")
  private <T extends VncResource> ResourceOperations<T> ops(T resource) {
    return vnc.resources((Class<T>) resource.resourceType().javaClass());
  }
}
