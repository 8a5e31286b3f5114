package dev.nestedcontrail.sdk.bench;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/** How long one benchmark case may run: warm-up calls, measured calls and a time cap. */
@Value.Immutable
public abstract class BenchLimits {
  public static Builder builder() {
    return new Builder();
  }

  public static BenchLimits of(int warmup, int iterations, Duration timeCap) {
    return builder().warmup(warmup).iterations(iterations).timeCap(timeCap).build();
  }

  /** Calls made before measuring; they are not recorded. */
  public abstract int warmup();

  /** Calls measured at most. */
  public abstract int iterations();

  /** The case stops (warm-up included) once this much time has passed, even if calls are left. */
  public abstract Duration timeCap();

  @Value.Check
  protected void check() {
    List<String> problems = new ArrayList<>();
    if (warmup() < 0) {
      problems.add("warmup: " + warmup() + " must not be negative");
    }
    if (iterations() < 1) {
      problems.add("iterations: " + iterations() + " must be at least 1");
    }
    if (timeCap().isNegative() || timeCap().isZero()) {
      problems.add("timeCap: " + timeCap() + " must be positive");
    }
    ValidationException.throwIfAny("bench limits", problems);
  }

  public static final class Builder extends ImmutableBenchLimits.Builder {}
}
