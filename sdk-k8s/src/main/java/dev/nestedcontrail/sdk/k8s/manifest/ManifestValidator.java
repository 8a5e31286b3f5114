package dev.nestedcontrail.sdk.k8s.manifest;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a list of Kubernetes objects the way the API server would before anything is applied:
 * workload selectors match their pod template labels, names follow DNS-1123, required fields are
 * present, and nothing is defined twice (objects, containers, volumes, mount paths, or a key in two
 * ConfigMaps feeding the same container). {@link NestedManifest#render} runs it on its own output.
 */
public final class ManifestValidator {
  private ManifestValidator() {}

  /** Throws one {@link ValidationException} listing every problem; does nothing when valid. */
  public static void validate(List<KubernetesObject> objects) {
    ValidationException.throwIfAny("manifest", problems(objects));
  }

  /** Every problem found, each prefixed with the object it is in. */
  public static List<String> problems(List<KubernetesObject> objects) {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Map<String, Map<String, Object>> configMaps = new HashMap<>();
    for (KubernetesObject o : objects) {
      if (!seen.add(o.kind() + " " + o.namespace().orElse("") + "/" + o.name())) {
        problems.add(o.describe() + ": defined twice");
      }
      if (!Names.isDns1123Subdomain(o.name())) {
        problems.add(o.describe() + ": " + Names.dns1123Problem("metadata.name", o.name()));
      }
      o.namespace().filter(ns -> !Names.isDns1123Label(ns)).ifPresent(ns ->
          problems.add(o.describe() + ": " + Names.dns1123Problem("metadata.namespace", ns)));
      if (o.kind().equals("ConfigMap")) {
        Map<String, Object> data = maps(o.at("data"));
        configMaps.put(o.namespace().orElse("") + "/" + o.name(), data);
        data.forEach((key, value) -> {
          if (!Names.isConfigMapKey(key)) {
            problems.add(o.describe() + ": data key '" + key + "' is not a valid ConfigMap key");
          }
          if (!(value instanceof String)) {
            problems.add(o.describe() + ": data." + key + ": " + value + " is not a string");
          }
        });
      }
    }
    for (KubernetesObject o : objects) {
      if (o.at("spec", "template").isPresent()) {
        workload(o, configMaps, problems);
      }
    }
    return problems;
  }

  private static void workload(KubernetesObject o, Map<String, Map<String, Object>> configMaps,
      List<String> problems) {
    String prefix = o.describe() + ": ";
    Map<String, Object> selector = maps(o.at("spec", "selector", "matchLabels"));
    Map<String, Object> labels = maps(o.at("spec", "template", "metadata", "labels"));
    if (selector.isEmpty()) {
      problems.add(prefix + "spec.selector.matchLabels: missing (required by apps/v1)");
    }
    selector.forEach((key, value) -> {
      if (!value.equals(labels.get(key))) {
        problems.add(prefix + "spec.selector.matchLabels " + key + "=" + value
            + " does not match the template labels " + labels);
      }
    });
    Map<String, Object> pod = maps(o.at("spec", "template", "spec"));
    List<Map<String, Object>> containers = listOfMaps(pod.get("containers"));
    if (containers.isEmpty()) {
      problems.add(prefix + "spec.template.spec.containers: missing (at least one is required)");
    }
    Set<String> volumes = new HashSet<>();
    for (Map<String, Object> volume : listOfMaps(pod.get("volumes"))) {
      String name = name(prefix + "volume", volume.get("name"), problems, false);
      if (!volumes.add(name)) {
        problems.add(prefix + "volume " + name + ": defined twice");
      }
      Object secretName = maps(Optional.ofNullable(volume.get("secret"))).get("secretName");
      if (secretName != null) {
        name(prefix + "volume " + name + " secretName", secretName, problems, true);
      }
    }
    for (Map<String, Object> secret : listOfMaps(pod.get("imagePullSecrets"))) {
      name(prefix + "imagePullSecrets name", secret.get("name"), problems, true);
    }
    Set<String> containerNames = new HashSet<>();
    for (Map<String, Object> container : containers) {
      String name = name(prefix + "container", container.get("name"), problems, false);
      if (!containerNames.add(name)) {
        problems.add(prefix + "container " + name + ": defined twice");
      }
      if (!(container.get("image") instanceof String) || ((String) container.get("image")).isEmpty()) {
        problems.add(prefix + "container " + name + ": image missing");
      }
      mounts(prefix + "container " + name, container, volumes, problems);
      envFrom(prefix + "container " + name, o.namespace().orElse(""), container, configMaps,
          problems);
    }
  }

  private static void mounts(String prefix, Map<String, Object> container, Set<String> volumes,
      List<String> problems) {
    Set<String> paths = new HashSet<>();
    for (Map<String, Object> mount : listOfMaps(container.get("volumeMounts"))) {
      Object volume = mount.get("name");
      if (!volumes.contains(String.valueOf(volume))) {
        problems.add(prefix + ": volumeMount " + volume + " names no volume of the pod");
      }
      if (!(mount.get("mountPath") instanceof String)) {
        problems.add(prefix + ": volumeMount " + volume + " has no mountPath");
      } else if (!paths.add((String) mount.get("mountPath"))) {
        problems.add(prefix + ": mountPath " + mount.get("mountPath") + " is mounted twice");
      }
    }
  }

  private static void envFrom(String prefix, String namespace, Map<String, Object> container,
      Map<String, Map<String, Object>> configMaps, List<String> problems) {
    Map<String, String> keyOrigin = new HashMap<>();
    for (Map<String, Object> source : listOfMaps(container.get("envFrom"))) {
      Map<String, Object> ref = maps(Optional.ofNullable(source.get("configMapRef")));
      if (ref.isEmpty()) {
        continue;
      }
      String name = name(prefix + " configMapRef", ref.get("name"), problems, true);
      for (String key : configMaps.getOrDefault(namespace + "/" + name, Map.of()).keySet()) {
        String earlier = keyOrigin.putIfAbsent(key, name);
        if (earlier != null) {
          problems.add(prefix + ": environment key " + key + " comes from both ConfigMap "
              + earlier + " and ConfigMap " + name);
        }
      }
    }
  }

  private static String name(String what, Object value, List<String> problems,
      boolean subdomain) {
    String name = value instanceof String ? (String) value : "";
    if (name.isEmpty()) {
      problems.add(what + ": name missing");
    } else if (subdomain ? !Names.isDns1123Subdomain(name) : !Names.isDns1123Label(name)) {
      problems.add(Names.dns1123Problem(what, name));
    }
    return name;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> maps(Optional<Object> value) {
    return value.filter(Map.class::isInstance).map(v -> (Map<String, Object>) v).orElse(Map.of());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> listOfMaps(Object value) {
    List<Map<String, Object>> result = new ArrayList<>();
    if (value instanceof List) {
      for (Object item : (List<Object>) value) {
        result.add(item instanceof Map ? (Map<String, Object>) item : Map.of());
      }
    }
    return result;
  }
}
