package dev.nestedcontrail.sdk.k8s.client;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.client.internal.ContextResolver;
import dev.nestedcontrail.sdk.k8s.client.internal.KubeconfigEntry;
import dev.nestedcontrail.sdk.k8s.client.internal.KubeconfigParser;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A loaded kubeconfig: its contexts, clusters and users, merged from one or more files as kubectl
 * merges them (the first file that defines a name wins; the first non-empty
 * {@code current-context} wins). Contexts are resolved on demand by {@link #context(String)}, so
 * an unsupported user entry (an {@code exec} plugin, an {@code auth-provider}) fails only the
 * contexts that use it, with a {@link ValidationException} naming the entry.
 */
public final class Kubeconfig {
  static final String SERVICE_ACCOUNT_DIR = "/var/run/secrets/kubernetes.io/serviceaccount";

  private final Map<String, KubeconfigEntry> clusters;
  private final Map<String, KubeconfigEntry> users;
  private final Map<String, KubeconfigEntry> contexts;
  private final Optional<String> currentContext;

  private Kubeconfig(Map<String, KubeconfigEntry> clusters, Map<String, KubeconfigEntry> users,
      Map<String, KubeconfigEntry> contexts, Optional<String> currentContext) {
    this.clusters = Map.copyOf(clusters);
    this.users = Map.copyOf(users);
    this.contexts = new LinkedHashMap<>(contexts);
    this.currentContext = currentContext;
  }

  /** Loads and merges {@code files}, in priority order; each must exist. */
  public static Kubeconfig load(Path... files) {
    if (files.length == 0) {
      throw ValidationException.of("kubeconfig", "no kubeconfig file given");
    }
    KubeconfigParser parser = new KubeconfigParser();
    for (Path file : files) {
      parser.add(file);
    }
    return new Kubeconfig(parser.clusters(), parser.users(), parser.contexts(),
        parser.currentContext());
  }

  /**
   * Loads the files that {@code KUBECONFIG} lists (missing ones are skipped, as kubectl does), or
   * {@code ~/.kube/config} when it is unset or empty.
   */
  public static Kubeconfig fromEnvironment() {
    return fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /** {@link #fromEnvironment()} with the environment and home directory given explicitly. */
  public static Kubeconfig fromEnvironment(Map<String, String> environment, Path home) {
    String list = environment.getOrDefault("KUBECONFIG", "");
    if (list.isBlank()) {
      Path file = home.resolve(".kube").resolve("config");
      if (!Files.isRegularFile(file)) {
        throw ValidationException.of("kubeconfig", "KUBECONFIG is not set and " + file
            + " does not exist");
      }
      return load(file);
    }
    List<Path> files = new ArrayList<>();
    for (String part : list.split(File.pathSeparator)) {
      if (!part.isBlank() && Files.isRegularFile(Path.of(part))) {
        files.add(Path.of(part));
      }
    }
    if (files.isEmpty()) {
      throw ValidationException.of("kubeconfig", "KUBECONFIG: none of " + list + " exists");
    }
    return load(files.toArray(new Path[0]));
  }

  /** The in-cluster service account, read from the standard paths and environment. */
  public static Kubeconfig inCluster() {
    return inCluster(Path.of(SERVICE_ACCOUNT_DIR), System.getenv());
  }

  /**
   * The service account in {@code serviceAccountDir} ({@code token}, {@code ca.crt}, optional
   * {@code namespace}) for the API server at {@code KUBERNETES_SERVICE_HOST} and
   * {@code KUBERNETES_SERVICE_PORT}. The one context is named {@code in-cluster}.
   */
  public static Kubeconfig inCluster(Path serviceAccountDir, Map<String, String> environment) {
    List<String> problems = new ArrayList<>();
    String host = environment.getOrDefault("KUBERNETES_SERVICE_HOST", "");
    String port = environment.getOrDefault("KUBERNETES_SERVICE_PORT", "");
    if (host.isEmpty() || port.isEmpty()) {
      problems.add("KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be set (not "
          + "running in a pod?)");
    }
    Path token = serviceAccountDir.resolve("token");
    if (!Files.isRegularFile(token)) {
      problems.add("service account token " + token + " does not exist");
    }
    ValidationException.throwIfAny("in-cluster configuration", problems);
    Map<String, Object> cluster = new LinkedHashMap<>();
    cluster.put("server", "https://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port);
    Path ca = serviceAccountDir.resolve("ca.crt");
    if (Files.isRegularFile(ca)) {
      cluster.put("certificate-authority", ca.toString());
    }
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("cluster", "in-cluster");
    context.put("user", "in-cluster");
    Path namespace = serviceAccountDir.resolve("namespace");
    if (Files.isRegularFile(namespace)) {
      try {
        context.put("namespace", Files.readString(namespace).strip());
      } catch (IOException e) {
        throw ValidationException.of("in-cluster configuration", namespace
            + " cannot be read (" + e + ")");
      }
    }
    Path dir = serviceAccountDir.toAbsolutePath();
    String name = "in-cluster";
    return new Kubeconfig(
        Map.of(name, new KubeconfigEntry("cluster", name, cluster, dir)),
        Map.of(name, new KubeconfigEntry("user", name, Map.of("tokenFile", token.toString()), dir)),
        Map.of(name, new KubeconfigEntry("context", name, context, dir)),
        Optional.of(name));
  }

  /** The name of the current context, if any file set one. */
  public Optional<String> currentContextName() {
    return currentContext;
  }

  /** The context names, in the order the files defined them. */
  public Set<String> contextNames() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(contexts.keySet()));
  }

  /** The current context, resolved. */
  public KubeContext currentContext() {
    return context(currentContext.orElseThrow(() -> ValidationException.of("kubeconfig",
        "current-context is not set (contexts: " + contexts.keySet() + ")")));
  }

  /** The named context, resolved: files read, data decoded, credentials checked. */
  public KubeContext context(String name) {
    KubeconfigEntry context = contexts.get(name);
    if (context == null) {
      throw ValidationException.of("kubeconfig", "context " + name + " is not defined (contexts: "
          + contexts.keySet() + ")");
    }
    return ContextResolver.resolve(context, clusters, users);
  }

  @Override
  public String toString() {
    return "Kubeconfig{currentContext=" + currentContext.orElse("") + ", contexts="
        + contexts.keySet() + "}";
  }
}
