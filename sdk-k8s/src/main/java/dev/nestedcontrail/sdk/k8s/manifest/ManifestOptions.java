package dev.nestedcontrail.sdk.k8s.manifest;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Opt-in changes beyond upstream. All are off by default, so that the default rendering stays
 * faithful to upstream's output.
 */
@Value.Immutable
public abstract class ManifestOptions {

  /**
   * Replace upstream's {@code *} on {@code *} ClusterRole with one listing only the resources and
   * verbs kube-manager uses.
   */
  @Value.Default
  public boolean leastPrivilegeRbac() {
    return false;
  }

  /**
   * Allow secrets of the spec in the rendered objects. Upstream puts {@code
   * KEYSTONE_AUTH_ADMIN_PASSWORD} in ConfigMap {@code env}, readable by anyone who may read
   * ConfigMaps in kube-system; {@link NestedManifest#render} refuses a spec with a Keystone
   * password unless this is set.
   */
  @Value.Default
  public boolean revealSecrets() {
    return false;
  }

  /** Requests and limits of the kube-manager container. */
  public abstract Optional<ContainerResources> kubeManagerResources();

  /** Requests and limits of the cni-init container. */
  public abstract Optional<ContainerResources> cniInitResources();

  /** Pins the kube-manager image: {@code sha256:} and 64 hex digits, appended as {@code @digest}. */
  public abstract Optional<String> kubeManagerImageDigest();

  /** Pins the cni-init image: {@code sha256:} and 64 hex digits, appended as {@code @digest}. */
  public abstract Optional<String> cniInitImageDigest();

  public static Builder builder() {
    return new Builder();
  }

  /** Everything off: upstream's content with the documented fixes only. */
  public static ManifestOptions defaults() {
    return builder().build();
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    kubeManagerImageDigest().filter(d -> !d.matches("sha256:[0-9a-f]{64}")).ifPresent(d ->
        problems.add("kubeManagerImageDigest: '" + d + "' is not sha256: and 64 hex digits"));
    cniInitImageDigest().filter(d -> !d.matches("sha256:[0-9a-f]{64}")).ifPresent(d ->
        problems.add("cniInitImageDigest: '" + d + "' is not sha256: and 64 hex digits"));
    ValidationException.throwIfAny("manifest options", problems);
  }

  public static final class Builder extends ImmutableManifestOptions.Builder {}
}
