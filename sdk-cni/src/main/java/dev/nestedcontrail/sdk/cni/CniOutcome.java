package dev.nestedcontrail.sdk.cni;

import org.immutables.value.Value;

/** What a plugin run ends with: the process exit code and the text for stdout. */
@Value.Immutable
public abstract class CniOutcome {
  public static CniOutcome of(int exitCode, String stdout) {
    return new Builder().exitCode(exitCode).stdout(stdout).build();
  }

  /** 0 on success, 1 on error (as Contrail's and the reference plugins exit). */
  public abstract int exitCode();

  /** The result, version or error JSON; empty for a successful DEL, CHECK, STATUS or GC. */
  public abstract String stdout();

  public boolean succeeded() {
    return exitCode() == 0;
  }

  public static final class Builder extends ImmutableCniOutcome.Builder {}
}
