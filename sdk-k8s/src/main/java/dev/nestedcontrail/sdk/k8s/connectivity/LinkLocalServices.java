package dev.nestedcontrail.sdk.k8s.connectivity;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.connectivity.internal.ServiceIpUsage;
import dev.nestedcontrail.sdk.k8s.connectivity.internal.VrouterConfigMerge;
import dev.nestedcontrail.sdk.vnc.ReadOptions;
import dev.nestedcontrail.sdk.vnc.ResourceOperations;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.model.GlobalVrouterConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a {@link ConnectivityPlan} to a live config API: to the {@code global-vrouter-config} in
 * one write, the link-local entries, the flow aging entries and (Option 1) the port translation
 * pools computed by {@link ConnectivityChange}, only the properties that change; then, in Option
 * 1, {@link FabricSnat} on the node network.
 *
 * <p>The config API has no optimistic locking, so each round reads the config, merges, reads it
 * again just before the PUT and starts over when another writer changed it in between; after the
 * PUT it reads the config again and starts over when it is not what was written. Rounds are
 * bounded ({@link Builder#maxAttempts}). A second apply of the same plan writes nothing. Uses the
 * caller's {@link VncClient} and never closes it; one instance serves one plan, and
 * {@link #rollback()} undoes its last apply.
 */
public final class LinkLocalServices {
  private static final Logger logger = LoggerFactory.getLogger(LinkLocalServices.class);

  /** {@code default-global-system-config:default-global-vrouter-config}. */
  public static final List<String> GLOBAL_VROUTER_CONFIG =
      List.of("default-global-system-config", "default-global-vrouter-config");

  private static final ReadOptions FIELDS = ReadOptions.builder()
      .addFields("linklocal_services", "port_translation_pools", "flow_aging_timeout_list")
      .excludeBackRefs(true).excludeChildren(true).build();

  private final VncClient vnc;
  private final ResourceOperations<GlobalVrouterConfig> configs;
  private final ConnectivityPlan plan;
  private final ServiceIpCheck serviceIpCheck;
  private final int maxAttempts;
  private final AtomicReference<@Nullable VrouterConfigRollback> last = new AtomicReference<>();

  private LinkLocalServices(Builder b) {
    this.vnc = Objects.requireNonNull(b.vnc, "vnc");
    this.plan = Objects.requireNonNull(b.plan, "plan");
    this.configs = vnc.globalVrouterConfigs();
    this.serviceIpCheck = b.serviceIpCheck;
    this.maxAttempts = b.maxAttempts;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** With the defaults: fail on used service IPs, at most 5 rounds. */
  public static LinkLocalServices of(VncClient vnc, ConnectivityPlan plan) {
    return builder().vnc(vnc).plan(plan).build();
  }

  /** The plan this instance applies. */
  public ConnectivityPlan plan() {
    return plan;
  }

  /** Reads the config and returns what {@link #apply()} would change; writes nothing. */
  public ConnectivityChange diff() {
    return ConnectivityChange.compute(read(), plan);
  }

  /**
   * Checks the service IPs, then merges and writes as described above.
   *
   * @throws ValidationException when a service IP is in use and the check is {@link ServiceIpCheck#FAIL}
   * @throws ContrailClientException when other writers kept changing the config for every round
   */
  public LinkLocalApplyResult apply() {
    return run(false);
  }

  /** Like {@link #apply()} without writing: the change, the checks and their warnings. */
  public LinkLocalApplyResult dryRun() {
    return run(true);
  }

  /**
   * Undoes the plan without a rollback record: removes the plan's link-local entries stored exactly
   * as planned, in one write merged, verified and retried like {@link #apply()}. Entries changed
   * since, other entries, pools, flow aging and {@code fabric_snat} stay as they are (their
   * previous values are unknown). A second undo writes nothing.
   */
  public LinkLocalApplyResult undo() {
    return writeVrouterConfig(false, List.of(), current -> ConnectivityChange.removal(current, plan));
  }

  /** Like {@link #undo()} without writing. */
  public LinkLocalApplyResult undoDryRun() {
    return writeVrouterConfig(true, List.of(), current -> ConnectivityChange.removal(current, plan));
  }

  /**
   * Checks that {@code rollback} belongs to this config API (its global-vrouter-config uuid) and,
   * when it records a Fabric SNAT step, to this plan's node network.
   *
   * @throws ValidationException naming each mismatch
   */
  public void checkRollback(VrouterConfigRollback rollback) {
    List<String> problems = new ArrayList<>();
    Optional<String> uuid = read().uuid();
    if (!rollback.before().uuid().equals(uuid)) {
      problems.add("global-vrouter-config uuid: " + rollback.before().uuid().orElse("none")
          + " is not this config API's " + uuid.orElse("none"));
    }
    rollback.fabricSnat().map(snat -> String.join(":", snat.network()))
        .filter(network -> !plan.fabricSnatNetwork().equals(Optional.of(network)))
        .ifPresent(network -> problems.add("fabricSnat network: " + network + " is not the plan's "
            + plan.fabricSnatNetwork().orElse("(none, link-local only)")));
    ValidationException.throwIfAny("rollback record", problems);
  }

  /** Undoes this instance's last {@link #apply()}; nothing when there was none. */
  public void rollback() {
    VrouterConfigRollback previous = last.getAndSet(null);
    if (previous != null) {
      rollback(vnc, previous);
    }
  }

  /**
   * Restores what {@code rollback} records an apply replaced, exactly as it was: the link-local
   * list, pools and flow aging entries (only those the apply changed) and the node network's
   * {@code fabric_snat}. Works from another process with a {@link VrouterConfigRollback#parse}d file.
   * Exact means exact: entries another writer added to the list after the apply are gone too.
   */
  public static void rollback(VncClient vnc, VrouterConfigRollback rollback) {
    ResourceOperations<GlobalVrouterConfig> configs = vnc.globalVrouterConfigs();
    GlobalVrouterConfig current = configs.read(rollback.before().uuid().orElseThrow(), FIELDS);
    logger.debug("rolling back global-vrouter-config {}", current.uuid());
    configs.update(current, restored(current, rollback));
    rollback.fabricSnat().filter(FabricSnatChange::written)
        .ifPresent(snat -> FabricSnat.of(vnc, String.join(":", snat.network())).rollback(snat));
  }

  /**
   * What {@link #rollback(VncClient, VrouterConfigRollback)} would change, one line per property
   * it would write; writes nothing.
   */
  public static String describeRollback(VncClient vnc, VrouterConfigRollback rollback) {
    GlobalVrouterConfig current =
        vnc.globalVrouterConfigs().read(rollback.before().uuid().orElseThrow(), FIELDS);
    GlobalVrouterConfig restored = restored(current, rollback);
    StringBuilder out = new StringBuilder();
    if (!current.linklocalServices().equals(restored.linklocalServices())) {
      out.append("linklocal_services: ").append(VrouterConfigMerge.storedEntries(current).size())
          .append(" entries -> ").append(VrouterConfigMerge.storedEntries(restored).size()).append('\n');
    }
    if (!current.portTranslationPools().equals(restored.portTranslationPools())) {
      out.append("port_translation_pools: ").append(VrouterConfigMerge.storedPools(current).size())
          .append(" pools -> ").append(VrouterConfigMerge.storedPools(restored).size()).append('\n');
    }
    if (!current.flowAgingTimeoutList().equals(restored.flowAgingTimeoutList())) {
      out.append("flow_aging_timeout_list: ").append(VrouterConfigMerge.storedFlowAging(current).size())
          .append(" entries -> ").append(VrouterConfigMerge.storedFlowAging(restored).size()).append('\n');
    }
    rollback.fabricSnat().filter(FabricSnatChange::written)
        .flatMap(snat -> FabricSnat.of(vnc, String.join(":", snat.network())).describeRollback(snat))
        .ifPresent(line -> out.append(line).append('\n'));
    return out.length() == 0 ? "global-vrouter-config: no changes\n" : out.toString();
  }

  /** {@code current} with the properties the apply changed as they were before it. */
  private static GlobalVrouterConfig restored(GlobalVrouterConfig current, VrouterConfigRollback rollback) {
    GlobalVrouterConfig before = rollback.before();
    GlobalVrouterConfig written = rollback.written();
    GlobalVrouterConfig.Builder restored = GlobalVrouterConfig.builder();
    restored.from(current);
    if (!before.linklocalServices().equals(written.linklocalServices())) {
      restored.linklocalServices(before.linklocalServices());
    }
    if (!before.portTranslationPools().equals(written.portTranslationPools())) {
      restored.portTranslationPools(before.portTranslationPools());
    }
    if (!before.flowAgingTimeoutList().equals(written.flowAgingTimeoutList())) {
      restored.flowAgingTimeoutList(before.flowAgingTimeoutList());
    }
    return restored.build();
  }

  private LinkLocalApplyResult run(boolean dryRun) {
    List<String> warnings = checkServiceIps();
    LinkLocalApplyResult result =
        writeVrouterConfig(dryRun, warnings, current -> ConnectivityChange.compute(current, plan));
    Optional<FabricSnatChange> snat =
        FabricSnat.forPlan(vnc, plan).map(step -> dryRun ? step.diff() : step.apply());
    VrouterConfigRollback rollback =
        VrouterConfigRollback.builder().from(result.rollback()).fabricSnat(snat).build();
    if (rollback.hasChanges() && !dryRun) {
      last.set(rollback);
    }
    return LinkLocalApplyResult.builder().from(result).rollback(rollback).build();
  }

  private LinkLocalApplyResult writeVrouterConfig(boolean dryRun, List<String> warnings,
      Function<GlobalVrouterConfig, ConnectivityChange> compute) {
    int writes = 0;
    @Nullable GlobalVrouterConfig before = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      GlobalVrouterConfig current = read();
      ConnectivityChange change = compute.apply(current);
      if (before == null) {
        before = current;
      }
      if (dryRun || !change.hasChanges()) {
        return result(change, writes, attempt, dryRun, warnings, before, current);
      }
      if (!sameProperties(read(), current)) {
        logger.debug("global-vrouter-config changed since it was read, merging again");
        continue;
      }
      if (writes == 0) {
        before = current;
      }
      configs.update(current, change.after());
      writes++;
      GlobalVrouterConfig verify = read();
      if (sameProperties(verify, change.after())) {
        return result(change, writes, attempt, false, warnings, before, verify);
      }
      logger.debug("global-vrouter-config changed after the write, merging again");
    }
    throw new ContrailClientException("global-vrouter-config kept changing: " + maxAttempts
        + " rounds of read, merge and write did not settle (other writers are editing it)");
  }

  private LinkLocalApplyResult result(ConnectivityChange change, int writes, int attempts,
      boolean dryRun, List<String> warnings, GlobalVrouterConfig before, GlobalVrouterConfig now) {
    VrouterConfigRollback rollback = VrouterConfigRollback.builder()
        .before(properties(before)).written(properties(writes == 0 ? before : now)).build();
    return LinkLocalApplyResult.builder().change(change).writes(writes).attempts(attempts)
        .dryRun(dryRun).warnings(warnings).rollback(rollback).build();
  }

  private List<String> checkServiceIps() {
    if (serviceIpCheck == ServiceIpCheck.SKIP) {
      return List.of();
    }
    List<String> used = ServiceIpUsage.find(vnc, plan);
    if (serviceIpCheck == ServiceIpCheck.FAIL) {
      ValidationException.throwIfAny("link-local service IPs", used);
    }
    used.forEach(problem -> logger.debug("service IP in use: {}", problem));
    return used;
  }

  private GlobalVrouterConfig read() {
    return configs.readByFqName(GLOBAL_VROUTER_CONFIG, FIELDS);
  }

  private static boolean sameProperties(GlobalVrouterConfig a, GlobalVrouterConfig b) {
    return properties(a).equals(properties(b));
  }

  /** Identity and the three properties an apply may change. */
  private static GlobalVrouterConfig properties(GlobalVrouterConfig config) {
    return GlobalVrouterConfig.builder().uuid(config.uuid()).fqName(config.fqName())
        .linklocalServices(config.linklocalServices())
        .portTranslationPools(config.portTranslationPools())
        .flowAgingTimeoutList(config.flowAgingTimeoutList()).build();
  }

  /** Options of a {@link LinkLocalServices}; {@link #vnc} and {@link #plan} are required. */
  public static final class Builder {
    private @Nullable VncClient vnc;
    private @Nullable ConnectivityPlan plan;
    private ServiceIpCheck serviceIpCheck = ServiceIpCheck.FAIL;
    private int maxAttempts = 5;

    private Builder() {}

    /** The config API client; never closed by this class. */
    public Builder vnc(VncClient vnc) {
      this.vnc = vnc;
      return this;
    }

    public Builder plan(ConnectivityPlan plan) {
      this.plan = plan;
      return this;
    }

    /** What to do when a service IP is in use by an instance-ip or floating-ip; FAIL by default. */
    public Builder serviceIpCheck(ServiceIpCheck serviceIpCheck) {
      this.serviceIpCheck = serviceIpCheck;
      return this;
    }

    /** Rounds of read, merge and write before giving up; 5 by default. */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw ValidationException.of("link-local services", "maxAttempts: " + maxAttempts + " must be at least 1");
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** @throws ValidationException naming each required option not set */
    public LinkLocalServices build() {
      List<String> problems = new ArrayList<>();
      if (vnc == null) {
        problems.add("vnc: not set; give the config API client");
      }
      if (plan == null) {
        problems.add("plan: not set; give the connectivity plan");
      }
      ValidationException.throwIfAny("link-local services", problems);
      return new LinkLocalServices(this);
    }
  }
}
