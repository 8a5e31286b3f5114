package dev.nestedcontrail.sdk.vnc.configdb;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.DriverException;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.NotFoundException;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.vnc.configdb.internal.ConfigTables;
import dev.nestedcontrail.sdk.vnc.configdb.internal.DriverConfig;
import dev.nestedcontrail.sdk.vnc.configdb.internal.FqNames;
import dev.nestedcontrail.sdk.vnc.configdb.internal.ObjectReader;
import dev.nestedcontrail.sdk.vnc.internal.json.VncJson;
import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import dev.nestedcontrail.sdk.vnc.model.VncSchema;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read-only client of Contrail's config database ({@code config_db_uuid} in Cassandra) over CQL,
 * for what kube-manager reads directly: objects by uuid, fq_name to uuid, the objects of a type,
 * and streamed bulk reads to warm a cache. Objects come back as a JSON tree ({@code Map},
 * {@code List}, {@code String}, {@code Boolean}, {@code Long}/{@code BigInteger}/{@code BigDecimal}) in
 * the shape of the config API's {@code GET /<type>/<uuid>} body (without {@code href}s and JSON
 * nulls), so a JSON codec of the typed model decodes it as it decodes a REST answer; the typed
 * operations ({@link #read(ResourceType, String)}, {@link #find}, {@link #stream}) do exactly that
 * and return the generated model the config API client returns. There are no write methods: Contrail's writes go through the config API.
 *
 * <p>Types are accepted in either form ({@code virtual-network} or {@code virtual_network}). The
 * client is thread-safe; {@link #close()} closes the driver session it opened, never one passed to
 * {@link Builder#session}. Failures to reach or query the database are
 * {@link ContrailClientException}s; a missing object is a {@link NotFoundException}.
 */
public final class ConfigDb implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(ConfigDb.class);

  private final ConfigDbSettings settings;
  private final CqlSession session;
  private final boolean ownsSession;
  private final ObjectReader reader;
  private final ConfigTables tables;
  private final String endpoint;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ConfigDb(ConfigDbSettings settings, CqlSession session, boolean ownsSession) {
    this.settings = settings;
    this.session = session;
    this.ownsSession = ownsSession;
    this.tables = new ConfigTables(session, settings.keyspace(), settings.pageSize());
    this.reader = new ObjectReader(tables);
    this.endpoint = "cql://" + settings.contactPoints().stream().map(ContactPoint::toString)
        .collect(Collectors.joining(",")) + "/" + settings.keyspace();
  }

  public static Builder builder() {
    return new Builder();
  }

  public ConfigDbSettings settings() {
    return settings;
  }

  /**
   * Object {@code uuid}, which must be of type {@code type}, as the config API returns it.
   *
   * @throws NotFoundException when there is no such object or it is of another type (as the API answers 404)
   */
  public Map<String, Object> readRaw(String type, String uuid) {
    String wanted = dbType(type);
    return reader.read(uuid).filter(o -> o.type().equals(wanted)).map(ObjectReader.TypedObject::fields)
        .orElseThrow(() -> notFound("read " + wanted + " " + uuid, "no " + wanted + " with uuid " + uuid));
  }

  /**
   * Object {@code uuid} of whatever type it is, as the config API returns it.
   *
   * @throws NotFoundException when there is no such object
   */
  public Map<String, Object> readRaw(String uuid) {
    return reader.read(uuid).map(ObjectReader.TypedObject::fields)
        .orElseThrow(() -> notFound("read " + uuid, "no object with uuid " + uuid));
  }

  /**
   * The type, fq_name and uuid of object {@code uuid}.
   *
   * @throws NotFoundException when there is no such object
   */
  public ConfigObjectId identify(String uuid) {
    return reader.identity(uuid).map(i -> ConfigObjectId.of(i.type(), i.fqName(), uuid))
        .orElseThrow(() -> notFound("identify " + uuid, "no object with uuid " + uuid));
  }

  /**
   * The uuid of the object of type {@code type} named {@code fqName}: a column slice of
   * {@code obj_fq_name_table}, as the api-server's fq_name-to-uuid lookup does.
   *
   * @throws NotFoundException when there is no such object
   */
  public String uuidOf(String type, List<String> fqName) {
    String dbType = dbType(type);
    if (fqName.isEmpty()) {
      throw ValidationException.of("fqName", "fqName: is empty (expected at least one name)");
    }
    String prefix = FqNames.encode(fqName);
    for (String column : tables.fqNameColumns(dbType, prefix + ":", prefix + ";")) {
      List<String> decoded = FqNames.decode(column);
      if (decoded.subList(0, decoded.size() - 1).equals(fqName)) {
        return decoded.get(decoded.size() - 1);
      }
    }
    throw notFound("look up " + dbType + " " + String.join(":", fqName),
        "no " + dbType + " named " + String.join(":", fqName));
  }

  /** Every object of type {@code type} listed in {@code obj_fq_name_table}, in the table's (fq_name) order. */
  public List<ConfigObjectId> list(String type) {
    String dbType = dbType(type);
    List<ConfigObjectId> ids = new ArrayList<>();
    tables.fqNameColumns(dbType).forEachRemaining(column -> {
      List<String> decoded = FqNames.decode(column);
      ids.add(ConfigObjectId.of(dbType, decoded.subList(0, decoded.size() - 1), decoded.get(decoded.size() - 1)));
    });
    return ids;
  }

  /**
   * Every object of type {@code type}, read lazily in batches of {@link ConfigDbSettings#pageSize()}
   * objects (one multi-row query per batch plus one for the fq_names the batch links to, with a few
   * batches queried ahead while the caller consumes), in the order of {@link #list}. Objects deleted while streaming are skipped. Failures surface from the
   * stream's terminal operation as {@link ContrailClientException}s.
   */
  public Stream<Map<String, Object>> streamRaw(String type) {
    String dbType = dbType(type);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(reader.readAll(dbType),
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * Object {@code uuid} of type {@code type} decoded into the generated model, as the config API
   * client returns it (with back refs and children, without {@code href}s).
   *
   * @throws NotFoundException when there is no such object or it is of another type
   */
  public <T extends VncResource> T read(ResourceType<T> type, String uuid) {
    return VncJson.fromTree(type, readRaw(type.typeName(), uuid));
  }

  /** Object {@code uuid} decoded into the model class {@code type}, e.g. {@code VirtualNetwork.class}. */
  public <T extends VncResource> T read(Class<T> type, String uuid) {
    return read(resourceType(type), uuid);
  }

  /**
   * Object {@code uuid} of whatever type it is, decoded into the generated model.
   *
   * @throws NotFoundException when there is no such object
   * @throws ContrailClientException when its type is not in the schema
   */
  public VncResource read(String uuid) {
    ObjectReader.TypedObject object = reader.read(uuid)
        .orElseThrow(() -> notFound("read " + uuid, "no object with uuid " + uuid));
    ResourceType<?> type = VncSchema.find(object.type()).orElseThrow(() -> new ContrailClientException(
        "config DB read " + uuid + ": type " + object.type() + " is not in the schema"));
    return VncJson.fromTree(type, object.fields());
  }

  /** The object of type {@code type} named {@code fqName}, decoded; empty when there is none. */
  public <T extends VncResource> Optional<T> find(ResourceType<T> type, List<String> fqName) {
    String uuid;
    try {
      uuid = uuidOf(type.typeName(), fqName);
    } catch (NotFoundException absent) {
      return Optional.empty();
    }
    try {
      return Optional.of(read(type, uuid));
    } catch (NotFoundException deletedMeanwhile) {
      return Optional.empty();
    }
  }

  /** Every object of type {@code type} decoded, streamed as {@link #streamRaw} streams them, for cache warm-up. */
  public <T extends VncResource> Stream<T> stream(ResourceType<T> type) {
    return streamRaw(type.typeName()).map(fields -> VncJson.fromTree(type, fields));
  }

  /** Closes the session this client opened; does nothing for a caller's session or when already closed. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && ownsSession) {
      try {
        session.close();
      } catch (RuntimeException e) {
        logger.debug("closing the config DB session failed", e);
      }
    }
  }

  private NotFoundException notFound(String operation, String problem) {
    return new NotFoundException("config DB " + operation + ": " + problem, endpoint, "", "");
  }

  @SuppressWarnings("unchecked")
  private static <T extends VncResource> ResourceType<T> resourceType(Class<T> type) {
    return (ResourceType<T>) VncSchema.all().stream().filter(t -> t.javaClass().equals(type)).findFirst()
        .orElseThrow(() -> ValidationException.of("type", "type: " + type.getName() + " is not a resource class of the model"));
  }

  private static String dbType(String type) {
    if (type.isBlank() || type.indexOf(':') >= 0) {
      throw ValidationException.of("type", "type: '" + type + "' is not a Contrail type such as virtual-network");
    }
    return type.replace('-', '_');
  }

  /** Builds a {@link ConfigDb}: contact points (or the caller's session) and the optional settings. */
  public static final class Builder {
    private final ConfigDbSettings.Builder settings = ConfigDbSettings.builder();
    private @Nullable CqlSession session;

    private Builder() {}

    /** Adds the nodes of a comma-separated {@code host:port} list, such as {@code 10.0.0.5:9042,10.0.0.6:9042}. */
    public Builder contactPoints(String commaSeparated) {
      settings.addAllContactPoints(ContactPoint.parseList(commaSeparated));
      return this;
    }

    public Builder addContactPoint(ContactPoint contactPoint) {
      settings.addContactPoints(contactPoint);
      return this;
    }

    public Builder localDatacenter(String localDatacenter) {
      settings.localDatacenter(localDatacenter);
      return this;
    }

    public Builder credentials(String username, String password) {
      settings.credentials(ConfigDbCredentials.of(username, password));
      return this;
    }

    /** Contrail's {@code cluster_id}: the keyspace becomes {@code <clusterId>_config_db_uuid}. */
    public Builder clusterId(String clusterId) {
      settings.clusterId(clusterId);
      return this;
    }

    public Builder connectTimeout(Duration connectTimeout) {
      settings.connectTimeout(connectTimeout);
      return this;
    }

    public Builder requestTimeout(Duration requestTimeout) {
      settings.requestTimeout(requestTimeout);
      return this;
    }

    public Builder pageSize(int pageSize) {
      settings.pageSize(pageSize);
      return this;
    }

    /**
     * Uses the caller's driver session instead of opening one; the client never closes it. Contact
     * points, datacenter, credentials and timeouts then come from the session; the keyspace and
     * page size still come from this builder.
     */
    public Builder session(CqlSession session) {
      this.session = session;
      return this;
    }

    /**
     * Opens the session (unless one was given) and returns the client.
     *
     * @throws ValidationException when a setting is invalid or no contact point was given
     * @throws ContrailClientException when no contact point can be reached
     */
    public ConfigDb build() {
      ConfigDbSettings built = settings.build();
      if (session != null) {
        return new ConfigDb(built, session, false);
      }
      if (built.contactPoints().isEmpty()) {
        throw ValidationException.of("config DB settings",
            "contactPoints: the list is empty (expected at least one host:port, or a session)");
      }
      return new ConfigDb(built, open(built), true);
    }

    private static CqlSession open(ConfigDbSettings settings) {
      CqlSessionBuilder builder = CqlSession.builder()
          .withConfigLoader(DriverConfig.loader(settings))
          .withLocalDatacenter(settings.localDatacenter());
      settings.contactPoints().forEach(p -> builder.addContactPoint(new InetSocketAddress(p.host(), p.port())));
      settings.credentials().ifPresent(c -> builder.withAuthCredentials(c.username(), c.password()));
      logger.debug("opening config DB session to {} keyspace {}", settings.contactPoints(), settings.keyspace());
      try {
        return builder.build();
      } catch (AllNodesFailedException e) {
        throw new ContrailClientException("config DB: cannot reach any of " + settings.contactPoints()
            + ": " + e.getMessage(), e);
      } catch (DriverException | IllegalStateException e) {
        throw new ContrailClientException("config DB: cannot open a session to " + settings.contactPoints()
            + ": " + e.getMessage(), e);
      }
    }
  }
}
