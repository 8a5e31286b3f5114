package dev.nestedcontrail.sdk.k8s;

import org.immutables.value.Value;

/** One preflight check and what it found; a failed check stops provisioning before any write. */
@Value.Immutable
public abstract class PreflightFinding {
  public static PreflightFinding passed(String check, String detail) {
    return ImmutablePreflightFinding.builder().check(check).passed(true).detail(detail).build();
  }

  public static PreflightFinding failed(String check, String detail) {
    return ImmutablePreflightFinding.builder().check(check).passed(false).detail(detail).build();
  }

  /** What was checked, such as {@code Kubernetes nodes present}. */
  public abstract String check();

  public abstract boolean passed();

  /** What was found, such as {@code 3 nodes, all Ready}. */
  public abstract String detail();

  @Override
  public String toString() {
    return (passed() ? "ok    " : "FAILED") + " " + check() + ": " + detail();
  }
}
