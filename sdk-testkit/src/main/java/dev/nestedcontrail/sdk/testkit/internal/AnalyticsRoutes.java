package dev.nestedcontrail.sdk.testkit.internal;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.testkit.FakeRequest;
import dev.nestedcontrail.sdk.testkit.FakeResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The request handlers of the fake analytics API, over its {@link UveStore} and {@link AnalyticsQueries}. */
public final class AnalyticsRoutes {
  private final UveStore uves;
  private final AnalyticsQueries queries;
  private volatile String baseUrl = "";

  public AnalyticsRoutes(UveStore uves, AnalyticsQueries queries) {
    this.uves = uves;
    this.queries = queries;
  }

  /** The server's base URL, for the {@code href}s of lists. */
  public void baseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public FakeResponse uveTypes(FakeRequest request) {
    Map<String, Object> types = new LinkedHashMap<>();
    uves.types().forEach((type, global) -> types.put(type, Map.of("global_system_object", global)));
    return FakeResponse.json(200, types);
  }

  public FakeResponse tables(FakeRequest request) {
    List<Object> links = new ArrayList<>();
    uves.types().keySet().forEach(type -> links.add(link(type + "s", "/analytics/uves/" + type + "s")));
    return FakeResponse.json(200, links);
  }

  public FakeResponse names(FakeRequest request) {
    String types = request.pathVariable("types");
    String type = types.endsWith("s") ? types.substring(0, types.length() - 1) : "";
    if (!uves.knows(type)) {
      return unknownType(types);
    }
    List<Object> links = new ArrayList<>();
    for (String name : uves.names(type, filter(request))) {
      links.add(link(name, "/analytics/uves/" + type + "/" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "?flat"));
    }
    return FakeResponse.json(200, links);
  }

  public FakeResponse uve(FakeRequest request) {
    String type = request.pathVariable("type");
    String name = request.pathVariable("name");
    if (!uves.knows(type)) {
      return unknownType(type);
    }
    if (!name.contains("*")) {
      return FakeResponse.json(200, uves.uve(type, name, filter(request)));
    }
    List<Object> entries = new ArrayList<>();
    uves.matching(type, name, filter(request)).forEach((n, value) -> entries.add(Map.of("name", n, "value", value)));
    return FakeResponse.json(200, Map.of("value", entries));
  }

  public FakeResponse alarms(FakeRequest request) {
    UveStore.Filter alarmsOnly = new UveStore.Filter(List.of("UVEAlarms"), Optional.empty(), Optional.empty());
    Map<String, Object> byType = new LinkedHashMap<>();
    uves.types().keySet().forEach(type -> {
      List<Object> entries = new ArrayList<>();
      uves.matching(type, "*", alarmsOnly).forEach((n, value) -> entries.add(Map.of("name", n, "value", value)));
      if (!entries.isEmpty()) {
        byType.put(type, entries);
      }
    });
    return FakeResponse.json(200, byType);
  }

  public FakeResponse query(FakeRequest request) {
    Optional<Map<String, Object>> body = request.jsonObject();
    if (body.isEmpty()) {
      return FakeResponse.text(400, "the query is not a JSON object\n");
    }
    try {
      return FakeResponse.json(200, Map.of("value", queries.run(body.get())));
    } catch (ValidationException e) {
      return FakeResponse.text(400, e.getMessage() + "\n");
    }
  }

  private static UveStore.Filter filter(FakeRequest request) {
    List<String> structs = new ArrayList<>();
    request.queryParameter("cfilt").ifPresent(c -> Arrays.stream(c.split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).forEach(structs::add));
    return new UveStore.Filter(structs, request.queryParameter("sfilt"), request.queryParameter("mfilt"));
  }

  private Map<String, Object> link(String name, String path) {
    return Map.of("name", name, "href", baseUrl + path);
  }

  private static FakeResponse unknownType(String type) {
    return FakeResponse.text(404, "Invalid UVE type: " + type + "\n");
  }
}
