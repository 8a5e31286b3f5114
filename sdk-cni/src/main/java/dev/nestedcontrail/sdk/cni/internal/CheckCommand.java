package dev.nestedcontrail.sdk.cni.internal;

import dev.nestedcontrail.sdk.cni.CniErrorCode;
import dev.nestedcontrail.sdk.cni.CniException;
import dev.nestedcontrail.sdk.cni.CniInterface;
import dev.nestedcontrail.sdk.cni.CniIpConfig;
import dev.nestedcontrail.sdk.cni.CniRequest;
import dev.nestedcontrail.sdk.cni.CniResult;
import dev.nestedcontrail.sdk.cni.CniRoute;
import dev.nestedcontrail.sdk.cni.dataplane.DataPlane;
import dev.nestedcontrail.sdk.cni.dataplane.InterfaceState;
import java.util.ArrayList;
import java.util.List;

/**
 * CHECK: the interface named {@code CNI_IFNAME} exists in the namespace, is up, and has the MAC,
 * addresses and default route of {@code prevResult}.
 */
final class CheckCommand {
  private final DataPlane dataPlane;

  CheckCommand(DataPlane dataPlane) {
    this.dataPlane = dataPlane;
  }

  void run(CniRequest request) {
    CniResult prev = request.prevResult().orElseThrow(() -> new CniException(
        CniErrorCode.INVALID_NETWORK_CONFIG, "CHECK needs prevResult",
        "the runtime must pass the result of ADD as prevResult in the network config"));
    if (!dataPlane.namespaceExists(request.netns())) {
      throw new CniException(CniErrorCode.UNKNOWN_CONTAINER, "network namespace "
          + request.netns() + " does not exist", "the container is gone");
    }
    InterfaceState state = dataPlane.inspect(request.netns(), request.ifName())
        .orElseThrow(() -> new CniException(CniErrorCode.CHECK_MISMATCH, "interface "
            + request.ifName() + " not found", "no " + request.ifName() + " in " + request.netns()));
    List<String> mismatches = new ArrayList<>();
    if (!state.up()) {
      mismatches.add(request.ifName() + " is down");
    }
    for (CniInterface itf : prev.interfaces()) {
      if (itf.name().equals(request.ifName()) && itf.mac().isPresent()
          && !itf.mac().get().equalsIgnoreCase(state.macAddress())) {
        mismatches.add("mac is " + state.macAddress() + ", expected " + itf.mac().get());
      }
    }
    for (CniIpConfig ip : prev.ips()) {
      if (!state.cidrs().contains(ip.address())) {
        mismatches.add("address " + ip.address() + " missing (has " + state.cidrs() + ")");
      }
    }
    for (CniRoute route : prev.routes()) {
      if (route.dst().equals("0.0.0.0/0") && route.gw().isPresent()
          && !state.defaultGateway().equals(route.gw())) {
        mismatches.add("default route via " + route.gw().get() + " missing (has "
            + state.defaultGateway().orElse("none") + ")");
      }
    }
    if (!mismatches.isEmpty()) {
      throw new CniException(CniErrorCode.CHECK_MISMATCH, request.ifName()
          + " does not match prevResult", String.join("; ", mismatches));
    }
  }
}
