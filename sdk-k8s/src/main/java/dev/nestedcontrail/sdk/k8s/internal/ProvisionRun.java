package dev.nestedcontrail.sdk.k8s.internal;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.k8s.NestedPlan;
import dev.nestedcontrail.sdk.k8s.PreflightFinding;
import dev.nestedcontrail.sdk.k8s.ProvisionResult;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.provision.AppliedObject;
import dev.nestedcontrail.sdk.k8s.provision.ApplyReport;
import dev.nestedcontrail.sdk.k8s.provision.ManifestApplier;
import dev.nestedcontrail.sdk.k8s.provision.ProvisionListener;
import dev.nestedcontrail.sdk.k8s.provision.ProvisionStep;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
  private final List<AppliedObject> applied = new ArrayList<>();
  private final ProvisionResult.Builder result = ProvisionResult.builder();

  public ProvisionRun(ManifestApplier applier, Duration rolloutTimeout, Clock clock,
      ProvisionListener listener) {
    this.applier = applier;
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
    step(ProvisionStep.LINK_LOCAL, () -> plan.linkLocal().map(diff -> diff.hasChanges()
        ? "skipped: " + (diff.toAdd().size() + diff.toUpdate().size()) + " entries planned, but"
            + " the link-local apply (LinkLocalServices) is not wired into this build"
        : "already as planned").orElse(NO_CONFIG_API));
    step(ProvisionStep.FABRIC_SNAT, () -> plan.linkLocal().isEmpty() ? NO_CONFIG_API
        : plan.connectivity().fabricSnatNetwork().map(network -> "skipped: fabric_snat on "
            + network + " planned, but the Fabric SNAT apply is not wired into this build")
        .orElse("not needed (link-local only)"));
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
    return writes;
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
