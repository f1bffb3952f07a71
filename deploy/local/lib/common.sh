# shellcheck shell=bash
# shellcheck disable=SC2034 # globals here are used by the other lib/*.sh files
# Shared helpers for deploy/local/infra.sh: paths, logging, process and health-check primitives.
# Sourced, never run. Every server helper in lib/*.sh builds on these.

# Repository root, resolved from this file's location so the script works from any cwd.
OT_DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OT_REPO="$(cd "$OT_DEPLOY_DIR/../.." && pwd)"
OT_CONF_SRC="$OT_DEPLOY_DIR/conf"

# All state lives under OPENTRADE_HOME, never in the work tree.
OT_HOME="${OPENTRADE_HOME:-$HOME/.opentrade}"
OT_DATA="$OT_HOME/data"
OT_LOGS="$OT_HOME/logs"
OT_RUN="$OT_HOME/run"
OT_SERVERS="$OT_HOME/servers"

# Flags shared by every JVM server: small footprint on a 2-core machine, die loudly on OOM
# instead of limping, IPv4 loopback only.
OT_JVM_COMMON=(-XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -Xss512k -Djava.net.preferIPv4Stack=true -Dfile.encoding=UTF-8)

log() { printf '[infra] %s\n' "$*"; }
warn() { printf '[infra] WARNING: %s\n' "$*" >&2; }
err() { printf '[infra] ERROR: %s\n' "$*" >&2; }
die() { printf '[infra] ERROR: %s\n' "$*" >&2; exit 1; }

ensure_dirs() {
    # mariadb-install-db (a shell script) cannot handle a data dir path with blanks.
    [[ "$OT_HOME" != *[[:space:]]* ]] || die "OPENTRADE_HOME must not contain blanks: '$OT_HOME'"
    mkdir -p "$OT_DATA" "$OT_LOGS" "$OT_RUN" "$OT_SERVERS"
}

now() { date +%s; }

# Every wait longer than this says what it waits for (seconds).
OT_PROGRESS_S="${OT_PROGRESS_S:-10}"

# port_open PORT: true when something accepts TCP connections on 127.0.0.1:PORT.
port_open() {
    timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# http_ok URL [GREP]: true on a 2xx answer (whose body contains GREP, when given).
http_ok() {
    local body
    body="$(curl -fsS -m 3 "$1" 2>/dev/null)" || return 1
    [[ -z "${2:-}" || "$body" == *"$2"* ]]
}

pidfile_of() { printf '%s/%s.pid\n' "$OT_RUN" "$1"; }

# The PID files this script owns in run/ (deploy/local/stack keeps its own app-*.pid there).
OT_SERVER_NAMES=(mariadb-primary mariadb-replica redis nacos rocketmq-namesrv rocketmq-broker seata sentinel prometheus)

# clear_stale_pidfiles: forget our PID files whose process is gone (or is no longer ours).
clear_stale_pidfiles() {
    local name
    for name in "${OT_SERVER_NAMES[@]}"; do
        our_pid "$name" >/dev/null || rm -f "$(pidfile_of "$name")"
    done
}

# is_our_server_cmdline PID: the process runs from our data or server dirs (every server that
# `up` starts has $OT_DATA/ or $OT_SERVERS/ on its command line; the apps do not).
is_our_server_cmdline() {
    local cmdline
    cmdline="$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null)" || return 1
    [[ "$cmdline" == *"$OT_DATA/"* || "$cmdline" == *"$OT_SERVERS/"* ]]
}

# our_leftovers: PIDs of processes running from our data or server dirs (except this script
# and its parents). After `down` there should be none.
our_leftovers() {
    local d pid
    for d in /proc/[0-9]*; do
        pid="${d#/proc/}"
        [[ "$pid" == "$$" || "$pid" == "$PPID" || "$pid" == "${BASHPID:-}" ]] && continue
        is_our_server_cmdline "$pid" && echo "$pid"
    done
    return 0
}

# our_pid NAME: prints the PID recorded for NAME if that process is alive AND is really ours
# (it runs from our dirs: guards against a recycled PID). Fails otherwise.
our_pid() {
    local pidfile pid
    pidfile="$(pidfile_of "$1")"
    [[ -s "$pidfile" ]] || return 1
    pid="$(<"$pidfile")"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    is_our_server_cmdline "$pid" || return 1
    printf '%s\n' "$pid"
}

# spawn NAME LOGFILE WORKDIR CMD...: starts CMD detached (own session, no stdin, output to
# LOGFILE) and records its PID. The inner shell writes its own PID and then execs CMD, so the
# recorded PID is the server's, not a wrapper's. Inherited descriptors 3-9 (our lock, a
# caller's pipes) are closed, so a long-lived server holds nothing of the caller's.
spawn() {
    local name="$1" logfile="$2" workdir="$3" pidfile
    shift 3
    pidfile="$(pidfile_of "$name")"
    rm -f "$pidfile"
    mkdir -p "$workdir" "$(dirname "$logfile")"
    printf '\n===== %s start %s =====\n' "$name" "$(date -Is)" >>"$logfile"
    # shellcheck disable=SC2016 # $$, $0, $1 and $@ belong to the inner shell
    setsid bash -c 'echo $$ >"$0"; cd "$1" && shift && exec "$@"' "$pidfile" "$workdir" "$@" \
        </dev/null >>"$logfile" 2>&1 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&- &
    # The PID file appears as soon as the inner shell runs; wait for it briefly.
    local i
    for ((i = 0; i < 50; i++)); do
        [[ -s "$pidfile" ]] && return 0
        sleep 0.1
    done
    err "$name: could not record its PID (see $logfile)"
    return 1
}

# wait_healthy NAME TIMEOUT_S LOGFILE CHECK...: polls CHECK (a command) every half second until
# it succeeds. Fails early if the process we started died, and after TIMEOUT_S seconds.
wait_healthy() {
    local name="$1" timeout_s="$2" logfile="$3"
    shift 3
    local start deadline next_note
    start="$(now)"
    deadline=$((start + timeout_s))
    next_note=$((start + OT_PROGRESS_S))
    while true; do
        if "$@"; then
            OT_WAITED=$(($(now) - start))
            return 0
        fi
        if (($(now) >= next_note)); then
            log "$name: waiting for it to answer healthy ($(($(now) - start))s of at most ${timeout_s}s)"
            next_note=$((next_note + OT_PROGRESS_S))
        fi
        if [[ -f "$(pidfile_of "$name")" ]] && ! our_pid "$name" >/dev/null; then
            err "$name: the process exited during start-up; see $logfile"
            tail -n 15 "$logfile" 2>/dev/null | sed "s/^/[infra]   $name| /" >&2
            return 1
        fi
        if (($(now) >= deadline)); then
            err "$name: not healthy after ${timeout_s}s; see $logfile"
            tail -n 15 "$logfile" 2>/dev/null | sed "s/^/[infra]   $name| /" >&2
            return 1
        fi
        sleep 0.5
    done
}

# run_with_progress LABEL CMD...: runs CMD, saying every OT_PROGRESS_S seconds that LABEL still runs and for how
# long (a newcomer's first `up` downloads and builds for minutes: it must never look hung); returns CMD's status.
run_with_progress() {
    local label="$1" start pid rc=0
    shift
    start="$(now)"
    "$@" &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
        sleep 1
        if kill -0 "$pid" 2>/dev/null && (( ($(now) - start) % OT_PROGRESS_S == 0 )); then
            log "$label: still running ($(($(now) - start))s)"
        fi
    done
    wait "$pid" || rc=$?
    return "$rc"
}

# stop_server NAME [GRACE_S]: stops the process recorded for NAME (SIGTERM, then SIGKILL after
# GRACE_S seconds) and removes its PID file. Never touches a process we did not start.
stop_server() {
    local name="$1" grace="${2:-30}" pid i
    if ! pid="$(our_pid "$name")"; then
        rm -f "$(pidfile_of "$name")"
        return 0
    fi
    log "$name: stopping pid $pid"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < grace * 5; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
    done
    if kill -0 "$pid" 2>/dev/null; then
        warn "$name: pid $pid still alive after ${grace}s, sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        for ((i = 0; i < 25; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.2
        done
    fi
    rm -f "$(pidfile_of "$name")"
    log "$name: stopped"
}

# server_state NAME PORT: "running (pid N)", "running (external)" or "stopped".
server_state() {
    local pid
    if pid="$(our_pid "$1")"; then
        printf 'running (pid %s)\n' "$pid"
    elif port_open "$2"; then
        printf 'running (external)\n'
    else
        printf 'stopped\n'
    fi
}

# java_classpath NAME: the classpath wildcard of a server fetched by fetch.sh.
java_classpath() { printf '%s/%s/lib/*\n' "$OT_SERVERS" "$1"; }

# render TEMPLATE DEST: copies a config template from conf/, replacing @OT_HOME@, @OT_DATA@
# and @OT_LOGS@ with this machine's paths.
render() {
    mkdir -p "$(dirname "$2")"
    sed -e "s|@OT_HOME@|$OT_HOME|g" -e "s|@OT_DATA@|$OT_DATA|g" -e "s|@OT_LOGS@|$OT_LOGS|g" "$1" >"$2"
}
