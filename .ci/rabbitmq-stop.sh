#!/usr/bin/env bash
# Stops the RabbitMQ started by rabbitmq-start.sh, and the epmd it started; does nothing when not running.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

rabbitmq_env
if pid_alive "$RABBITMQ_PID_FILE"; then
  ci_log "stopping rabbitmq (pid $(cat "$RABBITMQ_PID_FILE"))"
  /usr/lib/rabbitmq/bin/rabbitmqctl -q -n "$RABBITMQ_NODE" stop "$RABBITMQ_PID_FILE" >/dev/null 2>&1 || true
fi
stop_pid "$RABBITMQ_PID_FILE" 20
stop_pid "$RABBITMQ_DIR/epmd.pid" 5
