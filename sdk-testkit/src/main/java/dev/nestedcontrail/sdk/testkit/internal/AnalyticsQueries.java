package dev.nestedcontrail.sdk.testkit.internal;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rows behind {@code POST /analytics/query} and the synchronous query over them: the time range
 * (microseconds or {@code now[-<n>(s|m|h)]}), select fields, where (OR of ANDs of matches with the
 * query API's op numbers), sort and limit. Every row has the time column {@code T} (also named
 * {@code MessageTS}). Invalid queries throw {@link ValidationException}, answered with 400.
 * Thread-safe.
 */
public final class AnalyticsQueries {
  private static final Pattern RELATIVE = Pattern.compile("now(?:-(\\d+)([smh]))?");

  private final Map<String, List<Map<String, Object>>> tables = new ConcurrentHashMap<>();
  private final Clock clock;

  public AnalyticsQueries(Clock clock, Set<String> tableNames) {
    this.clock = clock;
    tableNames.forEach(t -> tables.put(t, new CopyOnWriteArrayList<>()));
  }

  /** Adds a row to {@code table} (creating the table) at {@code time}. */
  public void add(String table, Instant time, Map<String, Object> columns) {
    Map<String, Object> row = new LinkedHashMap<>(columns);
    long micros = micros(time);
    row.put("T", micros);
    row.put("MessageTS", micros);
    tables.computeIfAbsent(table, t -> new CopyOnWriteArrayList<>()).add(row);
  }

  public Set<String> tables() {
    return new TreeSet<>(tables.keySet());
  }

  /** Runs a query body; the result rows, each with the selected columns the row has. */
  public List<Map<String, Object>> run(Map<String, Object> body) {
    Object table = body.get("table");
    List<Map<String, Object>> rows = table instanceof String ? tables.get(table) : null;
    if (rows == null) {
      throw ValidationException.of("query", "Invalid table name: " + table);
    }
    long start = time(body.get("start_time"), "start_time");
    long end = time(body.get("end_time"), "end_time");
    if (start > end) {
      throw ValidationException.of("query", "start_time " + start + " is after end_time " + end);
    }
    List<String> select = strings(body.get("select_fields"), "select_fields");
    if (select.isEmpty()) {
      throw ValidationException.of("query", "select_fields: empty");
    }
    List<List<Map<?, ?>>> where = where(body.get("where"));
    List<Map<String, Object>> result = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      long t = ((Number) row.get("T")).longValue();
      if (t >= start && t <= end && matches(row, where)) {
        Map<String, Object> selected = new LinkedHashMap<>();
        select.stream().filter(row::containsKey).forEach(f -> selected.put(f, row.get(f)));
        result.add(selected);
      }
    }
    sort(result, body);
    Object limit = body.get("limit");
    if (limit instanceof Number && ((Number) limit).intValue() < result.size()) {
      return new ArrayList<>(result.subList(0, ((Number) limit).intValue()));
    }
    return result;
  }

  private static void sort(List<Map<String, Object>> result, Map<String, Object> body) {
    List<String> fields = body.containsKey("sort_fields") ? strings(body.get("sort_fields"), "sort_fields") : List.of();
    if (fields.isEmpty()) {
      return;
    }
    Comparator<Map<String, Object>> order = null;
    for (String field : fields) {
      Comparator<Map<String, Object>> next = Comparator.comparing(r -> r.get(field), AnalyticsQueries::compare);
      order = order == null ? next : order.thenComparing(next);
    }
    Object sort = body.get("sort");
    result.sort(sort instanceof Number && ((Number) sort).intValue() == 2 ? order.reversed() : order);
  }

  private static int compare(Object a, Object b) {
    if (a instanceof Number && b instanceof Number) {
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString()));
    }
    return String.valueOf(a).compareTo(String.valueOf(b));
  }

  private long time(Object value, String field) {
    if (value instanceof Number) {
      return ((Number) value).longValue();
    }
    Matcher m = value instanceof String ? RELATIVE.matcher((String) value) : null;
    if (m == null || !m.matches()) {
      throw ValidationException.of("query", field + ": '" + value + "' is not microseconds or now[-<n>(s|m|h)]");
    }
    long now = micros(clock.instant());
    if (m.group(1) == null) {
      return now;
    }
    long unit = m.group(2).equals("s") ? 1 : m.group(2).equals("m") ? 60 : 3600;
    return now - Long.parseLong(m.group(1)) * unit * 1_000_000L;
  }

  private static long micros(Instant time) {
    return time.getEpochSecond() * 1_000_000L + time.getNano() / 1_000L;
  }

  private static List<String> strings(Object value, String field) {
    if (!(value instanceof List) || !((List<?>) value).stream().allMatch(String.class::isInstance)) {
      throw ValidationException.of("query", field + ": expected a list of strings but got " + value);
    }
    List<String> result = new ArrayList<>();
    ((List<?>) value).forEach(v -> result.add((String) v));
    return result;
  }

  private static List<List<Map<?, ?>>> where(Object value) {
    List<List<Map<?, ?>>> terms = new ArrayList<>();
    if (value == null) {
      return terms;
    }
    if (!(value instanceof List)) {
      throw ValidationException.of("query", "where: expected a list of lists but got " + value);
    }
    for (Object term : (List<?>) value) {
      if (!(term instanceof List) || !((List<?>) term).stream().allMatch(Map.class::isInstance)) {
        throw ValidationException.of("query", "where: term " + term + " is not a list of matches");
      }
      List<Map<?, ?>> matches = new ArrayList<>();
      ((List<?>) term).forEach(m -> matches.add(checked((Map<?, ?>) m)));
      terms.add(matches);
    }
    return terms;
  }

  private static Map<?, ?> checked(Map<?, ?> match) {
    Object op = match.get("op");
    if (!(match.get("name") instanceof String) || match.get("value") == null
        || !(op instanceof Number) || ((Number) op).intValue() < 1 || ((Number) op).intValue() > 8) {
      throw ValidationException.of("query", "where: match " + match + " needs name, value and op 1..8");
    }
    if (((Number) op).intValue() == 3 || ((Number) op).intValue() == 4) {
      if (match.get("value2") == null) {
        throw ValidationException.of("query", "where: range match " + match + " has no value2");
      }
    }
    return match;
  }

  private static boolean matches(Map<String, Object> row, List<List<Map<?, ?>>> where) {
    if (where.isEmpty()) {
      return true;
    }
    return where.stream().anyMatch(term -> term.stream().allMatch(m -> matches(row, m)));
  }

  private static boolean matches(Map<String, Object> row, Map<?, ?> match) {
    Object actual = row.get((String) match.get("name"));
    if (actual == null) {
      return false;
    }
    String text = String.valueOf(actual);
    String value = String.valueOf(match.get("value"));
    switch (((Number) match.get("op")).intValue()) {
      case 1: return text.equals(value);
      case 2: return !text.equals(value);
      case 3: return inRange(actual, value, String.valueOf(match.get("value2")));
      case 4: return !inRange(actual, value, String.valueOf(match.get("value2")));
      case 5: return compare(actual, number(actual, value)) <= 0;
      case 6: return compare(actual, number(actual, value)) >= 0;
      case 7: return text.startsWith(value);
      default: return regex(value).matcher(text).find();
    }
  }

  private static boolean inRange(Object actual, String low, String high) {
    return compare(actual, number(actual, low)) >= 0 && compare(actual, number(actual, high)) <= 0;
  }

  /** {@code text} as a number when the column is numeric, so numbers compare as numbers. */
  private static Object number(Object actual, String text) {
    if (actual instanceof Number) {
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw ValidationException.of("query", "where: '" + text + "' is not a number");
      }
    }
    return text;
  }

  private static Pattern regex(String value) {
    try {
      return Pattern.compile(value);
    } catch (PatternSyntaxException e) {
      throw ValidationException.of("query", "where: '" + value + "' is not a regular expression");
    }
  }
}
