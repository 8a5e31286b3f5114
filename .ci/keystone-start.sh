#!/usr/bin/env bash
# Starts a real Keystone (Debian keystone 22, sqlite + fernet) on 127.0.0.1:35357 under uwsgi.
# Idempotent: does nothing when it is already running. State: ${SDK_CI_STATE:-/tmp/nested-sdk-ci}/keystone.
# The admin password is SDK_TEST_KEYSTONE_PASSWORD (default below) at the first start; it is kept
# in keystone/env, which you can source to run the real-Keystone tests:  . /tmp/nested-sdk-ci/keystone/env
set -euo pipefail
. "$(dirname "$0")/lib.sh"

if keystone_running; then
  ci_log "keystone already running at $KEYSTONE_URL (pid $(cat "$KEYSTONE_DIR/uwsgi.pid"))"
  cat "$KEYSTONE_DIR/env"
  exit 0
fi
command -v keystone-manage >/dev/null || { ci_log "keystone-manage missing: apt-get install keystone"; exit 1; }
command -v uwsgi_python3 >/dev/null || { ci_log "uwsgi_python3 missing: apt-get install uwsgi-plugin-python3"; exit 1; }

mkdir -p "$KEYSTONE_DIR"
conf="$KEYSTONE_DIR/keystone.conf"
if [ ! -f "$KEYSTONE_DIR/bootstrapped" ]; then
  password="${SDK_TEST_KEYSTONE_PASSWORD:-ci-admin-secret}"
  ci_log "setting up keystone in $KEYSTONE_DIR"
  rm -rf "$KEYSTONE_DIR"/{keystone.db*,fernet-keys,credential-keys}
  cat >"$conf" <<CONF
[DEFAULT]
use_stderr = true
[database]
connection = sqlite:///$KEYSTONE_DIR/keystone.db
[fernet_tokens]
key_repository = $KEYSTONE_DIR/fernet-keys
[fernet_receipts]
key_repository = $KEYSTONE_DIR/fernet-keys
[credential]
key_repository = $KEYSTONE_DIR/credential-keys
[token]
provider = fernet
CONF
  km=(keystone-manage --config-file "$conf")
  "${km[@]}" db_sync
  # Without WAL a wrong password gives 500 "database is locked" instead of 401.
  python3 -c "import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute('PRAGMA journal_mode=WAL')" "$KEYSTONE_DIR/keystone.db"
  "${km[@]}" fernet_setup --keystone-user root --keystone-group root
  "${km[@]}" credential_setup --keystone-user root --keystone-group root
  "${km[@]}" bootstrap --bootstrap-password "$password" --bootstrap-username admin \
    --bootstrap-project-name admin --bootstrap-role-name admin --bootstrap-region-id RegionOne \
    --bootstrap-admin-url "$KEYSTONE_URL/v3/" --bootstrap-internal-url "$KEYSTONE_URL/v3/" \
    --bootstrap-public-url "$KEYSTONE_URL/v3/"
  umask 077
  cat >"$KEYSTONE_DIR/env" <<ENV
export SDK_TEST_KEYSTONE_URL=$KEYSTONE_URL
export SDK_TEST_KEYSTONE_USER=admin
export SDK_TEST_KEYSTONE_PASSWORD=$password
export SDK_TEST_KEYSTONE_PROJECT=admin
export SDK_TEST_KEYSTONE_DOMAIN=Default
ENV
  touch "$KEYSTONE_DIR/bootstrapped"
fi

ci_log "starting keystone (uwsgi) on $KEYSTONE_URL"
OS_KEYSTONE_CONFIG_FILES="$conf" setsid nohup uwsgi_python3 --http-socket "$KEYSTONE_HOST:$KEYSTONE_PORT" \
  --wsgi-file /usr/bin/keystone-wsgi-public --master --processes 2 --threads 4 --lazy-apps --die-on-term \
  --env "OS_KEYSTONE_CONFIG_FILES=$conf" --pidfile "$KEYSTONE_DIR/uwsgi.pid" \
  </dev/null >"$KEYSTONE_DIR/uwsgi.log" 2>&1 &
wait_until 5 "uwsgi pid file" test -s "$KEYSTONE_DIR/uwsgi.pid" || { tail -20 "$KEYSTONE_DIR/uwsgi.log" >&2; exit 1; }
wait_until 90 "keystone at $KEYSTONE_URL" curl -sf -o /dev/null "$KEYSTONE_URL/v3" \
  || { tail -20 "$KEYSTONE_DIR/uwsgi.log" >&2; exit 1; }
ci_log "keystone ready at $KEYSTONE_URL (pid $(cat "$KEYSTONE_DIR/uwsgi.pid")); log $KEYSTONE_DIR/uwsgi.log"
cat "$KEYSTONE_DIR/env"
