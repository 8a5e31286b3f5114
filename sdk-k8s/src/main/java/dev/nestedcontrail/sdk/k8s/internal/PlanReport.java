package dev.nestedcontrail.sdk.k8s.internal;

import dev.nestedcontrail.sdk.core.internal.JsonTrees;
import dev.nestedcontrail.sdk.k8s.NestedPlan;
import dev.nestedcontrail.sdk.k8s.PreflightFinding;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalDiff;
import dev.nestedcontrail.sdk.k8s.connectivity.PlanFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link NestedPlan#report()} and {@link NestedPlan#toJson()}. */
public final class PlanReport {
  private PlanReport() {}

  public static String text(NestedPlan plan) {
    StringBuilder out = new StringBuilder();
    out.append("Link-local services (").append(plan.connectivity().connectivity().fileName())
        .append("):\n").append(PlanFormat.TABLE.render(plan.connectivity()));
    out.append("Link-local changes: ").append(plan.linkLocal().map(PlanReport::diffLine)
        .orElse("not compared (no config API)")).append('\n');
    plan.configChanges().ifPresent(changes -> out.append(changes.describe()));
    out.append("Manifest (").append(plan.manifest().size()).append(" objects):\n");
    plan.manifest().forEach(o -> out.append("  ").append(o.describe()).append('\n'));
    out.append("Preflight:\n");
    if (plan.preflight().isEmpty()) {
      out.append("  not run\n");
    }
    plan.preflight().forEach(f -> out.append("  ").append(f).append('\n'));
    return out.toString();
  }

  public static String json(NestedPlan plan) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("connectivity", JsonTrees.parseObject(PlanFormat.JSON.render(plan.connectivity())));
    plan.linkLocal().ifPresent(diff -> root.put("linkLocalChanges", diff(diff)));
    plan.configChanges().ifPresent(changes -> {
      root.put("portTranslationPoolsToAdd", changes.change().poolsToAdd().size());
      root.put("flowAgingToAdd", changes.change().flowAgingToAdd().size());
      changes.rollback().fabricSnat().ifPresent(snat -> root.put("fabricSnat", snat.describe()));
    });
    List<Object> objects = new ArrayList<>();
    for (KubernetesObject object : plan.manifest()) {
      objects.add(object.describe());
    }
    root.put("manifest", objects);
    List<Object> findings = new ArrayList<>();
    for (PreflightFinding f : plan.preflight()) {
      findings.add(f.warning()
          ? Map.of("check", f.check(), "passed", f.passed(), "warning", true, "detail", f.detail())
          : Map.of("check", f.check(), "passed", f.passed(), "detail", f.detail()));
    }
    root.put("preflight", findings);
    return JsonTrees.write(root);
  }

  private static String diffLine(LinkLocalDiff diff) {
    return diff.toAdd().size() + " to add, " + diff.toUpdate().size() + " to update, "
        + diff.unchanged().size() + " unchanged, " + diff.untouched().size() + " other entries kept"
        + (diff.conflicts().isEmpty() ? "" : ", " + diff.conflicts().size() + " conflicts");
  }

  private static Map<String, Object> diff(LinkLocalDiff diff) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("add", diff.toAdd().stream().map(e -> e.name()).toList());
    out.put("update", diff.toUpdate().stream().map(u -> u.planned().name()).toList());
    out.put("unchanged", diff.unchanged().stream().map(e -> e.name()).toList());
    out.put("conflicts", diff.conflicts().size());
    return out;
  }
}
