#!/usr/bin/env bash
# The infrastructure of the local stack as real processes on 127.0.0.1 (no containers):
# MariaDB primary + replica, Redis, Nacos (server + console), RocketMQ name server + broker,
# Seata TC, Prometheus (deploy/monitoring/), and the Sentinel dashboard when its jar is found (lib/sentinel.sh).
#
#   deploy/local/infra.sh up       install what is missing, start everything, wait for health
#   deploy/local/infra.sh down     stop what `up` started (by recorded PID only)
#   deploy/local/infra.sh status   one line per server: running (pid N | external) or stopped
#   deploy/local/infra.sh env      export lines for the applications
#   deploy/local/infra.sh restart NAME    stop and start one server we started (seata, rocketmq-broker,
#                                         mariadb-replica, redis, sentinel): the fault tests
#   deploy/local/infra.sh crash mariadb-primary   kill -9 of the primary, then a start on its data
#   deploy/local/infra.sh pause redis [SECONDS]   Redis answers no client for SECONDS (default 15; CLIENT PAUSE ALL,
#                                         which also holds key expiry): an outage without a restart, so the
#                                         fault tests can inject it into a Redis that is not ours
#
# State (data, logs, PID files, server jars) lives in ${OPENTRADE_HOME:-$HOME/.opentrade}.
# Ports: docs/local-ports.md. Details and known limits: deploy/local/README.md.
set -euo pipefail

LIB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib"
# shellcheck source=lib/common.sh
source "$LIB_DIR/common.sh"
# shellcheck source=lib/fetch.sh
source "$LIB_DIR/fetch.sh"
# shellcheck source=lib/mariadb.sh
source "$LIB_DIR/mariadb.sh"
# shellcheck source=lib/redis.sh
source "$LIB_DIR/redis.sh"
# shellcheck source=lib/nacos.sh
source "$LIB_DIR/nacos.sh"
# shellcheck source=lib/rocketmq.sh
source "$LIB_DIR/rocketmq.sh"
# shellcheck source=lib/seata.sh
source "$LIB_DIR/seata.sh"
# shellcheck source=lib/sentinel.sh
source "$LIB_DIR/sentinel.sh"
# shellcheck source=lib/prometheus.sh
source "$LIB_DIR/prometheus.sh"

usage() {
    sed -n '2,/^set -euo/{/^#/p}' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

# One `up`/`down` at a time per OPENTRADE_HOME. A second caller waits (bounded) rather than
# fails, then finds everything running and reuses it.
take_lock() {
    exec 9>"$OT_RUN/infra.lock"
    flock -n 9 && return 0
    log "waiting for another deploy/local/infra.sh up/down on $OT_HOME to finish"
    flock -w 900 9 || die "another deploy/local/infra.sh up/down on $OT_HOME held the lock for 15 min"
}

# Background jobs of `up`/`down`: name -> PID, waited for together.
declare -A JOBS=()

start_job() {
    local name="$1"
    shift
    "$@" &
    JOBS["$name"]=$!
}

# wait_jobs: waits for every job; the names of those that failed are added to FAILED.
FAILED=()
wait_jobs() {
    local name
    for name in "${!JOBS[@]}"; do
        wait "${JOBS[$name]}" || FAILED+=("$name")
    done
    JOBS=()
}

cmd_status() {
    echo "[infra] servers (OPENTRADE_HOME=$OT_HOME):"
    mariadb_status
    redis_status
    nacos_status
    rocketmq_status
    seata_status
    sentinel_status
    prometheus_status
}

print_urls() {
    log "Nacos console:  http://127.0.0.1:$OT_NACOS_CONSOLE_PORT (no login: auth is off in the local profile)"
    log "Nacos API:      http://127.0.0.1:$OT_NACOS_PORT/nacos"
    log "Seata console:  http://127.0.0.1:$OT_SEATA_HTTP_PORT (seata/seata)"
    if our_pid sentinel >/dev/null || port_open "$OT_SENTINEL_PORT"; then
        log "Sentinel:       http://127.0.0.1:$OT_SENTINEL_PORT (sentinel/sentinel)"
    fi
    our_pid prometheus >/dev/null && log "Prometheus:     http://127.0.0.1:$OT_PROMETHEUS_PORT (alerts: /alerts; dashboard: deploy/monitoring/grafana/)"
    log "app settings:   eval \"\$(deploy/local/infra.sh env)\""
}

# cmd_up: independent servers start in parallel (start-up is CPU-bound on 2 cores). MariaDB and
# Redis need no download, so they start while Maven fetches the Java servers (first run only).
cmd_up() {
    local start
    start="$(now)"
    ensure_dirs
    take_lock
    clear_stale_pidfiles
    log "up: OPENTRADE_HOME=$OT_HOME"
    ensure_packages || die "could not install the Debian packages the stack needs"

    start_job mariadb mariadb_up
    start_job redis redis_up
    start_job prometheus prometheus_up
    if fetch_servers; then
        start_job rocketmq rocketmq_up
        start_job nacos nacos_up
        start_job seata seata_up
        start_job sentinel sentinel_up
    else
        FAILED+=(server-jars)
    fi
    wait_jobs

    cmd_status
    if ((${#FAILED[@]})); then
        err "up: not healthy: ${FAILED[*]} (logs in $OT_LOGS); what did start keeps running, 'deploy/local/infra.sh down' stops it"
        exit 1
    fi
    print_urls
    log "up: all healthy in $(($(now) - start))s"
}

# cmd_down: stops in parallel what we started; dependants before what they depend on.
cmd_down() {
    local leftovers
    ensure_dirs
    take_lock
    start_job sentinel sentinel_down
    start_job prometheus prometheus_down
    start_job seata seata_down
    start_job nacos nacos_down
    start_job rocketmq rocketmq_down
    start_job mariadb mariadb_down
    start_job redis redis_down
    wait_jobs
    leftovers="$(our_leftovers | paste -sd' ')"
    if [[ -n "$leftovers" ]]; then
        err "down: processes running from $OT_DATA or $OT_SERVERS are still there: $leftovers (not started by this infra.sh, or not stoppable)"
        exit 1
    fi
    log "down: nothing of ours is running"
}

# cmd_restart NAME: stops one server we started and starts it again on its existing data (the faults of the
# bank test under faults, system-tests BankUnderFaultsIT). A server we did not start is not ours to restart.
cmd_restart() {
    ensure_dirs
    take_lock
    local name="${1:-}"
    case "$name" in
        seata | rocketmq-broker | mariadb-replica | redis | sentinel) ;;
        *) die "restart supports: seata, rocketmq-broker, mariadb-replica, redis, sentinel (the dashboard)" ;;
    esac
    our_pid "$name" >/dev/null || die "$name: not started by this infra.sh (or not running), so not restarted"
    case "$name" in
        seata) seata_down && seata_up ;;
        rocketmq-broker) stop_server rocketmq-broker 60 && rocketmq_up ;;
        mariadb-replica) stop_server mariadb-replica 60 && mariadb_up ;;
        redis) redis_down && redis_up ;;
        sentinel) sentinel_down && sentinel_up && our_pid sentinel >/dev/null ;;
    esac
}

# cmd_crash NAME: kill -9 of a server we started, then a start on its existing data (crash recovery).
cmd_crash() {
    ensure_dirs
    take_lock
    local name="${1:-}" pid
    [[ "$name" == mariadb-primary ]] || die "crash supports: mariadb-primary"
    pid="$(our_pid "$name")" || die "$name: not started by this infra.sh (or not running), so not crashed"
    kill -KILL "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    rm -f "$(pidfile_of "$name")"
    log "$name: killed (kill -9, pid $pid)"
    mariadb_up
}

# cmd_pause redis SECONDS: every client of Redis waits SECONDS for its answers; returns when Redis answers again.
cmd_pause() {
    local name="${1:-}" seconds="${2:-15}"
    [[ "$name" == redis ]] || die "pause supports: redis"
    [[ "$seconds" =~ ^[0-9]+$ ]] && (( seconds >= 1 && seconds <= 120 )) || die "pause: SECONDS must be 1..120"
    [[ "$(redis-cli -h 127.0.0.1 -p "$OT_REDIS_PORT" CLIENT PAUSE "$(( seconds * 1000 ))" ALL 2>&1)" == OK ]] \
        || die "redis: CLIENT PAUSE refused"
    log "redis: paused for ${seconds}s (CLIENT PAUSE ALL)"
    sleep "$seconds"
    wait_healthy redis 30 "$OT_LOGS/redis.log" redis_ping || die "redis: not answering after the pause"
    log "redis: answering again"
}

cmd_env() {
    printf 'export OPENTRADE_HOME=%q\n' "$OT_HOME"
    printf 'export OPENTRADE_DB_URL_PRIMARY=jdbc:mariadb://127.0.0.1:%s\n' "$OT_DB_PRIMARY_PORT"
    printf 'export OPENTRADE_DB_URL_REPLICA=jdbc:mariadb://127.0.0.1:%s\n' "$OT_DB_REPLICA_PORT"
    printf 'export OPENTRADE_DB_USER=%q\n' "$OT_DB_APP_USER"
    printf 'export OPENTRADE_DB_PASSWORD=%q\n' "$OT_DB_APP_PASSWORD"
    printf 'export REDIS_ADDR=redis://127.0.0.1:%s\n' "$OT_REDIS_PORT"
    printf 'export NACOS_ADDR=127.0.0.1:%s\n' "$OT_NACOS_PORT"
    printf 'export ROCKETMQ_NAMESRV=%s\n' "$OT_MQ_NAMESRV"
    printf 'export SEATA_ADDR=127.0.0.1:%s\n' "$OT_SEATA_PORT"
    printf 'export SENTINEL_DASHBOARD=127.0.0.1:%s\n' "$OT_SENTINEL_PORT"
}

main() {
    case "${1:-}" in
        up) cmd_up ;;
        down) cmd_down ;;
        status) cmd_status ;;
        env) cmd_env ;;
        restart) cmd_restart "${2:-}" ;;
        crash) cmd_crash "${2:-}" ;;
        pause) cmd_pause "${2:-}" "${3:-15}" ;;
        -h | --help | help) usage ;;
        *)
            usage >&2
            exit 2
            ;;
    esac
}

main "$@"
