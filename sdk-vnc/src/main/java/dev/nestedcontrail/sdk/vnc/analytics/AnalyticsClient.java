package dev.nestedcontrail.sdk.vnc.analytics;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.ContrailServiceException;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.Sleeper;
import dev.nestedcontrail.sdk.core.TransportConfig;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.core.auth.AuthProvider;
import dev.nestedcontrail.sdk.core.http.HttpRequest;
import dev.nestedcontrail.sdk.core.http.HttpTransport;
import dev.nestedcontrail.sdk.vnc.analytics.internal.AnalyticsJson;
import dev.nestedcontrail.sdk.vnc.analytics.internal.QueryBody;
import dev.nestedcontrail.sdk.vnc.analytics.internal.UrlParts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Contrail's analytics API (contrail-analytics-api, default port 8081).
 *
 * <pre>{@code
 * try (AnalyticsClient analytics = AnalyticsClient.builder()
 *     .endpoints(Endpoints.parse("http://10.0.0.5:8081,http://10.0.0.6:8081"))
 *     .build()) {
 *   for (UveLink vrouter : analytics.uveNames("vrouter")) {
 *     Map<String, Object> uve = analytics.uve("vrouter", vrouter.name(), UveFilter.builder()
 *         .addStructFilters("NodeStatus").build());
 *   }
 * }
 * }</pre>
 *
 * <p>Every call goes through an {@link HttpTransport}: failover across the servers, retries of
 * reads, authentication and the SDK's exception tree ({@link ContrailServiceException} for error
 * statuses, {@link ContrailClientException} for transport failures and answers that are not the
 * expected JSON). Queries are POSTs and are not repeated after a failure that may have reached the
 * server. Thread-safe; {@link #close()} closes the transport only when this client created it.
 */
public final class AnalyticsClient implements AutoCloseable {

  private static final Logger logger = LoggerFactory.getLogger(AnalyticsClient.class);

  private final HttpTransport transport;
  private final boolean ownsTransport;
  private final AnalyticsJson json;
  private final AtomicBoolean closed = new AtomicBoolean();

  private AnalyticsClient(HttpTransport transport, boolean ownsTransport) {
    this.transport = transport;
    this.ownsTransport = ownsTransport;
    this.json = new AnalyticsJson();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code GET /analytics/uve-types}: every UVE type, sorted by name. */
  public List<UveType> uveTypes() {
    String what = "GET /analytics/uve-types";
    Map<String, Object> types = json.parseObject(get("/analytics/uve-types"), what);
    List<UveType> result = new ArrayList<>();
    for (Map.Entry<String, Object> e : types.entrySet()) {
      Object global = AnalyticsJson.asObject(e.getValue(), what).get("global_system_object");
      result.add(UveType.of(e.getKey(), Boolean.TRUE.equals(global)));
    }
    result.sort(Comparator.comparing(UveType::name));
    return List.copyOf(result);
  }

  /** {@code GET /analytics/uves}: the UVE tables, named in the plural such as {@code vrouters}. */
  public List<UveLink> uveTables() {
    return links("/analytics/uves");
  }

  /** {@code GET /analytics/uves/<table>s}: the UVEs of a table, such as {@code vrouter}. */
  public List<UveLink> uveNames(String table) {
    return uveNames(table, UveFilter.none());
  }

  /** {@code GET /analytics/uves/<table>s} with filters (only UVEs with matching content). */
  public List<UveLink> uveNames(String table, UveFilter filter) {
    return links("/analytics/uves/" + UrlParts.checkTable(table) + "s" + filter.queryString());
  }

  /**
   * {@code GET /analytics/uves/<table>/<name>}: one UVE, by struct name. The analytics API answers
   * an empty object for a UVE it does not know.
   */
  public Map<String, Object> uve(String table, String name) {
    return uve(table, name, UveFilter.none());
  }

  /** {@code GET /analytics/uves/<table>/<name>} with {@code flat}, {@code cfilt} and the rest. */
  public Map<String, Object> uve(String table, String name, UveFilter filter) {
    String path = uvePath(table, name, filter);
    return json.parseObject(get(path), "GET " + path);
  }

  /**
   * {@code GET /analytics/uves/<table>/<pattern>} where the pattern holds {@code *} (such as
   * {@code *} or {@code default-domain:admin:*}): every matching UVE. The API always flattens
   * these answers.
   */
  public List<UveEntry> uves(String table, String pattern, UveFilter filter) {
    if (!pattern.contains("*")) {
      throw ValidationException.of("UVE pattern", "pattern: '" + pattern + "' has no '*' (use uve() for one UVE)");
    }
    String path = uvePath(table, pattern, filter);
    String what = "GET " + path;
    return entries(AnalyticsJson.asArray(json.parseObject(get(path), what).getOrDefault("value", List.of()), what), what);
  }

  /** The generators known to the collectors: the UVE table {@code generator}. */
  public List<UveLink> generators() {
    return uveNames("generator");
  }

  /**
   * One generator's UVE ({@code ModuleClientState}, {@code ModuleServerState}); the name is
   * {@code <source>:<node type>:<module>:<instance id>}.
   */
  public Map<String, Object> generator(String name) {
    return uve("generator", name, UveFilter.flatOnly());
  }

  /** {@code GET /analytics/alarms}: the UVEs that have alarms, by UVE type. */
  public Map<String, List<UveEntry>> alarms() {
    String what = "GET /analytics/alarms";
    Map<String, Object> byType = json.parseObject(get("/analytics/alarms"), what);
    Map<String, List<UveEntry>> result = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : byType.entrySet()) {
      result.put(e.getKey(), entries(AnalyticsJson.asArray(e.getValue(), what), what));
    }
    return Map.copyOf(result);
  }

  /**
   * {@code POST /analytics/query}, run synchronously by the server: the result rows, each a map
   * from selected column to value.
   */
  public List<Map<String, Object>> query(AnalyticsQuery query) {
    String what = "POST /analytics/query (" + query.table() + ")";
    String body = json.write(QueryBody.of(query));
    logger.debug("analytics query on {} from {} to {}", query.table(), query.startTime(), query.endTime());
    String answer = transport.execute(HttpRequest.post("/analytics/query", body)).body();
    List<Object> rows = AnalyticsJson.asArray(json.parseObject(answer, what).getOrDefault("value", List.of()), what);
    List<Map<String, Object>> result = new ArrayList<>();
    for (Object row : rows) {
      result.add(AnalyticsJson.asObject(row, what));
    }
    return List.copyOf(result);
  }

  /** Releases the transport if this client created it. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && ownsTransport) {
      transport.close();
    }
  }

  private static String uvePath(String table, String name, UveFilter filter) {
    return "/analytics/uves/" + UrlParts.checkTable(table) + "/"
        + UrlParts.encodePathSegment(UrlParts.checkName(name)) + filter.queryString();
  }

  private String get(String path) {
    if (closed.get()) {
      throw new ContrailClientException("GET " + path + " on a closed analytics client");
    }
    return transport.execute(HttpRequest.get(path)).body();
  }

  private List<UveLink> links(String path) {
    String what = "GET " + path;
    List<UveLink> result = new ArrayList<>();
    for (Object item : json.parseArray(get(path), what)) {
      Map<String, Object> link = AnalyticsJson.asObject(item, what);
      result.add(UveLink.of(AnalyticsJson.text(link, "name", what), AnalyticsJson.text(link, "href", what)));
    }
    return List.copyOf(result);
  }

  private static List<UveEntry> entries(List<Object> items, String what) {
    List<UveEntry> result = new ArrayList<>();
    for (Object item : items) {
      Map<String, Object> entry = AnalyticsJson.asObject(item, what);
      Object value = entry.getOrDefault("value", Map.of());
      result.add(UveEntry.of(AnalyticsJson.text(entry, "name", what), AnalyticsJson.asObject(value, what)));
    }
    return List.copyOf(result);
  }

  /** Builds an {@link AnalyticsClient}; not thread-safe. */
  public static final class Builder {
    private @Nullable Endpoints endpoints;
    private TransportConfig config = TransportConfig.defaults();
    private AuthProvider authProvider = AuthProvider.none();
    private @Nullable Sleeper sleeper;
    private @Nullable OkHttpClient httpClient;
    private @Nullable HttpTransport transport;

    private Builder() {}

    /** The analytics API servers, such as {@code http://10.0.0.5:8081}; required unless {@link #transport} is set. */
    public Builder endpoints(Endpoints endpoints) {
      this.endpoints = Objects.requireNonNull(endpoints, "endpoints == null");
      return this;
    }

    public Builder config(TransportConfig config) {
      this.config = Objects.requireNonNull(config, "config == null");
      return this;
    }

    /** Where tokens come from when the API runs with {@code aaa_mode} rbac or cloud-admin. */
    public Builder authProvider(AuthProvider authProvider) {
      this.authProvider = Objects.requireNonNull(authProvider, "authProvider == null");
      return this;
    }

    /** Waits between retries; tests pass one that only records. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /** Shares a caller's OkHttp pool and dispatcher; they are not closed by this client. */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
      return this;
    }

    /**
     * Uses a transport the caller owns (and closes); endpoints, config, auth and the OkHttp
     * client of this builder are then ignored.
     */
    public Builder transport(HttpTransport transport) {
      this.transport = Objects.requireNonNull(transport, "transport == null");
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws ValidationException when neither endpoints nor a transport were given
     */
    public AnalyticsClient build() {
      if (transport != null) {
        return new AnalyticsClient(transport, false);
      }
      if (endpoints == null) {
        throw ValidationException.of("analytics client", "endpoints: not set (expected at least one analytics API server)");
      }
      HttpTransport.Builder b = HttpTransport.builder().endpoints(endpoints).config(config).authProvider(authProvider);
      if (sleeper != null) {
        b.sleeper(sleeper);
      }
      if (httpClient != null) {
        b.httpClient(httpClient);
      }
      return new AnalyticsClient(b.build(), true);
    }
  }
}
