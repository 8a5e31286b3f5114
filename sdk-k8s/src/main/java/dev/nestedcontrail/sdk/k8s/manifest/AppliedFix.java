package dev.nestedcontrail.sdk.k8s.manifest;

import org.immutables.value.Value;

/** One {@link UpstreamFix} that changes the rendering of a given spec, with what it changes. */
@Value.Immutable
public abstract class AppliedFix {

  @Value.Parameter
  public abstract UpstreamFix fix();

  /** What the fix changes for this spec, e.g. the ConfigMap keys concerned. */
  @Value.Parameter
  public abstract String detail();

  public static AppliedFix of(UpstreamFix fix, String detail) {
    return ImmutableAppliedFix.of(fix, detail);
  }

  @Override
  public String toString() {
    return fix().name() + ": " + detail();
  }
}
