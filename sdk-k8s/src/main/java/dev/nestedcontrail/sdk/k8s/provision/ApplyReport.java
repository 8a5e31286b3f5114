package dev.nestedcontrail.sdk.k8s.provision;

import java.util.List;
import org.immutables.value.Value;

/** What one {@link ManifestApplier#apply} run did, object by object in apply order. */
@Value.Immutable
public abstract class ApplyReport {
  public static ApplyReport of(List<AppliedObject> objects) {
    return ImmutableApplyReport.builder().objects(objects).build();
  }

  /** An empty report: nothing applied. */
  public static ApplyReport empty() {
    return of(List.of());
  }

  public abstract List<AppliedObject> objects();

  public List<AppliedObject> created() {
    return with(ApplyOutcome.CREATED);
  }

  public List<AppliedObject> changed() {
    return with(ApplyOutcome.CHANGED);
  }

  public List<AppliedObject> unchanged() {
    return with(ApplyOutcome.UNCHANGED);
  }

  /** How many objects the run created or changed; zero for a repeated run. */
  public int writes() {
    return (int) objects().stream().filter(o -> o.outcome().wrote()).count();
  }

  /** One line, such as {@code 8 objects: 3 created, 1 changed, 4 unchanged}. */
  public String summary() {
    return objects().size() + " objects: " + created().size() + " created, " + changed().size()
        + " changed, " + unchanged().size() + " unchanged";
  }

  private List<AppliedObject> with(ApplyOutcome outcome) {
    return objects().stream().filter(o -> o.outcome() == outcome).toList();
  }
}
