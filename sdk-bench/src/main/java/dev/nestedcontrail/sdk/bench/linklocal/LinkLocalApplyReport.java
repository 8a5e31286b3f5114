package dev.nestedcontrail.sdk.bench.linklocal;

import dev.nestedcontrail.sdk.bench.LatencySummary;
import dev.nestedcontrail.sdk.bench.LatencyTable;
import java.time.Duration;
import java.util.List;
import org.immutables.value.Value;

/** The figures of one {@code linklocal-apply} run. */
@Value.Immutable
public abstract class LinkLocalApplyReport {
  /** provision_linklocal.py sleeps this long in every run, and it runs once per entry. */
  static final long ANCHOR_SLEEP_SECONDS = 5;

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableLinkLocalApplyReport.Builder {}

  public abstract int nodes();

  public abstract int entries();

  public abstract List<LatencySummary> rows();

  /** REST writes (POST/PUT/DELETE) of each measured first apply; each must be 1. */
  public abstract List<Long> applyWrites();

  /** REST requests of one first apply, reads included. */
  public abstract long applyRequests();

  /** REST writes of each measured re-apply of the same plan; each must be 0. */
  public abstract List<Long> reapplyWrites();

  public final boolean allGoalsMet() {
    return applyWrites().stream().allMatch(w -> w == 1) && reapplyWrites().stream().allMatch(w -> w == 0)
        && rows().stream().allMatch(r -> r.passed().orElse(true));
  }

  /** {@code "1 in each of 46 calls"}, or the list when they differ. */
  private static String counts(List<Long> writes) {
    return writes.stream().distinct().count() == 1
        ? writes.get(0) + " in each of " + writes.size() + " calls"
        : writes.toString();
  }

  public final String render() {
    long anchorSeconds = entries() * ANCHOR_SLEEP_SECONDS;
    LatencySummary apply = rows().stream().filter(r -> r.name().startsWith("apply")).findFirst().orElseThrow();
    return "linklocal-apply: " + nodes() + "-node link-local-only topology, " + entries() + " entries\n"
        + LatencyTable.render(rows())
        + "REST writes per apply: " + counts(applyWrites()) + " (goal: 1 each); per re-apply: "
        + counts(reapplyWrites()) + " (goal: 0 each); warm-up calls included\n"
        + "REST requests per apply (reads, service-IP check and verification included): " + applyRequests() + "\n"
        + "anchor (provision_linklocal.py, one run per entry, each sleeping " + ANCHOR_SLEEP_SECONDS + " s): "
        + entries() + " runs, " + entries() + " whole-list rewrites, >= " + anchorSeconds + " s of sleep alone\n"
        + "anchor sleeps / apply p50: " + LatencyTable.ratio(Duration.ofSeconds(anchorSeconds), apply.p50()) + "\n"
        + (allGoalsMet() ? "all goals met" : "GOAL MISSED") + "\n";
  }
}
