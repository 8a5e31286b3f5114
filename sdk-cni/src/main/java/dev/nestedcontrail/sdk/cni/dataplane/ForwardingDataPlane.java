package dev.nestedcontrail.sdk.cni.dataplane;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A {@link DataPlane} that passes every call on; extend it to decorate single operations. */
public abstract class ForwardingDataPlane implements DataPlane {
  private final DataPlane delegate;

  protected ForwardingDataPlane(DataPlane delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  protected DataPlane delegate() {
    return delegate;
  }

  @Override
  public boolean namespaceExists(String netns) {
    return delegate.namespaceExists(netns);
  }

  @Override
  public boolean linkExists(String name) {
    return delegate.linkExists(name);
  }

  @Override
  public List<String> linksWithAlias(String alias) {
    return delegate.linksWithAlias(alias);
  }

  @Override
  public void createVlan(VlanLink link) {
    delegate.createVlan(link);
  }

  @Override
  public void createMacvlan(String parent, String tempName, String netns, String ifName) {
    delegate.createMacvlan(parent, tempName, netns, ifName);
  }

  @Override
  public void createVethPair(
      String hostName, String tempPeerName, String netns, String ifName, int mtu) {
    delegate.createVethPair(hostName, tempPeerName, netns, ifName, mtu);
  }

  @Override
  public boolean deleteLink(String name) {
    return delegate.deleteLink(name);
  }

  @Override
  public void configure(String netns, String ifName, InterfaceAddressing addressing) {
    delegate.configure(netns, ifName, addressing);
  }

  @Override
  public Optional<InterfaceState> inspect(String netns, String ifName) {
    return delegate.inspect(netns, ifName);
  }
}
