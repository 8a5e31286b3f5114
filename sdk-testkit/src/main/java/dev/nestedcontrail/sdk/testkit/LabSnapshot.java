package dev.nestedcontrail.sdk.testkit;

import java.util.Map;
import org.immutables.value.Value;

/**
 * The state of a {@link ContrailLab} at one moment, for comparing before and after: the config
 * API's whole state (sorted JSON, as {@link FakeConfigApi#snapshot()}, without {@code
 * id_perms.last_modified}) and every Kubernetes object
 * by {@code Kind namespace/name}, without the fields every write changes ({@code resourceVersion},
 * {@code managedFields}). Two snapshots are equal when the lab holds the same objects.
 */
@Value.Immutable
public abstract class LabSnapshot {
  public static LabSnapshot of(String configApi, Map<String, Map<String, Object>> kubernetes) {
    return ImmutableLabSnapshot.builder().configApi(configApi).kubernetes(kubernetes).build();
  }

  public abstract String configApi();

  public abstract Map<String, Map<String, Object>> kubernetes();

  @Override
  public String toString() {
    return "LabSnapshot{" + configApi().length() + " chars of config, "
        + kubernetes().size() + " Kubernetes objects}";
  }
}
