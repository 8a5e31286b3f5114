package dev.nestedcontrail.sdk.vnc.analytics;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A query for {@code POST /analytics/query}: {@code SELECT selectFields FROM table WHERE where}
 * over {@code [startTime, endTime]}. The where clause is an OR of terms, each term an AND of
 * matches; an empty clause selects every row.
 *
 * <pre>{@code
 * AnalyticsQuery q = AnalyticsQuery.builder()
 *     .table("MessageTable").startTime(QueryTime.ago(Duration.ofMinutes(10))).endTime(QueryTime.now())
 *     .addSelectFields("Source", "Messagetype", "Xmlmessage")
 *     .addWhere(List.of(WhereMatch.equal("ModuleId", "contrail-kube-manager")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class AnalyticsQuery {

  /** Table such as {@code MessageTable}, {@code StatTable.NodeStatus.process_mem_cpu_usage}. */
  public abstract String table();

  public abstract QueryTime startTime();

  public abstract QueryTime endTime();

  public abstract List<String> selectFields();

  /** OR of terms; each term is an AND of matches. */
  public abstract List<List<WhereMatch>> where();

  public abstract List<String> sortFields();

  public abstract Optional<SortOrder> sort();

  public abstract OptionalInt limit();

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (table().isBlank()) {
      problems.add("table: '" + table() + "' is blank");
    }
    if (selectFields().isEmpty()) {
      problems.add("selectFields: the list is empty (expected at least one column)");
    }
    for (int i = 0; i < where().size(); i++) {
      if (where().get(i).isEmpty()) {
        problems.add("where[" + i + "]: the term is empty (expected at least one match)");
      }
    }
    if (sort().isPresent() && sortFields().isEmpty()) {
      problems.add("sortFields: empty although sort is " + sort().get());
    }
    limit().ifPresent(l -> {
      if (l < 1) {
        problems.add("limit: " + l + " (expected 1 or more)");
      }
    });
    ValidationException.throwIfAny("analytics query", problems);
  }

  public static final class Builder extends ImmutableAnalyticsQuery.Builder {}
}
