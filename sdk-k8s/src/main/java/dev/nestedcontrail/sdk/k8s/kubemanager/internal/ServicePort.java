package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One port of a Service ({@code spec.ports[]}) or of an Endpoints subset ({@code ports[]}): its
 * name, Kubernetes protocol ({@code TCP} when not given), port number and, for a Service, the
 * target port as written (a number or a container port name).
 */
@Value.Immutable
public abstract class ServicePort {
  public static Builder builder() {
    return new Builder();
  }

  public abstract Optional<String> name();

  @Value.Default
  public String protocol() {
    return "TCP";
  }

  public abstract int port();

  public abstract Optional<String> targetPort();

  /**
   * True when an Endpoints port feeds this Service port, as kube-manager matches them: the same
   * loadbalancer protocol and, when both are named, the same name.
   */
  public boolean matches(ServicePort endpointPort) {
    return ServiceNames.protocol(protocol()).equals(ServiceNames.protocol(endpointPort.protocol()))
        && (name().isEmpty() || endpointPort.name().isEmpty()
            || name().equals(endpointPort.name()));
  }

  public static final class Builder extends ImmutableServicePort.Builder {}
}
