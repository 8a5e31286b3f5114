/**
 * Read-only access to Contrail's config database (the {@code config_db_uuid} keyspace in
 * Cassandra) over CQL: objects by uuid in the shape the config API returns, fq_name to uuid,
 * listing and streamed bulk reads for cache warm-up. Writes go through the config API only.
 * Entry point: {@link dev.nestedcontrail.sdk.vnc.configdb.ConfigDb#builder()}.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.vnc.configdb;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;
