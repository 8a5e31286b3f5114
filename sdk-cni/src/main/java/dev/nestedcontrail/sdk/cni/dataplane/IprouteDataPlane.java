package dev.nestedcontrail.sdk.cni.dataplane;

import dev.nestedcontrail.sdk.cni.internal.CommandResult;
import dev.nestedcontrail.sdk.cni.internal.CommandRunner;
import dev.nestedcontrail.sdk.cni.internal.IprouteJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real data plane: iproute2's {@code ip} command, and {@code nsenter --net=PATH} for changes
 * inside a network namespace (so any namespace path works, not only names under
 * {@code /var/run/netns}). Every command has a timeout; a failure names the command and its
 * error output. A multi-step change that fails half way removes what it created.
 */
public final class IprouteDataPlane implements DataPlane {
  private static final Logger logger = LoggerFactory.getLogger(IprouteDataPlane.class);
  private static final String NO_VLAN = "802.1Q VLAN (kernel CONFIG_VLAN_8021Q)";

  private final String ip;
  private final String nsenter;
  private final CommandRunner runner;

  private IprouteDataPlane(Builder b) {
    this.ip = b.ip;
    this.nsenter = b.nsenter;
    this.runner = new CommandRunner(b.timeout);
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean namespaceExists(String netns) {
    return Files.exists(Path.of(netns));
  }

  @Override
  public boolean linkExists(String name) {
    CommandResult r = run(host("-j", "link", "show", "dev", name));
    if (r.succeeded()) {
      return true;
    }
    if (isMissingDevice(r)) {
      return false;
    }
    throw r.failure();
  }

  @Override
  public List<String> linksWithAlias(String alias) {
    return IprouteJson.linksWithAlias(run(host("-j", "link", "show")).orThrow().stdout(), alias);
  }

  @Override
  public void createVlan(VlanLink link) {
    CommandResult add = run(host("link", "add", "link", link.parent(), "name", link.name(), "mtu",
        Integer.toString(link.mtu()), "type", "vlan", "id", Integer.toString(link.vlanId())));
    if (!add.succeeded()) {
      if (add.stderr().contains("Unknown device type") || add.stderr().contains("not supported")) {
        throw new MissingKernelCapabilityException(NO_VLAN, "this kernel has no " + NO_VLAN
            + " support, so VLAN link " + link.name() + " (id " + link.vlanId() + ") cannot be"
            + " created on " + link.parent() + ": " + add.stderr().strip(), add.command(),
            add.stderr().strip());
      }
      throw add.failure();
    }
    undoOnFailure(() -> run(host("link", "set", "dev", link.name(), "alias", link.alias(), "up"))
        .orThrow(), link.name());
  }

  @Override
  public void createMacvlan(String parent, String tempName, String netns, String ifName) {
    run(host("link", "add", "link", parent, "name", tempName, "netns", netns, "type", "macvlan",
        "mode", "vepa")).orThrow();
    renameInside(netns, tempName, ifName);
  }

  @Override
  public void createVethPair(
      String hostName, String tempPeerName, String netns, String ifName, int mtu) {
    String m = Integer.toString(mtu);
    run(host("link", "add", hostName, "mtu", m, "type", "veth", "peer", "name", tempPeerName,
        "mtu", m, "netns", netns)).orThrow();
    undoOnFailure(() -> {
      renameInside(netns, tempPeerName, ifName);
      run(host("link", "set", "dev", hostName, "up")).orThrow();
    }, hostName);
  }

  private void renameInside(String netns, String tempName, String ifName) {
    CommandResult rename = run(inside(netns, "link", "set", "dev", tempName, "name", ifName));
    if (!rename.succeeded()) {
      run(inside(netns, "link", "del", "dev", tempName));
      throw rename.failure();
    }
  }

  @Override
  public boolean deleteLink(String name) {
    CommandResult r = run(host("link", "del", "dev", name));
    if (r.succeeded()) {
      return true;
    }
    if (isMissingDevice(r)) {
      return false;
    }
    throw r.failure();
  }

  @Override
  public void configure(String netns, String ifName, InterfaceAddressing addressing) {
    addressing.macAddress().ifPresent(mac ->
        run(inside(netns, "link", "set", "dev", ifName, "address", mac)).orThrow());
    run(inside(netns, "addr", "add", addressing.address(), "dev", ifName)).orThrow();
    run(inside(netns, "link", "set", "dev", ifName, "up")).orThrow();
    addressing.gateway().ifPresent(gw ->
        run(inside(netns, "route", "add", "default", "via", gw, "dev", ifName)).orThrow());
  }

  @Override
  public Optional<InterfaceState> inspect(String netns, String ifName) {
    if (!namespaceExists(netns)) {
      return Optional.empty();
    }
    CommandResult addr = run(inside(netns, "-j", "addr", "show", "dev", ifName));
    if (!addr.succeeded()) {
      if (isMissingDevice(addr)) {
        return Optional.empty();
      }
      throw addr.failure();
    }
    String routes = run(inside(netns, "-j", "-4", "route", "show", "default")).orThrow().stdout();
    return IprouteJson.interfaceState(addr.stdout(), routes, ifName);
  }

  private void undoOnFailure(Runnable step, String createdLink) {
    try {
      step.run();
    } catch (RuntimeException e) {
      CommandResult undo = run(host("link", "del", "dev", createdLink));
      logger.debug("removed {} after a failed step (exit {})", createdLink, undo.exitCode());
      throw e;
    }
  }

  private static boolean isMissingDevice(CommandResult r) {
    return r.stderr().contains("does not exist") || r.stderr().contains("Cannot find device");
  }

  private List<String> host(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(ip);
    cmd.addAll(List.of(args));
    return cmd;
  }

  private List<String> inside(String netns, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(nsenter);
    cmd.add("--net=" + netns);
    cmd.add(ip);
    cmd.addAll(List.of(args));
    return cmd;
  }

  private CommandResult run(List<String> command) {
    return runner.run(command);
  }

  /** Configures an {@link IprouteDataPlane}. */
  public static final class Builder {
    private String ip = "ip";
    private String nsenter = "nsenter";
    private Duration timeout = Duration.ofSeconds(5);

    private Builder() {}

    /** The {@code ip} executable; default {@code ip} from the PATH. */
    public Builder ipCommand(String ip) {
      this.ip = Objects.requireNonNull(ip, "ip");
      return this;
    }

    /** The {@code nsenter} executable (util-linux); default {@code nsenter} from the PATH. */
    public Builder nsenterCommand(String nsenter) {
      this.nsenter = Objects.requireNonNull(nsenter, "nsenter");
      return this;
    }

    /** Timeout of each command; default 5 s. */
    public Builder commandTimeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    public IprouteDataPlane build() {
      return new IprouteDataPlane(this);
    }
  }
}
