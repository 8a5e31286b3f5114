package dev.nestedcontrail.sdk.k8s.provision;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.client.KubernetesClient;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.client.ResourceClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies manifest objects to a cluster by server-side apply under one field manager, and undoes
 * such an apply.
 *
 * <p>Each object is read, applied and compared: absent before means {@link ApplyOutcome#CREATED};
 * a {@code metadata.resourceVersion} that moved means {@link ApplyOutcome#CHANGED}; the same
 * version means the server stored nothing ({@link ApplyOutcome#UNCHANGED}), which is how a
 * repeated run shows zero writes.
 *
 * <p>Rollback rule: in reverse apply order, an object this run created is deleted (if it still
 * exists), and an object this run changed is replaced (PUT, unconditionally) by the content read
 * before the apply, without its server-kept metadata ({@code resourceVersion}, {@code
 * managedFields}) and status. Unchanged objects are not touched. Objects the cluster derives from
 * the applied ones (DaemonSet pods) follow through the cluster's garbage collection.
 */
public final class ManifestApplier {
  private static final Logger logger = LoggerFactory.getLogger(ManifestApplier.class);
  private static final List<String> SERVER_METADATA = List.of("resourceVersion", "managedFields");

  private final KubernetesClient client;
  private final String fieldManager;
  private final boolean force;

  private ManifestApplier(KubernetesClient client, String fieldManager, boolean force) {
    if (fieldManager.isEmpty()) {
      throw ValidationException.of("manifest applier", "fieldManager: must not be empty");
    }
    this.client = client;
    this.fieldManager = fieldManager;
    this.force = force;
  }

  /** An applier that does not force: a field owned by another manager is a 409 conflict. */
  public static ManifestApplier of(KubernetesClient client, String fieldManager) {
    return new ManifestApplier(client, fieldManager, false);
  }

  /** The same applier, taking over fields other managers own when {@code force} is true. */
  public ManifestApplier withForce(boolean force) {
    return new ManifestApplier(client, fieldManager, force);
  }

  public String fieldManager() {
    return fieldManager;
  }

  /**
   * Applies {@code objects} in order; the listener hears one progress line per object under
   * {@link ProvisionStep#KUBERNETES_APPLY}. A failure leaves the objects applied so far in place
   * and propagates; callers that must undo a partly failed run apply through {@link #applyOne}
   * and keep the results themselves.
   */
  public ApplyReport apply(List<KubernetesObject> objects, ProvisionListener listener) {
    List<AppliedObject> applied = new ArrayList<>();
    for (KubernetesObject object : objects) {
      AppliedObject result = applyOne(object);
      applied.add(result);
      listener.progress(ProvisionStep.KUBERNETES_APPLY,
          result.describe() + " " + result.outcome().name().toLowerCase(Locale.ROOT));
    }
    return ApplyReport.of(applied);
  }

  /** Applies one object and says what the apply did. */
  public AppliedObject applyOne(KubernetesObject object) {
    ResourceClient resources = resourcesOf(object);
    Optional<KubernetesObject> before = resources.get(object.name());
    KubernetesObject after = client.apply(object, fieldManager, force);
    ApplyOutcome outcome = before.isEmpty() ? ApplyOutcome.CREATED
        : Objects.equals(before.get().resourceVersion(), after.resourceVersion())
            ? ApplyOutcome.UNCHANGED : ApplyOutcome.CHANGED;
    logger.debug("applied {} as {}: {}", object.describe(), fieldManager, outcome);
    return AppliedObject.of(outcome, before, after);
  }

  /** Undoes {@code report} by the rule in the class comment; returns how many objects it wrote. */
  public int rollback(ApplyReport report) {
    List<AppliedObject> reversed = new ArrayList<>(report.objects());
    Collections.reverse(reversed);
    int writes = 0;
    for (AppliedObject applied : reversed) {
      ResourceClient resources = resourcesOf(applied.after());
      if (applied.outcome() == ApplyOutcome.CREATED) {
        writes += resources.deleteIfExists(applied.after().name()) ? 1 : 0;
      } else if (applied.outcome() == ApplyOutcome.CHANGED) {
        client.replace(restorable(applied.before().orElseThrow()));
        writes++;
      }
      logger.debug("rolled back {} ({})", applied.describe(), applied.outcome());
    }
    return writes;
  }

  /**
   * Waits, one after the other, for every DaemonSet among {@code objects} to be rolled out, each
   * within {@code timeout}; the listener hears one progress line per ready DaemonSet under
   * {@link ProvisionStep#DAEMON_SETS}. Returns the ready DaemonSets.
   */
  public List<KubernetesObject> awaitDaemonSets(List<KubernetesObject> objects, Duration timeout,
      ProvisionListener listener) {
    List<KubernetesObject> ready = new ArrayList<>();
    for (KubernetesObject object : objects) {
      if (object.kind().equals("DaemonSet")) {
        KubernetesObject done = client.awaitDaemonSetRollout(namespaceOf(object), object.name(),
            timeout);
        ready.add(done);
        listener.progress(ProvisionStep.DAEMON_SETS, done.describe() + " ready: "
            + done.at("status", "numberReady").orElse(0) + "/"
            + done.at("status", "desiredNumberScheduled").orElse(0));
      }
    }
    return ready;
  }

  /**
   * Reads every object back and lists what differs from {@code objects}: a missing object, and for
   * ConfigMaps every key of {@code data} whose value differs (so ConfigMap {@code env} is checked
   * to hold the planned addresses). Empty when the cluster holds what was applied.
   */
  public List<String> verify(List<KubernetesObject> objects) {
    List<String> problems = new ArrayList<>();
    for (KubernetesObject object : objects) {
      Optional<KubernetesObject> live = resourcesOf(object).get(object.name());
      if (live.isEmpty()) {
        problems.add(object.describe() + ": missing");
      } else if (object.kind().equals("ConfigMap")) {
        Map<?, ?> wanted = (Map<?, ?>) object.at("data").orElse(Map.of());
        Map<?, ?> actual = (Map<?, ?>) live.get().at("data").orElse(Map.of());
        wanted.forEach((key, value) -> {
          if (!Objects.equals(actual.get(key), value)) {
            problems.add(object.describe() + ": data." + key + " is " + actual.get(key)
                + ", planned " + value);
          }
        });
      }
    }
    return problems;
  }

  private ResourceClient resourcesOf(KubernetesObject object) {
    ResourceClient resources = client.resources(object.apiVersion(), object.kind());
    return object.namespace().map(resources::inNamespace).orElse(resources);
  }

  private String namespaceOf(KubernetesObject object) {
    return object.namespace().orElse(client.context().namespace());
  }

  @SuppressWarnings("unchecked")
  private static KubernetesObject restorable(KubernetesObject before) {
    Map<String, Object> content = new LinkedHashMap<>(before.content());
    content.remove("status");
    Map<String, Object> metadata = new LinkedHashMap<>((Map<String, ?>) content.get("metadata"));
    SERVER_METADATA.forEach(metadata::remove);
    content.put("metadata", metadata);
    return KubernetesObject.of(content);
  }
}
