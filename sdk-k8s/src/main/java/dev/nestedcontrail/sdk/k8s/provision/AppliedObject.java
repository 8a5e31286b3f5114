package dev.nestedcontrail.sdk.k8s.provision;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import java.util.Optional;
import org.immutables.value.Value;

/** One object of an apply: the server's state before (when it existed) and after the apply. */
@Value.Immutable
public abstract class AppliedObject {
  public static AppliedObject of(ApplyOutcome outcome, Optional<KubernetesObject> before,
      KubernetesObject after) {
    return ImmutableAppliedObject.builder().outcome(outcome).before(before).after(after).build();
  }

  public abstract ApplyOutcome outcome();

  /** The object as it was read before the apply; empty when this run created it. */
  public abstract Optional<KubernetesObject> before();

  /** The object as the server answered the apply. */
  public abstract KubernetesObject after();

  /** A short identity such as {@code DaemonSet kube-system/contrail-kube-manager}. */
  public String describe() {
    return after().describe();
  }

  @Value.Check
  void check() {
    if (before().isPresent() == (outcome() == ApplyOutcome.CREATED)) {
      throw new IllegalStateException(describe() + ": before must be present exactly when the "
          + "outcome is not CREATED, outcome " + outcome());
    }
  }
}
