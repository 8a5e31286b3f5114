package dev.nestedcontrail.sdk.vnc.analytics.internal;

import dev.nestedcontrail.sdk.vnc.analytics.AnalyticsQuery;
import dev.nestedcontrail.sdk.vnc.analytics.WhereMatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns an {@link AnalyticsQuery} into the JSON tree that {@code POST /analytics/query} takes. */
public final class QueryBody {

  private QueryBody() {}

  public static Map<String, Object> of(AnalyticsQuery query) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("table", query.table());
    body.put("start_time", query.startTime().jsonValue());
    body.put("end_time", query.endTime().jsonValue());
    body.put("select_fields", query.selectFields());
    if (!query.where().isEmpty()) {
      List<Object> terms = new ArrayList<>();
      for (List<WhereMatch> term : query.where()) {
        List<Object> matches = new ArrayList<>();
        for (WhereMatch m : term) {
          Map<String, Object> match = new LinkedHashMap<>();
          match.put("name", m.name());
          match.put("value", m.value());
          match.put("op", m.op().code());
          m.value2().ifPresent(v -> match.put("value2", v));
          matches.add(match);
        }
        terms.add(matches);
      }
      body.put("where", terms);
    }
    if (!query.sortFields().isEmpty()) {
      body.put("sort_fields", query.sortFields());
    }
    query.sort().ifPresent(s -> body.put("sort", s.code()));
    query.limit().ifPresent(l -> body.put("limit", l));
    return body;
  }
}
