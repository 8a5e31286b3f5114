package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.Tag;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The label tags of a cluster (contrail-internals §2.3, {@code vnc_tags.py}): a label
 * {@code key: value} is the tag {@code <key>=<value>} of tag type {@code key} (lower-cased, as
 * the server stores it). Tags are global (fq_name {@code [<type>=<value>]}) when
 * {@code global_tags} is on or no {@code cluster_project} is configured, else children of that
 * project. Each tag is created (or found) once and its uuid kept, so a tag costs one write per
 * kube-manager run however many objects carry it.
 */
public final class TagCache {
  private static final int LOCK_STRIPES = 64;

  private final VncOps vnc;
  private final List<String> scope;
  private final Map<String, String> uuids = new ConcurrentHashMap<>();
  private final Object[] locks = new Object[LOCK_STRIPES];

  public TagCache(KubeManagerConfig config, VncOps vnc) {
    this.vnc = vnc;
    this.scope = config.globalTags() || config.clusterProject().isEmpty()
        ? List.of() : new Names(config).project("default");
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new Object();
    }
  }

  /** True when tags have no parent; {@code set-tag} then sends {@code is_global}. */
  public boolean global() {
    return scope.isEmpty();
  }

  /** The tag type the server stores for a label key: the key lower-cased. */
  public static String type(String key) {
    return key.toLowerCase(Locale.ROOT);
  }

  /** The tag's name, {@code <type>=<value>}, as firewall rule endpoints name it. */
  public static String name(String key, String value) {
    return type(key) + "=" + value;
  }

  /** The tag name a ref points to: the last element of its {@code to}, empty without one. */
  public static String nameOf(Reference<?> ref) {
    return ref.to().isEmpty() ? "" : ref.to().get(ref.to().size() - 1);
  }

  /** The type of a tag named {@code <type>=<value>}: the part before the first {@code =}. */
  public static String typeOf(String name) {
    int at = name.indexOf('=');
    return at < 0 ? name : name.substring(0, at);
  }

  public List<String> fqName(String key, String value) {
    return Names.child(scope, name(key, value));
  }

  /** The uuid of the tag, created when this run has not seen it yet. */
  public String ensure(String key, String value) {
    return uuids.computeIfAbsent(name(key, value), n -> {
      List<String> fq = fqName(key, value);
      Tag.Builder b = Tag.builder().fqName(fq).name(n).tagTypeName(type(key)).tagValue(value);
      if (!scope.isEmpty()) {
        b.parentType("project");
      }
      return vnc.createOrGet(b.build()).uuid().orElseThrow();
    });
  }

  /** True when the object refers to the tag with this uuid. */
  public static boolean carries(VncResource resource, String tagUuid) {
    return resource.tagRefs().stream().anyMatch(r -> r.uuid().filter(tagUuid::equals).isPresent());
  }

  /** Refs to the tags of these labels (created when missing), in the labels' order. */
  public List<Reference<Void>> refs(Map<String, String> labels) {
    List<Reference<Void>> refs = new ArrayList<>();
    labels.forEach((k, v) -> refs.add(Reference.<Void>builder().to(fqName(k, v))
        .uuid(ensure(k, v)).build()));
    return refs;
  }

  /**
   * {@code POST /set-tag} on one object: sets these tag types to these values (each tag created
   * when missing) and drops every tag of the {@code removed} types. The api-server reads the
   * object's tag refs and writes them back whole without a lock, so two set-tags of one object
   * in flight at once could lose one; here they never overlap (see {@link #lock}).
   */
  public void set(String objType, String uuid, Map<String, String> values, Set<String> removed) {
    values.forEach(this::ensure);
    synchronized (lock(uuid)) {
      vnc.setTags(objType, uuid, values, removed, global());
    }
  }

  /** The monitor that {@link #set} holds for the object with this uuid (shared by a few uuids). */
  Object lock(String uuid) {
    return locks[Math.floorMod(uuid.hashCode(), locks.length)];
  }
}
