package dev.nestedcontrail.sdk.k8s.kubemanager;

import java.util.Optional;
import org.immutables.value.Value;

/** Whether a {@link KubeManager} is working, and the last error it met. */
@Value.Immutable
public abstract class KubeManagerHealth {
  public static Builder builder() {
    return new Builder();
  }

  public abstract KubeManagerState state();

  /** The message of the last failed event or resync, if any. */
  public abstract Optional<String> lastError();

  /** True when the component is running and (if elected) leading. */
  public boolean healthy() {
    return state() == KubeManagerState.RUNNING || state() == KubeManagerState.STANDBY;
  }

  public static final class Builder extends ImmutableKubeManagerHealth.Builder {}
}
