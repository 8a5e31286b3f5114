package dev.nestedcontrail.sdk.vnc.analytics;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.vnc.analytics.internal.UrlParts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The query parameters of a UVE read: {@code flat} (aggregate the content of every generator into
 * one value per attribute), {@code cfilt} (only some structs, or some attributes of a struct, such
 * as {@code NodeStatus} or {@code NodeStatus:process_status}), {@code sfilt} (only what one source
 * host sent) and {@code mfilt} (only what one module sent). The analytics API flattens the answer
 * whenever a filter is set.
 */
@Value.Immutable
public abstract class UveFilter {

  /** Sends {@code flat}. */
  @Value.Default
  public boolean flat() {
    return false;
  }

  /** {@code cfilt} entries: {@code Struct} or {@code Struct:attribute}. */
  public abstract List<String> structFilters();

  /** {@code sfilt}: the source (generator host name) to keep. */
  public abstract Optional<String> sourceFilter();

  /** {@code mfilt}: the module (such as {@code contrail-vrouter-agent}) to keep. */
  public abstract Optional<String> moduleFilter();

  public static Builder builder() {
    return new Builder();
  }

  /** No parameters: the server's default (non-flat) answer. */
  public static UveFilter none() {
    return builder().build();
  }

  /** Only {@code flat}. */
  public static UveFilter flatOnly() {
    return builder().flat(true).build();
  }

  /** The query string, starting with {@code ?}, or empty when no parameter is set. */
  public String queryString() {
    List<String> params = new ArrayList<>();
    if (flat()) {
      params.add("flat");
    }
    if (!structFilters().isEmpty()) {
      params.add("cfilt=" + UrlParts.encodeQueryValue(String.join(",", structFilters())));
    }
    sourceFilter().ifPresent(s -> params.add("sfilt=" + UrlParts.encodeQueryValue(s)));
    moduleFilter().ifPresent(m -> params.add("mfilt=" + UrlParts.encodeQueryValue(m)));
    return params.isEmpty() ? "" : "?" + String.join("&", params);
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < structFilters().size(); i++) {
      String f = structFilters().get(i);
      if (!f.matches("[A-Za-z0-9_]+(:[A-Za-z0-9_.\\-]+)?")) {
        problems.add("structFilters[" + i + "]: '" + f
            + "' is not a struct filter (expected Struct or Struct:attribute)");
      }
    }
    sourceFilter().filter(String::isBlank)
        .ifPresent(s -> problems.add("sourceFilter: '" + s + "' is blank"));
    moduleFilter().filter(String::isBlank)
        .ifPresent(m -> problems.add("moduleFilter: '" + m + "' is blank"));
    ValidationException.throwIfAny("UVE filter", problems);
  }

  public static final class Builder extends ImmutableUveFilter.Builder {}
}
