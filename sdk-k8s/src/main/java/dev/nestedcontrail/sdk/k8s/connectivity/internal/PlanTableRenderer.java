package dev.nestedcontrail.sdk.k8s.connectivity.internal;

import dev.nestedcontrail.sdk.k8s.connectivity.ConnectivityPlan;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalServiceEntry;
import java.util.ArrayList;
import java.util.List;

/** The seed's link-local table as Markdown, columns padded so it also reads as plain text. */
public final class PlanTableRenderer {

  private static final List<String> HEADER =
      List.of("LL Service Name", "Service IP", "Service Port", "Fabric IP", "Fabric Port");

  private PlanTableRenderer() {}

  public static String render(ConnectivityPlan plan) {
    List<List<String>> rows = new ArrayList<>();
    for (LinkLocalServiceEntry entry : plan.entries()) {
      rows.add(List.of(entry.name(), entry.serviceIp().toString(),
          String.valueOf(entry.servicePort()), entry.fabricIp().orElseThrow().toString(),
          String.valueOf(entry.fabricPort())));
    }
    int[] widths = new int[HEADER.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = HEADER.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    appendRow(out, HEADER, widths);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    appendRow(out, rule, widths);
    rows.forEach(row -> appendRow(out, row, widths));
    plan.fabricSnatNetwork().ifPresent(network ->
        out.append("\nFabric SNAT: enable on virtual network ").append(network).append('\n'));
    return out.toString();
  }

  private static void appendRow(StringBuilder out, List<String> cells, int[] widths) {
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      out.append("| ").append(cell).append(" ".repeat(widths[c] - cell.length())).append(' ');
    }
    out.append("|\n");
  }
}
