package dev.nestedcontrail.sdk.k8s.connectivity;

import org.immutables.value.Value;

/** An existing entry whose name is in the plan but whose content differs from the planned one. */
@Value.Immutable
public abstract class LinkLocalUpdate {

  public static LinkLocalUpdate of(LinkLocalServiceEntry existing, LinkLocalServiceEntry planned) {
    return ImmutableLinkLocalUpdate.of(existing, planned);
  }

  @Value.Parameter
  public abstract LinkLocalServiceEntry existing();

  @Value.Parameter
  public abstract LinkLocalServiceEntry planned();
}
