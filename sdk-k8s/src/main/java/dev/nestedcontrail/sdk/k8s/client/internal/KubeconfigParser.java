package dev.nestedcontrail.sdk.k8s.client.internal;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Parses kubeconfig files and merges them as kubectl does: for clusters, users and contexts the
 * first file that defines a name wins, and the first non-empty {@code current-context} wins.
 */
public final class KubeconfigParser {
  private final Map<String, KubeconfigEntry> clusters = new LinkedHashMap<>();
  private final Map<String, KubeconfigEntry> users = new LinkedHashMap<>();
  private final Map<String, KubeconfigEntry> contexts = new LinkedHashMap<>();
  private Optional<String> currentContext = Optional.empty();

  public void add(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw ValidationException.of("kubeconfig", file + ": cannot be read (" + e + ")");
    }
    Object root;
    try {
      root = new Load(LoadSettings.builder().build()).loadFromString(text);
    } catch (RuntimeException e) {
      throw ValidationException.of("kubeconfig", file + ": not valid YAML ("
          + e.getMessage().lines().findFirst().orElse("") + ")");
    }
    if (root == null) {
      return;
    }
    if (!(root instanceof Map)) {
      throw ValidationException.of("kubeconfig", file + ": top level is not a mapping");
    }
    Map<?, ?> map = (Map<?, ?>) root;
    Path baseDir = file.toAbsolutePath().getParent();
    addEntries(file, map, "clusters", "cluster", clusters, baseDir);
    addEntries(file, map, "users", "user", users, baseDir);
    addEntries(file, map, "contexts", "context", contexts, baseDir);
    if (currentContext.isEmpty() && map.get("current-context") instanceof String
        && !((String) map.get("current-context")).isEmpty()) {
      currentContext = Optional.of((String) map.get("current-context"));
    }
  }

  public Map<String, KubeconfigEntry> clusters() {
    return Map.copyOf(clusters);
  }

  public Map<String, KubeconfigEntry> users() {
    return Map.copyOf(users);
  }

  public Map<String, KubeconfigEntry> contexts() {
    return contexts;
  }

  public Optional<String> currentContext() {
    return currentContext;
  }

  private static void addEntries(Path file, Map<?, ?> root, String listKey, String bodyKey,
      Map<String, KubeconfigEntry> into, Path baseDir) {
    Object list = root.get(listKey);
    if (list == null) {
      return;
    }
    if (!(list instanceof List)) {
      throw ValidationException.of("kubeconfig", file + ": " + listKey + " is not a list");
    }
    int i = 0;
    for (Object item : (List<?>) list) {
      String where = file + ": " + listKey + "[" + i++ + "]";
      if (!(item instanceof Map) || !(((Map<?, ?>) item).get("name") instanceof String)) {
        throw ValidationException.of("kubeconfig", where + " has no name");
      }
      String name = (String) ((Map<?, ?>) item).get("name");
      Object body = ((Map<?, ?>) item).get(bodyKey);
      Map<String, Object> copy = new LinkedHashMap<>();
      if (body instanceof Map) {
        ((Map<?, ?>) body).forEach((k, v) -> copy.put(String.valueOf(k), v));
      } else if (body != null) {
        throw ValidationException.of("kubeconfig", where + " (" + name + "): " + bodyKey
            + " is not a mapping");
      }
      into.putIfAbsent(name, new KubeconfigEntry(bodyKey, name, copy, baseDir));
    }
  }
}
