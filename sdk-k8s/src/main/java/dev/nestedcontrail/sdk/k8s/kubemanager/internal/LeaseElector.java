package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.core.ConflictException;
import dev.nestedcontrail.sdk.k8s.client.KubernetesClient;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leader election on a {@code coordination.k8s.io/v1} Lease, as client-go does it: the holder
 * renews {@code spec.renewTime}; another candidate takes the lease once
 * {@code renewTime + leaseDurationSeconds} has passed or the holder released it (empty
 * {@code holderIdentity}). Every write carries the resource version read, so two candidates
 * never both win.
 */
public final class LeaseElector {
  private static final Logger logger = LoggerFactory.getLogger(LeaseElector.class);
  private static final DateTimeFormatter MICRO_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
          .withZone(java.time.ZoneOffset.UTC);

  private final KubernetesClient kubernetes;
  private final String namespace;
  private final String name;
  private final String identity;
  private final Duration leaseDuration;
  private final Clock clock;

  public LeaseElector(KubernetesClient kubernetes, String namespace, String name,
      String identity, Duration leaseDuration, Clock clock) {
    this.kubernetes = kubernetes;
    this.namespace = namespace;
    this.name = name;
    this.identity = identity;
    this.leaseDuration = leaseDuration;
    this.clock = clock;
  }

  /** Takes or renews the lease; true when this candidate holds it afterwards. */
  public boolean tryAcquireOrRenew() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Optional<KubernetesObject> current =
        kubernetes.resources("coordination.k8s.io/v1", "Lease").inNamespace(namespace).get(name);
    try {
      if (current.isEmpty()) {
        kubernetes.create(lease(Optional.empty(), now, now, identity));
        return true;
      }
      String holder = spec(current.get(), "holderIdentity").orElse("");
      boolean mine = holder.equals(identity);
      if (!mine && !holder.isEmpty() && !expired(current.get(), now)) {
        return false;
      }
      Instant acquired = mine ? spec(current.get(), "acquireTime").map(Instant::parse).orElse(now)
          : now;
      kubernetes.replace(lease(current.get().resourceVersion(), acquired, now, identity));
      return true;
    } catch (ConflictException e) {
      logger.debug("lease {}/{}: lost a race: {}", namespace, name, e.getMessage());
      return false;
    }
  }

  /** Gives the lease up (empty holder) if this candidate holds it; errors are ignored. */
  public void release() {
    try {
      Optional<KubernetesObject> current = kubernetes.resources("coordination.k8s.io/v1",
          "Lease").inNamespace(namespace).get(name);
      if (current.isPresent() && spec(current.get(), "holderIdentity").orElse("")
          .equals(identity)) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        kubernetes.replace(lease(current.get().resourceVersion(), now, now, ""));
      }
    } catch (RuntimeException e) {
      logger.debug("lease {}/{}: release failed: {}", namespace, name, e.toString());
    }
  }

  private boolean expired(KubernetesObject lease, Instant now) {
    Optional<Instant> renewed = spec(lease, "renewTime").map(Instant::parse);
    long seconds = lease.at("spec", "leaseDurationSeconds").filter(Number.class::isInstance)
        .map(n -> ((Number) n).longValue()).orElse(leaseDuration.toSeconds());
    return renewed.map(r -> !r.plusSeconds(seconds).isAfter(now)).orElse(true);
  }

  private KubernetesObject lease(Optional<String> resourceVersion, Instant acquired,
      Instant renewed, String holder) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", name);
    metadata.put("namespace", namespace);
    resourceVersion.ifPresent(v -> metadata.put("resourceVersion", v));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("holderIdentity", holder);
    spec.put("leaseDurationSeconds", Math.max(1, leaseDuration.toSeconds()));
    spec.put("acquireTime", MICRO_TIME.format(acquired));
    spec.put("renewTime", MICRO_TIME.format(renewed));
    return KubernetesObject.of(Map.of("apiVersion", "coordination.k8s.io/v1", "kind", "Lease",
        "metadata", metadata, "spec", spec));
  }

  private static Optional<String> spec(KubernetesObject lease, String key) {
    return lease.at("spec", key).filter(String.class::isInstance).map(String.class::cast)
        .filter(s -> !s.isEmpty());
  }
}
