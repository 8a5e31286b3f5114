package dev.nestedcontrail.sdk.vnc;

import java.util.List;
import org.immutables.value.Value;

/**
 * Query options of a read: {@code fields}, {@code exclude_back_refs}, {@code exclude_children}.
 * {@link #defaults()} reads the whole object, children and back refs included.
 */
@Value.Immutable
public abstract class ReadOptions {
  /** Only these fields (plus identity, {@code id_perms} and {@code perms2}); empty for all. */
  public abstract List<String> fields();

  @Value.Default
  public boolean excludeBackRefs() {
    return false;
  }

  @Value.Default
  public boolean excludeChildren() {
    return false;
  }

  public static ReadOptions defaults() {
    return builder().build();
  }

  /** Properties and refs only, as the Python and Go clients read. */
  public static ReadOptions withoutChildrenAndBackRefs() {
    return builder().excludeBackRefs(true).excludeChildren(true).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableReadOptions.Builder {}
}
