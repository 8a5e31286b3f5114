#!/usr/bin/env bash
# Stops the Keystone started by keystone-start.sh; does nothing when it is not running.
# Keeps the database, so the next start is quick. Remove ${SDK_CI_STATE:-/tmp/nested-sdk-ci}/keystone for a fresh one.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

if pid_alive "$KEYSTONE_DIR/uwsgi.pid"; then
  ci_log "stopping keystone (pid $(cat "$KEYSTONE_DIR/uwsgi.pid"))"
fi
stop_pid "$KEYSTONE_DIR/uwsgi.pid" 20
