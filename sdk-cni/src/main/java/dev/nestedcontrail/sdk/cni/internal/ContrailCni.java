package dev.nestedcontrail.sdk.cni.internal;

import dev.nestedcontrail.sdk.cni.CniErrorCode;
import dev.nestedcontrail.sdk.cni.CniException;
import dev.nestedcontrail.sdk.cni.CniRequest;
import dev.nestedcontrail.sdk.cni.CniResult;
import dev.nestedcontrail.sdk.cni.agent.AgentNotReadyException;
import dev.nestedcontrail.sdk.cni.agent.VrouterAgentClient;
import dev.nestedcontrail.sdk.cni.dataplane.DataPlane;
import dev.nestedcontrail.sdk.cni.dataplane.DataPlaneException;
import dev.nestedcontrail.sdk.cni.dataplane.MissingKernelCapabilityException;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.ContrailServiceException;
import dev.nestedcontrail.sdk.core.ValidationException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/** Runs one validated request against the agent and the data plane; maps failures to CNI codes. */
public final class ContrailCni {
  private static final String PROBE_UUID = "00000000-0000-0000-0000-000000000000";

  private final DataPlane dataPlane;
  private final Function<CniRequest, VrouterAgentClient> agents;
  private final AddCommand add;
  private final CleanupCommands cleanup;
  private final CheckCommand check;

  public ContrailCni(DataPlane dataPlane, Clock clock,
      Function<CniRequest, VrouterAgentClient> agents) {
    this.dataPlane = dataPlane;
    this.agents = agents;
    this.add = new AddCommand(dataPlane, clock);
    this.cleanup = new CleanupCommands(dataPlane);
    this.check = new CheckCommand(dataPlane);
  }

  /** Runs the request; returns the ADD result, empty for the other commands. */
  public Optional<CniResult> run(CniRequest request) {
    try (VrouterAgentClient agent = agents.apply(request)) {
      switch (request.command()) {
        case ADD:
          return Optional.of(add.run(request, agent));
        case DEL:
          cleanup.del(request, agent);
          return Optional.empty();
        case GC:
          cleanup.gc(request, agent);
          return Optional.empty();
        case CHECK:
          check.run(request);
          return Optional.empty();
        case STATUS:
          status(request, agent);
          return Optional.empty();
        default:
          throw new IllegalArgumentException(request.command() + " is handled by the plugin");
      }
    } catch (RuntimeException e) {
      throw toCni(e);
    }
  }

  private void status(CniRequest request, VrouterAgentClient agent) {
    if (!new PodFiles(Path.of(request.config().configDir())).usable()) {
      throw new CniException(CniErrorCode.PLUGIN_NOT_AVAILABLE, "config-dir "
          + request.config().configDir() + " is not writable", "ADD writes a file per pod there");
    }
    try {
      agent.vmConfig(PROBE_UUID);
    } catch (ContrailServiceException e) {
      return; // the agent answered (404 for the probe): it is up
    } catch (ContrailClientException e) {
      throw new CniException(CniErrorCode.PLUGIN_NOT_AVAILABLE, "the vrouter agent at "
          + agent.endpoint() + " is not reachable", e.getMessage(), e);
    }
  }

  /** One place that decides the CNI code of every failure. */
  public static CniException toCni(RuntimeException e) {
    if (e instanceof CniException) {
      return (CniException) e;
    }
    if (e instanceof ValidationException) {
      return new CniException(CniErrorCode.INVALID_NETWORK_CONFIG, e.getMessage(),
          String.join("; ", ((ValidationException) e).problems()), e);
    }
    if (e instanceof AgentNotReadyException) {
      return new CniException(CniErrorCode.TRY_AGAIN_LATER, "the vrouter agent does not have"
          + " the pod's config yet", e.getMessage(), e);
    }
    if (e instanceof MissingKernelCapabilityException) {
      MissingKernelCapabilityException m = (MissingKernelCapabilityException) e;
      return new CniException(CniErrorCode.DATA_PLANE_FAILURE, "the kernel lacks "
          + m.capability() + " support", m.getMessage() + " (command: " + m.command() + ")", e);
    }
    if (e instanceof DataPlaneException) {
      DataPlaneException d = (DataPlaneException) e;
      return new CniException(CniErrorCode.DATA_PLANE_FAILURE, "changing the network failed",
          d.getMessage() + " (command: " + d.command() + ")", e);
    }
    if (e instanceof ContrailServiceException) {
      return new CniException(CniErrorCode.AGENT_FAILURE, "the vrouter agent answered with an"
          + " error", e.getMessage(), e);
    }
    if (e instanceof ContrailClientException) {
      return new CniException(CniErrorCode.TRY_AGAIN_LATER, "the vrouter agent is not reachable",
          e.getMessage(), e);
    }
    return new CniException(CniErrorCode.INTERNAL_ERROR, "unexpected failure: " + e,
        String.valueOf(e.getMessage()), e);
  }
}
