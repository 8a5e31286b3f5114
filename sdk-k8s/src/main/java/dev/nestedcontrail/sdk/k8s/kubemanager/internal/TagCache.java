package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  private final VncOps vnc;
  private final List<String> scope;
  private final Map<String, String> uuids = new ConcurrentHashMap<>();

  public TagCache(KubeManagerConfig config, VncOps vnc) {
    this.vnc = vnc;
    this.scope = config.globalTags() || config.clusterProject().isEmpty()
        ? List.of() : new Names(config).project("default");
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

  /** Refs to the tags of these labels (created when missing), in the labels' order. */
  public List<Reference<Void>> refs(Map<String, String> labels) {
    List<Reference<Void>> refs = new ArrayList<>();
    labels.forEach((k, v) -> refs.add(Reference.<Void>builder().to(fqName(k, v))
        .uuid(ensure(k, v)).build()));
    return refs;
  }
}
