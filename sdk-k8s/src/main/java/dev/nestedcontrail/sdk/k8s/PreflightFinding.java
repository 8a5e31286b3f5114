package dev.nestedcontrail.sdk.k8s;

import org.immutables.value.Value;

/**
 * One preflight check and what it found; a failed check stops provisioning before any write, a
 * warning (which counts as passed) is only reported.
 */
@Value.Immutable
public abstract class PreflightFinding {
  public static PreflightFinding passed(String check, String detail) {
    return ImmutablePreflightFinding.builder().check(check).passed(true).detail(detail).build();
  }

  public static PreflightFinding failed(String check, String detail) {
    return ImmutablePreflightFinding.builder().check(check).passed(false).detail(detail).build();
  }

  /** A check that could not be made or found something doubtful; it does not stop provisioning. */
  public static PreflightFinding warning(String check, String detail) {
    return ImmutablePreflightFinding.builder().check(check).passed(true).warning(true)
        .detail(detail).build();
  }

  /** What was checked, such as {@code Kubernetes nodes present}. */
  public abstract String check();

  public abstract boolean passed();

  /** True for a warning: passed, but worth a look. */
  @Value.Default
  public boolean warning() {
    return false;
  }

  /** What was found, such as {@code 3 nodes, all Ready}. */
  public abstract String detail();

  @Override
  public String toString() {
    String mark = !passed() ? "FAILED" : warning() ? "warn  " : "ok    ";
    return mark + " " + check() + ": " + detail();
  }
}
