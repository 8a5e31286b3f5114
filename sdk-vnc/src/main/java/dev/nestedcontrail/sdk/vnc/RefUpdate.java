package dev.nestedcontrail.sdk.vnc;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One {@code POST /ref-update}: adds (or updates the attr of) or deletes the ref from object
 * {@code uuid} of {@code type} to the object of {@code refType} named by {@code refUuid} or
 * {@code refFqName}. {@code attr} is a value of the link's data type (e.g. {@code VnSubnetsType}).
 */
@Value.Immutable
public abstract class RefUpdate {
  public abstract RefOperation operation();

  /** Type of the referring object, hyphen or underscore form. */
  public abstract String type();

  public abstract String uuid();

  /** Type of the target. */
  public abstract String refType();

  public abstract Optional<String> refUuid();

  public abstract List<String> refFqName();

  public abstract Optional<Object> attr();

  @Value.Default
  public boolean relaxRefForDelete() {
    return false;
  }

  @Value.Check
  protected void check() {
    List<String> problems = new ArrayList<>();
    if (refUuid().isEmpty() && refFqName().isEmpty()) {
      problems.add("refUuid: absent and refFqName: []; one of them must name the target");
    }
    ValidationException.throwIfAny("ref update", problems);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableRefUpdate.Builder {}
}
