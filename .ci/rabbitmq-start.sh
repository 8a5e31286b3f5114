#!/usr/bin/env bash
# Starts a real RabbitMQ (Debian rabbitmq-server 3.10) as the current user on 127.0.0.1:5673, with
# epmd and the Erlang distribution port pinned to loopback. Idempotent: does nothing when it is
# already running. State: ${SDK_CI_STATE:-/tmp/nested-sdk-ci}/rabbitmq.
# Tests reach it with  export SDK_TEST_RABBITMQ_URL=amqp://guest:guest@127.0.0.1:5673/
set -euo pipefail
. "$(dirname "$0")/lib.sh"

url="amqp://guest:guest@127.0.0.1:$RABBITMQ_PORT/"
if rabbitmq_running; then
  ci_log "rabbitmq already running at $url (pid $(cat "$RABBITMQ_DIR/rabbitmq.pid"))"
  exit 0
fi
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || { ci_log "rabbitmq-server missing: apt-get install rabbitmq-server"; exit 1; }

mkdir -p "$RABBITMQ_DIR"/{mnesia,log}
echo '[].' >"$RABBITMQ_DIR/enabled_plugins"
rabbitmq_env

# Our own epmd on loopback, so that stop can end exactly the process we started. An epmd that
# already listens (someone else's) is used as it is and left alone.
if ! (exec 3<>/dev/tcp/127.0.0.1/4369) 2>/dev/null; then
  setsid nohup epmd -address 127.0.0.1 </dev/null >"$RABBITMQ_DIR/log/epmd.out" 2>&1 &
  echo $! >"$RABBITMQ_DIR/epmd.pid"
  wait_until 10 "epmd" bash -c 'exec 3<>/dev/tcp/127.0.0.1/4369'
fi

ci_log "starting rabbitmq node $RABBITMQ_NODE on 127.0.0.1:$RABBITMQ_PORT"
setsid nohup /usr/lib/rabbitmq/bin/rabbitmq-server </dev/null >"$RABBITMQ_DIR/server.out" 2>&1 &
ctl=/usr/lib/rabbitmq/bin/rabbitmqctl
if ! "$ctl" -q -n "$RABBITMQ_NODE" wait --timeout 90 "$RABBITMQ_PID_FILE" >/dev/null; then
  tail -30 "$RABBITMQ_DIR/server.out" >&2
  exit 1
fi
wait_until 30 "rabbitmq listener on $RABBITMQ_PORT" \
  /usr/lib/rabbitmq/bin/rabbitmq-diagnostics -q -n "$RABBITMQ_NODE" check_port_listener "$RABBITMQ_PORT"
ci_log "rabbitmq ready at $url (pid $(cat "$RABBITMQ_PID_FILE")); logs $RABBITMQ_DIR/log"
echo "export SDK_TEST_RABBITMQ_URL=$url"
