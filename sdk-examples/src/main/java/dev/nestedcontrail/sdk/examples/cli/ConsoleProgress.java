package dev.nestedcontrail.sdk.examples.cli;

import dev.nestedcontrail.sdk.k8s.provision.ProvisionListener;
import dev.nestedcontrail.sdk.k8s.provision.ProvisionStep;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Prints one line per finished (or failed) provisioning step, with its duration. */
final class ConsoleProgress implements ProvisionListener {
  private final PrintWriter out;
  private final Clock clock;
  private Instant started;

  ConsoleProgress(PrintWriter out, Clock clock) {
    this.out = out;
    this.clock = clock;
    this.started = clock.instant();
  }

  @Override
  public void stepStarted(ProvisionStep step) {
    started = clock.instant();
  }

  @Override
  public void stepFinished(ProvisionStep step, String summary) {
    line(step, "done", summary);
  }

  @Override
  public void stepFailed(ProvisionStep step, RuntimeException cause) {
    line(step, "FAILED", String.valueOf(cause.getMessage()));
  }

  private void line(ProvisionStep step, String state, String detail) {
    long millis = Duration.between(started, clock.instant()).toMillis();
    out.printf("[%d/%d] %-20s %-6s %5d ms  %s%n", step.ordinal() + 1,
        ProvisionStep.values().length, step.title(), state, millis, detail);
    out.flush();
  }
}
