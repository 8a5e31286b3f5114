#!/usr/bin/env bash
# Stops the Cassandra started by cassandra-start.sh; does nothing when it is not running.
# Keeps the data and the fetched jars. Remove ${SDK_CI_STATE:-/tmp/nested-sdk-ci}/cassandra for a fresh one.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

if pid_alive "$CASSANDRA_DIR/cassandra.pid"; then
  ci_log "stopping cassandra (pid $(cat "$CASSANDRA_DIR/cassandra.pid"))"
fi
stop_pid "$CASSANDRA_DIR/cassandra.pid" 30
