package dev.nestedcontrail.sdk.vnc.analytics;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One condition of a query's where clause: {@code {name, value, op[, value2]}}. */
@Value.Immutable
public abstract class WhereMatch {

  /** Column name, such as {@code Source} or {@code ModuleId}. */
  public abstract String name();

  public abstract String value();

  @Value.Default
  public MatchOp op() {
    return MatchOp.EQUAL;
  }

  /** Upper bound; only for {@link MatchOp#IN_RANGE} and {@link MatchOp#NOT_IN_RANGE}. */
  public abstract Optional<String> value2();

  /** {@code name == value}. */
  public static WhereMatch equal(String name, String value) {
    return builder().name(name).value(value).build();
  }

  public static WhereMatch of(String name, MatchOp op, String value) {
    return builder().name(name).op(op).value(value).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (name().isBlank()) {
      problems.add("name: '" + name() + "' is blank");
    }
    boolean range = op() == MatchOp.IN_RANGE || op() == MatchOp.NOT_IN_RANGE;
    if (range && value2().isEmpty()) {
      problems.add("value2: missing (required by op " + op() + ")");
    }
    if (!range && value2().isPresent()) {
      problems.add("value2: '" + value2().get() + "' is only allowed with IN_RANGE or NOT_IN_RANGE, not " + op());
    }
    ValidationException.throwIfAny("where match", problems);
  }

  public static final class Builder extends ImmutableWhereMatch.Builder {}
}
