package dev.nestedcontrail.sdk.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Renders {@link LatencySummary} rows as a fixed-width text table, times in milliseconds. */
public final class LatencyTable {
  private static final String ROW = "%-34s %5s %10s %10s %10s %10s  %s%n";

  private LatencyTable() {}

  public static String render(List<LatencySummary> rows) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, ROW, "case", "ops", "p50 ms", "p99 ms", "max ms",
        "goal ms", "result"));
    for (LatencySummary row : rows) {
      out.append(String.format(Locale.ROOT, ROW, row.name(), row.ops(), millis(row.p50()),
          millis(row.p99()), millis(row.max()), row.goal().map(LatencyTable::millis).orElse("-"),
          row.passed().map(p -> p ? "pass" : "FAIL").orElse("-")));
    }
    return out.toString();
  }

  /** {@code d} in milliseconds with two decimals. */
  public static String millis(Duration d) {
    return String.format(Locale.ROOT, "%.2f", d.toNanos() / 1e6);
  }

  /** {@code a / b} with one decimal, such as {@code 37.5x}. */
  public static String ratio(Duration a, Duration b) {
    return String.format(Locale.ROOT, "%.1fx", (double) a.toNanos() / Math.max(b.toNanos(), 1));
  }
}
