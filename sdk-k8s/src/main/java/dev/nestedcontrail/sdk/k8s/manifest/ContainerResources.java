package dev.nestedcontrail.sdk.k8s.manifest;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * CPU and memory requests and limits of one container, as Kubernetes quantities such as
 * {@code 100m}, {@code 0.5} or {@code 256Mi}. Upstream sets none.
 */
@Value.Immutable
public abstract class ContainerResources {
  private static final Pattern QUANTITY =
      Pattern.compile("[0-9]+(\\.[0-9]+)?(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?");

  public abstract Optional<String> cpuRequest();

  public abstract Optional<String> memoryRequest();

  public abstract Optional<String> cpuLimit();

  public abstract Optional<String> memoryLimit();

  public static Builder builder() {
    return new Builder();
  }

  /** The {@code resources} field of a container: {@code requests} then {@code limits}. */
  Map<String, Object> toMap() {
    Map<String, Object> result = new LinkedHashMap<>();
    Map<String, Object> requests = pair(cpuRequest(), memoryRequest());
    Map<String, Object> limits = pair(cpuLimit(), memoryLimit());
    if (!requests.isEmpty()) {
      result.put("requests", requests);
    }
    if (!limits.isEmpty()) {
      result.put("limits", limits);
    }
    return result;
  }

  private static Map<String, Object> pair(Optional<String> cpu, Optional<String> memory) {
    Map<String, Object> result = new LinkedHashMap<>();
    cpu.ifPresent(v -> result.put("cpu", v));
    memory.ifPresent(v -> result.put("memory", v));
    return result;
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    Map<String, Optional<String>> fields = new LinkedHashMap<>();
    fields.put("cpuRequest", cpuRequest());
    fields.put("memoryRequest", memoryRequest());
    fields.put("cpuLimit", cpuLimit());
    fields.put("memoryLimit", memoryLimit());
    fields.forEach((name, value) -> value.filter(v -> !QUANTITY.matcher(v).matches())
        .ifPresent(v -> problems.add(name + ": '" + v
            + "' is not a Kubernetes quantity such as 100m, 0.5 or 256Mi")));
    if (fields.values().stream().allMatch(Optional::isEmpty)) {
      problems.add("at least one request or limit is required");
    }
    ValidationException.throwIfAny("container resources", problems);
  }

  public static final class Builder extends ImmutableContainerResources.Builder {}
}
