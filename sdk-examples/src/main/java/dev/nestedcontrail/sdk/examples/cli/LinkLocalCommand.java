package dev.nestedcontrail.sdk.examples.cli;

import dev.nestedcontrail.sdk.core.ContrailException;
import dev.nestedcontrail.sdk.core.ContrailServiceException;
import dev.nestedcontrail.sdk.core.auth.KeystoneClient;
import dev.nestedcontrail.sdk.k8s.connectivity.ConnectivityPlan;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalApplyResult;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalPlanner;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalServices;
import dev.nestedcontrail.sdk.k8s.connectivity.ServiceIpCheck;
import dev.nestedcontrail.sdk.k8s.connectivity.UnderlayTopology;
import dev.nestedcontrail.sdk.k8s.connectivity.VrouterConfigRollback;
import dev.nestedcontrail.sdk.vnc.VncClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code linklocal diff|apply|rollback}: seed step 1 against a live config API. {@code diff} prints
 * what {@code apply} would change; {@code apply} writes the global-vrouter-config once (and enables
 * Fabric SNAT in Option 1) and saves what it replaced in a rollback file; {@code rollback} restores
 * it from that file (checked to belong to the same config API and node network), or without the
 * file removes the plan's entries that are still exactly as planned. Exit 0 on success, 1 with
 * the problem on stderr.
 */
@Command(name = "linklocal", mixinStandardHelpOptions = true,
    description = "Apply a link-local plan to the config API: diff, apply (one write) or roll back.")
public final class LinkLocalCommand {
  private static final String DEFAULT_STATE = "linklocal-rollback.json";

  @Spec CommandSpec spec;

  @Command(name = "diff", mixinStandardHelpOptions = true,
      description = "Print what apply would change (same as apply --dry-run). Writes nothing.")
  int diff(@Mixin VncConnectionOptions connection, @Mixin PlanOptions plan,
      @Mixin ServiceIpCheckOption check,
      @Option(names = "--dry-run", description = "Accepted for symmetry; diff never writes.") boolean dryRun) {
    return run(connection, (vnc, out) -> {
      out.print(plan.services(vnc, check.serviceIpCheck).dryRun().describe());
      return 0;
    });
  }

  @Command(name = "apply", mixinStandardHelpOptions = true,
      description = "Merge the plan into the global-vrouter-config in one write, enable Fabric SNAT "
          + "(Option 1), and save what was replaced in the rollback file.")
  int apply(@Mixin VncConnectionOptions connection, @Mixin PlanOptions plan,
      @Mixin ServiceIpCheckOption check,
      @Option(names = "--dry-run", description = "Print the diff and write nothing.") boolean dryRun,
      @Option(names = "--state", paramLabel = "FILE", defaultValue = DEFAULT_STATE,
          description = "Rollback file written after a change (default: ${DEFAULT-VALUE} in the "
              + "working directory); left as it is when nothing changed.") Path state) {
    return run(connection, (vnc, out) -> {
      LinkLocalServices services = plan.services(vnc, check.serviceIpCheck);
      LinkLocalApplyResult result = dryRun ? services.dryRun() : services.apply();
      out.print(result.describe());
      if (!dryRun && result.rollback().hasChanges()) {
        write(state, result.rollback().toJson());
        out.println("rollback saved to " + state);
      } else if (!dryRun) {
        out.println("nothing changed; " + state + " left as it is");
      }
      return 0;
    });
  }

  @Command(name = "rollback", mixinStandardHelpOptions = true,
      description = "With the rollback file: restore what apply replaced (link-local list, pools, "
          + "flow aging, Fabric SNAT) exactly as it was. Without it: remove the topology's "
          + "link-local entries that are exactly as planned, and leave everything else alone.")
  int rollback(@Mixin VncConnectionOptions connection, @Mixin PlanOptions plan,
      @Option(names = "--dry-run", description = "Print the change and write nothing.") boolean dryRun,
      @Option(names = "--state", paramLabel = "FILE", defaultValue = DEFAULT_STATE,
          description = "Rollback file written by apply (default: ${DEFAULT-VALUE}); when it does "
              + "not exist, the plan's entries are removed instead.") Path state) {
    return run(connection, (vnc, out) -> {
      LinkLocalServices services = plan.services(vnc, ServiceIpCheck.SKIP);
      if (Files.exists(state)) {
        VrouterConfigRollback rollback = VrouterConfigRollback.parse(read(state));
        services.checkRollback(rollback);
        if (dryRun) {
          out.print(LinkLocalServices.describeRollback(vnc, rollback));
          out.println("dry run: nothing written; would restore from " + state);
        } else {
          LinkLocalServices.rollback(vnc, rollback);
          out.println("restored the global-vrouter-config" + (rollback.fabricSnat().isPresent()
              ? " and fabric_snat of " + String.join(":", rollback.fabricSnat().get().network()) : "")
              + " from " + state);
        }
        return 0;
      }
      out.println("no rollback file " + state + ": removing the plan's entries that are exactly as planned");
      LinkLocalApplyResult result = dryRun ? services.undoDryRun() : services.undo();
      out.print(result.describe());
      out.println("left alone (previous values unknown without the rollback file): "
          + services.plan().fabricSnatNetwork().map(n -> "fabric_snat of " + n + ", port_translation_pools, ")
              .orElse("") + "flow_aging_timeout_list");
      return 0;
    });
  }

  /** The topology. */
  static final class PlanOptions {
    @Option(names = "--topology", required = true, paramLabel = "FILE",
        description = "The underlay topology, YAML or JSON.")
    @Nullable Path topology;

    LinkLocalServices services(VncClient vnc, ServiceIpCheck serviceIpCheck) {
      ConnectivityPlan plan = LinkLocalPlanner.plan(UnderlayTopology.load(Objects.requireNonNull(topology)));
      return LinkLocalServices.builder().vnc(vnc).plan(plan).serviceIpCheck(serviceIpCheck).build();
    }
  }

  /** The service IP check of diff and apply. */
  static final class ServiceIpCheckOption {
    @Option(names = "--service-ip-check", paramLabel = "MODE", defaultValue = "fail",
        description = "When a service IP belongs to an instance-ip or floating-ip: fail, warn or skip "
            + "(default: ${DEFAULT-VALUE}).")
    ServiceIpCheck serviceIpCheck = ServiceIpCheck.FAIL;
  }

  private int run(VncConnectionOptions connection, BiFunction<VncClient, PrintWriter, Integer> action) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<KeystoneClient> keystone = Optional.empty();
    try {
      keystone = connection.keystoneClient();
      try (VncClient vnc = connection.client(keystone)) {
        return action.apply(vnc, out);
      }
    } catch (ContrailServiceException e) {
      err.println("linklocal: status " + e.statusCode() + ": "
          + (e.body().isBlank() ? e.getMessage() : e.body().strip()));
      return 1;
    } catch (ContrailException | UncheckedIOException e) {
      err.println("linklocal: " + e.getMessage());
      return 1;
    } finally {
      keystone.ifPresent(KeystoneClient::close);
      out.flush();
      err.flush();
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the rollback file " + file, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the rollback file " + file, e);
    }
  }
}
