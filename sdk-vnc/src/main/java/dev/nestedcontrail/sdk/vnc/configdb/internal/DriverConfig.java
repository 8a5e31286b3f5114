package dev.nestedcontrail.sdk.vnc.configdb.internal;

import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.internal.core.config.typesafe.DefaultDriverConfigLoader;
import com.datastax.oss.driver.internal.core.config.typesafe.DefaultProgrammaticDriverConfigLoaderBuilder;
import com.typesafe.config.ConfigFactory;
import dev.nestedcontrail.sdk.vnc.configdb.ConfigDbSettings;

/**
 * The driver configuration of a session that {@code ConfigDb} opens: the driver's reference
 * defaults only (no {@code application.conf}, no system properties), with the settings' timeouts
 * and page size, QUORUM reads as Contrail's own readers use, and no schema metadata (not needed).
 */
public final class DriverConfig {
  private DriverConfig() {}

  public static DriverConfigLoader loader(ConfigDbSettings settings) {
    ClassLoader classLoader = DriverConfigLoader.class.getClassLoader();
    return new DefaultProgrammaticDriverConfigLoaderBuilder(
            () -> ConfigFactory.defaultReference(classLoader), DefaultDriverConfigLoader.DEFAULT_ROOT_PATH)
        .withString(DefaultDriverOption.SESSION_NAME, "contrail-config-db")
        .withDuration(DefaultDriverOption.CONNECTION_CONNECT_TIMEOUT, settings.connectTimeout())
        .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, settings.connectTimeout())
        .withDuration(DefaultDriverOption.CONTROL_CONNECTION_TIMEOUT, settings.connectTimeout())
        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, settings.requestTimeout())
        .withInt(DefaultDriverOption.REQUEST_PAGE_SIZE, settings.pageSize())
        .withString(DefaultDriverOption.REQUEST_CONSISTENCY, "QUORUM")
        .withBoolean(DefaultDriverOption.METADATA_SCHEMA_ENABLED, false)
        .build();
  }
}
