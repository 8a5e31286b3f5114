package dev.nestedcontrail.sdk.testkit;

import dev.nestedcontrail.sdk.testkit.internal.config.ApiError;
import dev.nestedcontrail.sdk.testkit.internal.config.ConfigRoutes;
import dev.nestedcontrail.sdk.testkit.internal.config.BootObjects;
import dev.nestedcontrail.sdk.testkit.internal.config.ConfigStore;
import dev.nestedcontrail.sdk.testkit.internal.config.ObjectView;
import dev.nestedcontrail.sdk.testkit.internal.config.ObjectWriter;
import dev.nestedcontrail.sdk.testkit.internal.config.Snapshots;
import dev.nestedcontrail.sdk.vnc.internal.json.VncJson;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fake Contrail config API server (the "VNC API", port 8082) that implements the REST contract
 * from the generated schema metadata of sdk-vnc: CRUD of every resource type with the server's
 * checks and plain-text errors, children and back refs, listing, the action endpoints, MAC and
 * instance-ip allocation, ETags, optional Keystone tokens, change events, snapshots and faults.
 * It starts with the objects a real api-server creates at boot ({@code default-domain},
 * {@code default-project}, {@code ip-fabric}, {@code __link_local__}, the global system and
 * vrouter configs...). Objects are kept as JSON trees, so fields the schema does not know survive.
 */
public final class FakeConfigApi extends HttpServedFake {
  private static final Logger logger = LoggerFactory.getLogger(FakeConfigApi.class);
  private static final Set<String> READ_ACTIONS = Set.of("/fqname-to-id", "/id-to-fqname", "/list-bulk-collection");

  private final ConfigStore store;
  private final ObjectWriter writer;
  private final FakeHttpServer server;
  private final Optional<FakeKeystone> keystone;
  private final Queue<RecordedRequest> requests = new ConcurrentLinkedQueue<>();
  private final AtomicLong writes = new AtomicLong();

  private FakeConfigApi(Builder b) {
    this.keystone = b.keystone;
    this.store = new ConfigStore(b.clock);
    AtomicReference<String> base = new AtomicReference<>("");
    ObjectView view = new ObjectView(store, base::get);
    this.writer = new ObjectWriter(store, view);
    ConfigRoutes routes = new ConfigRoutes(store, view, writer);
    FakeHttpServer.Builder http = b.http("fake-config-api").ioThreads(b.ioThreads);
    routes.register(http, this::guard);
    this.server = http.start();
    base.set(server.baseUrl());
    store.locked(() -> {
      BootObjects.create(writer);
      return null;
    });
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A fake config API without authentication (like container deployments), on the system clock. */
  public static FakeConfigApi start() {
    return builder().start();
  }

  private FakeHandler guard(FakeHandler handler) {
    return request -> {
      requests.add(RecordedRequest.builder().method(request.method()).path(request.path())
          .query(request.queryParameters()).body(request.body()).build());
      if (!request.method().equals("GET") && !READ_ACTIONS.contains(request.path())) {
        writes.incrementAndGet();
      }
      if (keystone.isPresent() && !request.path().equals("/")) {
        Optional<String> token = request.header("X-Auth-Token");
        if (token.isEmpty() || !keystone.get().isValid(token.get())) {
          return FakeResponse.text(401, "Authentication required");
        }
      }
      try {
        return handler.handle(request);
      } catch (ApiError e) {
        logger.debug("{} {} -> {} {}", request.method(), request.path(), e.status(), e.getMessage());
        return FakeResponse.text(e.status(), e.getMessage());
      }
    };
  }

  /** Every request that reached the fake (after fault injection), in arrival order. */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** How many write requests arrived: POST/PUT/DELETE, including the action endpoints that write. */
  public long writeCount() {
    return writes.get();
  }

  /** Forgets the request log and the write count. */
  public void clearRequests() {
    requests.clear();
    writes.set(0);
  }

  /** Delivers every committed change to {@code listener}, in commit order, on the committing thread. */
  public void addListener(Consumer<ConfigChange> listener) {
    store.addListener(e -> listener.accept(ConfigChange.builder().oper(e.oper()).type(e.type()).uuid(e.uuid())
        .fqName(e.fqName()).objectJson(e.object().map(VncJson::writeTree)).build()));
  }

  /** The whole state as JSON, objects and keys sorted, so two snapshots compare with equals. */
  public String snapshot() {
    return store.locked(() -> Snapshots.write(store));
  }

  /** Replaces the whole state with a {@link #snapshot()}. */
  public void restore(String snapshot) {
    store.locked(() -> {
      Snapshots.read(store, snapshot);
      return null;
    });
  }

  /** How many objects of {@code type} (hyphen form) exist. */
  public int count(String type) {
    return store.count(type);
  }

  @Override
  public String toString() {
    return "FakeConfigApi[" + baseUrl() + "]";
  }

  /** Clock, Keystone and fault options of a {@link FakeConfigApi}. */
  public static final class Builder extends FakeServerBuilder<Builder> {
    private Clock clock = Clock.systemUTC();
    private Optional<FakeKeystone> keystone = Optional.empty();
    private int ioThreads = 1;

    private Builder() {}

    /** The clock that stamps {@code created}/{@code last_modified} (and so ETags). */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** Requires an {@code X-Auth-Token} that {@code keystone} issued and still accepts (else 401). */
    public Builder keystone(FakeKeystone keystone) {
      this.keystone = Optional.of(keystone);
      return this;
    }

    /**
     * Serves connections on {@code ioThreads} event-loop threads (default 1), e.g. for load tests
     * with many client connections. Safe: every handler works on the store under its lock.
     */
    public Builder ioThreads(int ioThreads) {
      this.ioThreads = ioThreads;
      return this;
    }

    public FakeConfigApi start() {
      return new FakeConfigApi(this);
    }
  }

  @Override
  FakeHttpServer httpServer() {
    return server;
  }
}
