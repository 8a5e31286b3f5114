package dev.nestedcontrail.sdk.vnc;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.vnc.internal.json.VncJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The parameters of {@code GET /<type>s}: parent ({@code parent_id} or
 * {@code parent_fq_name_str}+{@code parent_type}), {@code back_ref_id}, {@code obj_uuids},
 * {@code fq_names}, {@code detail}, {@code fields}, {@code filters} ({@code key==json}),
 * {@code shared} and the page size used by {@link ResourceOperations#stream}. Every part is
 * optional; {@link #all()} lists every object of the type.
 */
@Value.Immutable
public abstract class ListQuery {
  public abstract List<String> parentIds();

  public abstract List<String> parentFqName();

  public abstract Optional<String> parentType();

  public abstract List<String> backRefIds();

  public abstract List<String> objUuids();

  public abstract List<List<String>> fqNames();

  /** Full objects instead of {@code uuid}, {@code href} and {@code fq_name}. */
  @Value.Default
  public boolean detail() {
    return false;
  }

  public abstract List<String> fields();

  /** Raw {@code key==value} filters, the value JSON-encoded (see {@link Builder#filter}). */
  public abstract List<String> filters();

  /** Include objects shared with the caller's project or domain, or global ones. */
  @Value.Default
  public boolean shared() {
    return false;
  }

  /** Objects per page when paging ({@code page_limit}). */
  @Value.Default
  public int pageLimit() {
    return 256;
  }

  @Value.Check
  protected void check() {
    List<String> problems = new ArrayList<>();
    if (!parentIds().isEmpty() && !parentFqName().isEmpty()) {
      problems.add("parentIds: " + parentIds() + " and parentFqName: " + parentFqName() + " exclude each other");
    }
    if (parentType().isPresent() && parentFqName().isEmpty()) {
      problems.add("parentType: " + parentType().get() + " needs parentFqName");
    }
    if (pageLimit() < 1) {
      problems.add("pageLimit: " + pageLimit() + " must be at least 1");
    }
    for (String filter : filters()) {
      if (!filter.contains("==")) {
        problems.add("filters: '" + filter + "' is not of the form key==value");
      }
    }
    ValidationException.throwIfAny("list query", problems);
  }

  public static ListQuery all() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableListQuery.Builder {
    /** Adds the filter {@code key==<value as JSON>}, e.g. {@code display_name=="x"}. */
    public Builder filter(String key, Object value) {
      addFilter(key + "==" + VncJson.writeTree(value));
      return this;
    }
  }
}
