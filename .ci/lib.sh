# Shared helpers for the .ci/ scripts. Source it; it defines functions and the state layout only.
# The state lives under ${SDK_CI_STATE:-/tmp/nested-sdk-ci}: one folder per server.

SDK_CI_STATE="${SDK_CI_STATE:-/tmp/nested-sdk-ci}"
KEYSTONE_DIR="$SDK_CI_STATE/keystone"
KEYSTONE_HOST=127.0.0.1
KEYSTONE_PORT=35357
KEYSTONE_URL="http://$KEYSTONE_HOST:$KEYSTONE_PORT"
RABBITMQ_DIR="$SDK_CI_STATE/rabbitmq"
RABBITMQ_PORT=5673
RABBITMQ_DIST_PORT=25673
RABBITMQ_NODE="rmq$RABBITMQ_PORT@localhost"
CASSANDRA_DIR="$SDK_CI_STATE/cassandra"
CASSANDRA_VERSION=5.0.7
CASSANDRA_PORT=9042
CASSANDRA_STORAGE_PORT=7010
CASSANDRA_CONTACT="127.0.0.1:$CASSANDRA_PORT"

ci_log() {
  printf '[ci %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2
}

# pid_alive FILE: true when FILE names a running process.
pid_alive() {
  [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
}

# wait_until SECONDS DESCRIPTION COMMAND...: polls COMMAND every half second, fails after SECONDS.
wait_until() {
  local limit=$1 what=$2 tries
  shift 2
  tries=$((limit * 2))
  for ((i = 0; i < tries; i++)); do
    if "$@" >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.5
  done
  ci_log "$what not ready after ${limit}s"
  return 1
}

# stop_pid FILE SECONDS: SIGTERM to the process named in FILE, waits up to SECONDS, then SIGKILL.
stop_pid() {
  local file=$1 limit=$2 pid
  if ! pid_alive "$file"; then
    rm -f "$file"
    return 0
  fi
  pid=$(cat "$file")
  kill -TERM "$pid" 2>/dev/null || true
  if ! wait_until "$limit" "exit of pid $pid" sh -c "! kill -0 $pid"; then
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

keystone_running() {
  pid_alive "$KEYSTONE_DIR/uwsgi.pid" && curl -sf -o /dev/null "$KEYSTONE_URL/v3"
}

rabbitmq_env() {
  export HOME="$RABBITMQ_DIR"
  export RABBITMQ_NODENAME="$RABBITMQ_NODE"
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  export RABBITMQ_NODE_PORT="$RABBITMQ_PORT"
  export RABBITMQ_DIST_PORT
  export ERL_EPMD_ADDRESS=127.0.0.1
  export RABBITMQ_MNESIA_BASE="$RABBITMQ_DIR/mnesia"
  export RABBITMQ_LOG_BASE="$RABBITMQ_DIR/log"
  export RABBITMQ_ENABLED_PLUGINS_FILE="$RABBITMQ_DIR/enabled_plugins"
  export RABBITMQ_PID_FILE="$RABBITMQ_DIR/rabbitmq.pid"
  export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
}

rabbitmq_running() {
  pid_alive "$RABBITMQ_DIR/rabbitmq.pid" \
    && (rabbitmq_env && /usr/lib/rabbitmq/bin/rabbitmq-diagnostics -q -n "$RABBITMQ_NODE" check_port_listener "$RABBITMQ_PORT" >/dev/null 2>&1)
}

# port_open PORT: true when something accepts TCP connections on 127.0.0.1:PORT.
port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

cassandra_running() {
  pid_alive "$CASSANDRA_DIR/cassandra.pid" && port_open "$CASSANDRA_PORT"
}
