# Shared settings of the local scripts. Sourced, not run.
# Every setting has a local default and can be overridden by the environment variable of the same name.
set -euo pipefail

LOCAL_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$LOCAL_DIR/../.." && pwd)

PARINDEX_STATE=${PARINDEX_STATE:-$LOCAL_DIR/.state}
PARINDEX_DB_HOST=${PARINDEX_DB_HOST:-127.0.0.1}
PARINDEX_DB_PORT=${PARINDEX_DB_PORT:-5432}
PARINDEX_DB_USER=${PARINDEX_DB_USER:-parindex}
PARINDEX_DB_PASSWORD=${PARINDEX_DB_PASSWORD:-parindex}
# Set to an existing server's superuser (or a role with CREATEDB) to create the databases there instead of
# starting the local cluster: PARINDEX_DB_EXTERNAL=true PARINDEX_DB_HOST=db.example PARINDEX_DB_ADMIN_USER=postgres ...
PARINDEX_DB_EXTERNAL=${PARINDEX_DB_EXTERNAL:-false}
PARINDEX_PG_CLUSTER=${PARINDEX_PG_CLUSTER:-15 main}
KAFKA_HOST=${KAFKA_HOST:-127.0.0.1}
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
KAFKA_SASL_PORT=${KAFKA_SASL_PORT:-9094}
KAFKA_BOOTSTRAP_SERVERS=${KAFKA_BOOTSTRAP_SERVERS:-$KAFKA_HOST:$KAFKA_PORT}
KAFKA_HEAP=${KAFKA_HEAP:-512m}

SERVICES="assessment ranking survey"
# A test run beside another on the same machine names its test databases with a suffix of its own (.ci/run does)
PARINDEX_TEST_DB_SUFFIX=${PARINDEX_TEST_DB_SUFFIX:-}
[[ $PARINDEX_TEST_DB_SUFFIX =~ ^[a-z0-9_]*$ ]] || { printf 'error: PARINDEX_TEST_DB_SUFFIX may hold only a-z, 0-9 and _\n' >&2; exit 1; }
TEST_DATABASES=""
for db in parindex_assessment_test parindex_ranking_test parindex_survey_test parindex_assessment_e2e parindex_ranking_e2e \
    parindex_survey_e2e parindex_ranking_e2e_rebuild; do
  TEST_DATABASES="$TEST_DATABASES $db$PARINDEX_TEST_DB_SUFFIX"
done
DATABASES="parindex_assessment parindex_ranking parindex_survey$TEST_DATABASES"

export PARINDEX_STATE PARINDEX_DB_HOST PARINDEX_DB_PORT PARINDEX_DB_USER PARINDEX_DB_PASSWORD KAFKA_BOOTSTRAP_SERVERS \
  PARINDEX_TEST_DB_SUFFIX

mkdir -p "$PARINDEX_STATE/pids" "$PARINDEX_STATE/logs"

say()  { printf '%s\n' "$*"; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

service_port() {
  case "$1" in assessment) echo 8081 ;; ranking) echo 8082 ;; survey) echo 8083 ;; *) fail "unknown service $1" ;; esac
}

# A process we started is alive when its pid file names a live process.
pid_alive() {
  local file="$PARINDEX_STATE/pids/$1.pid"
  [ -f "$file" ] && kill -0 "$(cat "$file")" 2>/dev/null
}

stop_pid() {
  local name=$1 file="$PARINDEX_STATE/pids/$1.pid" pid i
  if ! pid_alive "$name"; then rm -f "$file"; return 0; fi
  pid=$(cat "$file")
  kill "$pid" 2>/dev/null || true
  for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
  rm -f "$file"
  say "stopped $name (pid $pid)"
}

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

require() {
  command -v "$1" >/dev/null 2>&1 || fail "'$1' is not installed: $2"
}

mvnw() { "$REPO_DIR/mvnw" -B -q "$@"; }

# The local signing key pair for JWTs (generated on first use, never committed).
JWT_DIR=$PARINDEX_STATE/jwt
PARINDEX_JWT_ISSUER=${PARINDEX_JWT_ISSUER:-https://parindex.local}
export PARINDEX_JWT_ISSUER
ensure_jwt_keys() {
  if [ ! -f "$JWT_DIR/private.pem" ]; then
    require openssl "install openssl (apt-get install openssl)"
    mkdir -p "$JWT_DIR"
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$JWT_DIR/private.pem" 2>/dev/null
    openssl pkey -in "$JWT_DIR/private.pem" -pubout -out "$JWT_DIR/public.pem"
    chmod 600 "$JWT_DIR/private.pem"
    say "generated the local JWT signing key pair in $JWT_DIR"
  fi
}
