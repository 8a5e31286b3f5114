#!/usr/bin/env bash
# Starts a real Apache Cassandra 5.0.7 (cassandra-all from Maven Central, its own JVM, -Xmx512m) as
# the current user, listening only on 127.0.0.1: CQL on 9042, storage (gossip) on 7010, no JMX.
# The first start fetches the jars once with Maven into the state folder (~67 MB, ~25 s).
# Idempotent: does nothing when it is already running. State: ${SDK_CI_STATE:-/tmp/nested-sdk-ci}/cassandra.
# Tests reach it with  export SDK_TEST_CASSANDRA_CONTACT=127.0.0.1:9042
set -euo pipefail
. "$(dirname "$0")/lib.sh"

if cassandra_running; then
  ci_log "cassandra already running at $CASSANDRA_CONTACT (pid $(cat "$CASSANDRA_DIR/cassandra.pid"))"
  echo "export SDK_TEST_CASSANDRA_CONTACT=$CASSANDRA_CONTACT"
  exit 0
fi
if port_open "$CASSANDRA_PORT"; then
  ci_log "127.0.0.1:$CASSANDRA_PORT is taken by a process this script did not start"
  exit 1
fi
command -v java >/dev/null || { ci_log "java missing"; exit 1; }

mkdir -p "$CASSANDRA_DIR"/{data,commitlog,saved_caches,hints,cdc_raw,log}
lib="$CASSANDRA_DIR/lib-$CASSANDRA_VERSION"
if [ ! -f "$lib/.complete" ]; then
  ci_log "fetching cassandra-all $CASSANDRA_VERSION and its dependencies into $lib"
  command -v mvn >/dev/null || { ci_log "mvn missing"; exit 1; }
  cat >"$CASSANDRA_DIR/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.nestedcontrail.ci</groupId>
  <artifactId>cassandra-jars</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.apache.cassandra</groupId>
      <artifactId>cassandra-all</artifactId>
      <version>$CASSANDRA_VERSION</version>
    </dependency>
  </dependencies>
</project>
POM
  rm -rf "$lib"
  mvn -B -q -f "$CASSANDRA_DIR/pom.xml" \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$lib" </dev/null >"$CASSANDRA_DIR/log/fetch.out" 2>&1 \
    || { tail -30 "$CASSANDRA_DIR/log/fetch.out" >&2; exit 1; }
  touch "$lib/.complete"
fi

conf="$CASSANDRA_DIR/cassandra.yaml"
cat >"$conf" <<YAML
cluster_name: nested-sdk-ci
num_tokens: 16
partitioner: org.apache.cassandra.dht.Murmur3Partitioner
commitlog_sync: periodic
commitlog_sync_period: 10000ms
commitlog_directory: $CASSANDRA_DIR/commitlog
data_file_directories: [$CASSANDRA_DIR/data]
saved_caches_directory: $CASSANDRA_DIR/saved_caches
hints_directory: $CASSANDRA_DIR/hints
cdc_raw_directory: $CASSANDRA_DIR/cdc_raw
seed_provider:
  - class_name: org.apache.cassandra.locator.SimpleSeedProvider
    parameters:
      - seeds: "127.0.0.1:$CASSANDRA_STORAGE_PORT"
listen_address: 127.0.0.1
rpc_address: 127.0.0.1
storage_port: $CASSANDRA_STORAGE_PORT
native_transport_port: $CASSANDRA_PORT
start_native_transport: true
endpoint_snitch: SimpleSnitch
authenticator: AllowAllAuthenticator
authorizer: AllowAllAuthorizer
concurrent_reads: 8
concurrent_writes: 8
concurrent_counter_writes: 8
YAML
cat >"$CASSANDRA_DIR/logback.xml" <<XML
<configuration>
  <appender name="STDOUT" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%thread] %logger{20} - %msg%n</pattern></encoder>
  </appender>
  <root level="INFO"><appender-ref ref="STDOUT"/></root>
</configuration>
XML

# The module flags of Cassandra's conf/jvm17-server.options, plus the opens Cassandra 5 needs on Java 17.
jvm=(-Xms512m -Xmx512m -Xss256k -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -Djava.net.preferIPv4Stack=true
  -Djdk.attach.allowAttachSelf=true -Dio.netty.tryReflectionSetAccessible=true
  -Dcassandra-foreground=yes -Dcassandra.config="file://$conf" -Dcassandra.storagedir="$CASSANDRA_DIR"
  -Dcassandra.logdir="$CASSANDRA_DIR/log" -Dlogback.configurationFile="file://$CASSANDRA_DIR/logback.xml"
  -Dcassandra.skip_wait_for_gossip_to_settle=0 -Dcassandra.ring_delay_ms=1000
  -Dcassandra.superuser_setup_delay_ms=0)
for p in java.base/jdk.internal.misc java.base/jdk.internal.ref java.base/sun.nio.ch \
  java.management.rmi/com.sun.jmx.remote.internal.rmi java.rmi/sun.rmi.registry java.rmi/sun.rmi.server \
  java.sql/java.sql java.base/java.lang.ref jdk.unsupported/sun.misc; do
  jvm+=(--add-exports "$p=ALL-UNNAMED")
done
for p in java.base/java.lang.module java.base/jdk.internal.loader java.base/jdk.internal.ref \
  java.base/jdk.internal.reflect java.base/jdk.internal.math java.base/jdk.internal.module \
  java.base/jdk.internal.util.jar jdk.management/com.sun.management.internal java.base/sun.nio.ch \
  java.base/java.io java.base/java.lang java.base/java.lang.reflect java.base/java.util java.base/java.nio \
  java.base/java.util.concurrent java.base/java.util.concurrent.atomic java.base/java.net java.base/java.lang.invoke; do
  jvm+=(--add-opens "$p=ALL-UNNAMED")
done

ci_log "starting cassandra $CASSANDRA_VERSION on $CASSANDRA_CONTACT (storage port $CASSANDRA_STORAGE_PORT)"
setsid nohup java "${jvm[@]}" -cp "$lib/*" org.apache.cassandra.service.CassandraDaemon \
  </dev/null >"$CASSANDRA_DIR/log/server.out" 2>&1 &
echo $! >"$CASSANDRA_DIR/cassandra.pid"
if ! wait_until 90 "cassandra on $CASSANDRA_CONTACT" \
  bash -c "kill -0 $(cat "$CASSANDRA_DIR/cassandra.pid") && exec 3<>/dev/tcp/127.0.0.1/$CASSANDRA_PORT"; then
  tail -30 "$CASSANDRA_DIR/log/server.out" >&2
  stop_pid "$CASSANDRA_DIR/cassandra.pid" 10
  exit 1
fi
ci_log "cassandra ready at $CASSANDRA_CONTACT (pid $(cat "$CASSANDRA_DIR/cassandra.pid")); log $CASSANDRA_DIR/log/server.out"
echo "export SDK_TEST_CASSANDRA_CONTACT=$CASSANDRA_CONTACT"
