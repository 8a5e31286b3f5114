package dev.nestedcontrail.sdk.k8s.connectivity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Plans a 1,000-node Option 2 topology and prints how long it takes (a figure for the report, not
 * a timed assertion): 3 controllers hosting config, analytics, msgQueue and configDb, 1 Keystone
 * node and 996 vrouters.
 */
class PlanScaleTest {

  private static final int RUNS = 30;

  private static UnderlayTopology thousandNodes() {
    UnderlayTopology.Builder builder = UnderlayTopology.builder()
        .connectivity(Connectivity.LINK_LOCAL_ONLY)
        .serviceIpPool(Ipv4Cidr.of("10.64.0.0/16"))
        .addKeystone(Ipv4Address.of("192.168.0.200"));
    for (int i = 1; i <= 3; i++) {
      Ipv4Address controller = Ipv4Address.of("192.168.0." + i);
      builder.addConfig(controller).addAnalytics(controller).addMsgQueue(controller)
          .addConfigDb(controller);
    }
    Ipv4Address firstCompute = Ipv4Address.of("192.168.4.0");
    for (int i = 0; i < 996; i++) {
      builder.addVrouter(firstCompute.plus(i));
    }
    return builder.build();
  }

  @Test
  void plan_thousandNodeOption2_oneServiceIpPerNodeAndPrintsTheTime() {
    List<Long> buildNanos = new ArrayList<>();
    List<Long> planNanos = new ArrayList<>();
    List<Long> diffNanos = new ArrayList<>();
    ConnectivityPlan plan = null;
    for (int run = 0; run < RUNS; run++) {
      long t0 = System.nanoTime();
      UnderlayTopology topology = thousandNodes();
      long t1 = System.nanoTime();
      plan = LinkLocalPlanner.plan(topology);
      long t2 = System.nanoTime();
      LinkLocalDiff diff = LinkLocalDiff.between(plan.entries(), plan);
      long t3 = System.nanoTime();
      assertThat(diff.hasChanges()).isFalse();
      buildNanos.add(t1 - t0);
      planNanos.add(t2 - t1);
      diffNanos.add(t3 - t2);
    }

    assertThat(plan.entries()).hasSize(3 * 4 + 1 + 996);
    assertThat(plan.entries().stream().map(LinkLocalServiceEntry::serviceIp).distinct().count())
        .isEqualTo(1000);
    assertThat(plan.vrouterVip()).isEqualTo(Ipv4Address.of("10.64.0.5"));
    System.out.printf("1,000-node link-local-only topology, %d entries, %d runs:%n"
            + "  build+validate: first %.2f ms, median %.2f ms%n"
            + "  plan:           first %.2f ms, median %.2f ms%n"
            + "  diff (1,009 vs 1,009): first %.2f ms, median %.2f ms%n",
        plan.entries().size(), RUNS, ms(buildNanos.get(0)), median(buildNanos),
        ms(planNanos.get(0)), median(planNanos), ms(diffNanos.get(0)), median(diffNanos));
  }

  private static double median(List<Long> nanos) {
    List<Long> sorted = nanos.stream().sorted().collect(Collectors.toList());
    return ms(sorted.get(sorted.size() / 2));
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
