package dev.nestedcontrail.sdk.k8s.internal;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.k8s.NestedPlan;
import dev.nestedcontrail.sdk.k8s.PreflightFinding;
import dev.nestedcontrail.sdk.k8s.ProvisionResult;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.connectivity.FabricSnatChange;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalApplyResult;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalDiff;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalServices;
import dev.nestedcontrail.sdk.k8s.connectivity.ServiceIpCheck;
import dev.nestedcontrail.sdk.k8s.connectivity.VrouterConfigRollback;
import dev.nestedcontrail.sdk.k8s.provision.AppliedObject;
import dev.nestedcontrail.sdk.k8s.provision.ApplyReport;
import dev.nestedcontrail.sdk.k8s.provision.ManifestApplier;
import dev.nestedcontrail.sdk.k8s.provision.ProvisionListener;
import dev.nestedcontrail.sdk.k8s.provision.ProvisionStep;
import dev.nestedcontrail.sdk.vnc.VncClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One provisioning run: executes the steps in order, records what each one wrote (also when a later
 * step fails) and undoes them in reverse.
 */
public final class ProvisionRun {
  private static final Logger logger = LoggerFactory.getLogger(ProvisionRun.class);

  private static final String NO_CONFIG_API = "skipped: no config API client";

  private final ManifestApplier applier;
  private final Duration rolloutTimeout;
  private final Clock clock;
  private final ProvisionListener listener;
  private final Optional<VncClient> vnc;
  private Optional<VrouterConfigRollback> configRollback = Optional.empty();
  private final List<AppliedObject> applied = new ArrayList<>();
  private final ProvisionResult.Builder result = ProvisionResult.builder();

  public ProvisionRun(ManifestApplier applier, Optional<VncClient> vnc, Duration rolloutTimeout,
      Clock clock, ProvisionListener listener) {
    this.applier = applier;
    this.vnc = vnc;
    this.rolloutTimeout = rolloutTimeout;
    this.clock = clock;
    this.listener = listener;
  }

  public ProvisionResult execute(NestedPlan plan, Supplier<List<PreflightFinding>> preflight) {
    step(ProvisionStep.PREFLIGHT, () -> {
      List<PreflightFinding> findings = preflight.get();
      List<String> failed = findings.stream().filter(f -> !f.passed()).map(PreflightFinding::toString)
          .toList();
      if (!failed.isEmpty()) {
        throw new ContrailClientException(String.join("; ", failed));
      }
      return findings.size() + " checks passed";
    });
    step(ProvisionStep.LINK_LOCAL, () -> vnc.map(client -> applyLinkLocal(client, plan))
        .orElse(NO_CONFIG_API));
    step(ProvisionStep.FABRIC_SNAT, () -> configRollback.map(this::fabricSnatSummary)
        .orElse(NO_CONFIG_API));
    step(ProvisionStep.KUBERNETES_APPLY, () -> {
      for (KubernetesObject object : plan.manifest()) {
        AppliedObject one = applier.applyOne(object);
        applied.add(one);
        listener.progress(ProvisionStep.KUBERNETES_APPLY, one.describe() + " "
            + one.outcome().name().toLowerCase(java.util.Locale.ROOT));
      }
      ApplyReport report = ApplyReport.of(applied);
      result.kubernetes(report).putWrite(ProvisionStep.KUBERNETES_APPLY, report.writes());
      return report.summary();
    });
    step(ProvisionStep.DAEMON_SETS, () -> {
      List<KubernetesObject> ready = applier.awaitDaemonSets(plan.manifest(), rolloutTimeout,
          listener);
      ready.forEach(ds -> result.addReadyDaemonSet(ds.namespace().orElse("") + "/" + ds.name()));
      return ready.size() + " DaemonSets ready";
    });
    step(ProvisionStep.VERIFY, () -> {
      List<String> problems = applier.verify(plan.manifest());
      if (!problems.isEmpty()) {
        throw new ContrailClientException("the cluster differs from the plan: "
            + String.join("; ", problems));
      }
      return "cluster holds the planned objects";
    });
    return result.build();
  }

  /** Undoes what the run wrote, last step first; returns the writes that took. */
  public int rollback() {
    int writes = applier.rollback(ApplyReport.of(applied));
    logger.debug("rolled back {} Kubernetes objects with {} writes", applied.size(), writes);
    applied.clear();
    if (configRollback.isPresent() && configRollback.get().hasChanges()) {
      VrouterConfigRollback config = configRollback.get();
      LinkLocalServices.rollback(vnc.orElseThrow(), config);
      writes += (config.before().equals(config.written()) ? 0 : 1)
          + (config.fabricSnat().map(FabricSnatChange::written).orElse(false) ? 1 : 0);
    }
    configRollback = Optional.empty();
    return writes;
  }

  /** Link-local entries, port translation pools, flow aging and Fabric SNAT, in one apply. */
  private String applyLinkLocal(VncClient client, NestedPlan plan) {
    LinkLocalApplyResult result = LinkLocalServices.builder().vnc(client).plan(plan.connectivity())
        .serviceIpCheck(ServiceIpCheck.SKIP).build().apply();
    configRollback = Optional.of(result.rollback());
    boolean snat = result.rollback().fabricSnat().map(FabricSnatChange::written).orElse(false);
    this.result.putWrite(ProvisionStep.LINK_LOCAL, result.writes());
    this.result.putWrite(ProvisionStep.FABRIC_SNAT, snat ? 1 : 0);
    LinkLocalDiff diff = result.change().linkLocal();
    listener.progress(ProvisionStep.LINK_LOCAL, result.describe().strip());
    return diff.toAdd().size() + " added, " + diff.toUpdate().size() + " updated, "
        + diff.unchanged().size() + " unchanged (" + result.writes() + " writes)";
  }

  private String fabricSnatSummary(VrouterConfigRollback rollback) {
    return rollback.fabricSnat().map(snat -> snat.describe()
        + (snat.written() ? " (1 write)" : " (0 writes)")).orElse("not needed (link-local only)");
  }

  private void step(ProvisionStep step, Supplier<String> body) {
    listener.stepStarted(step);
    Instant start = clock.instant();
    String summary;
    try {
      summary = body.get();
    } catch (RuntimeException e) {
      listener.stepFailed(step, e);
      throw new ContrailClientException("provisioning failed at step " + step.title() + ": "
          + e.getMessage(), e);
    }
    Duration took = Duration.between(start, clock.instant());
    logger.debug("step {} done in {}: {}", step, took, summary);
    result.putStep(step, summary);
    listener.stepFinished(step, summary);
  }
}
