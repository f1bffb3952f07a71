# shellcheck shell=bash
# Prometheus on 127.0.0.1:9090 (Debian's package, its binary run by us, not the distribution's service): scrapes
# every application's /actuator/prometheus every 5 s and evaluates deploy/monitoring/alerts.yml. On by default
# (OPENTRADE_PROMETHEUS=0 turns it off); it never fails `up`: a package that cannot be installed is a warning.

OT_PROMETHEUS_PORT=9090
OT_PROMETHEUS_TIMEOUT=60
OT_PROMETHEUS_RETENTION=1d
OT_PROMETHEUS_RETENTION_SIZE=512MB
OT_MONITORING_SRC="$OT_REPO/deploy/monitoring"

prometheus_ready() { http_ok "http://127.0.0.1:$OT_PROMETHEUS_PORT/-/ready"; }

# prometheus_install: the Debian package when the binary is missing; false (with the reason) when it cannot be had.
# The package's own service must not hold :9090: where it started (no policy-rc.d), it is stopped and disabled.
prometheus_install() {
    command -v prometheus >/dev/null && return 0
    if ! command -v apt-get >/dev/null; then
        warn "prometheus: not installed and no apt-get here; install Prometheus 2.x (prometheus, promtool) yourself"
        return 1
    fi
    if ((EUID != 0)); then
        warn "prometheus: not installed, and apt-get needs root: run 'sudo apt-get install prometheus', then 'up' again"
        return 1
    fi
    log "prometheus: installing the Debian package (prometheus, promtool)"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-cache policy prometheus 2>/dev/null | grep -q 'Candidate: [0-9]'; then
        apt-get update -qq >>"$OT_LOGS/apt-install.log" 2>&1 || true
    fi
    if ! apt-get install -y -qq --no-install-recommends prometheus >>"$OT_LOGS/apt-install.log" 2>&1; then
        warn "prometheus: apt-get install prometheus failed; see $OT_LOGS/apt-install.log"
        return 1
    fi
    if [[ -d /run/systemd/system ]] && systemctl is-active --quiet prometheus 2>/dev/null; then
        log "prometheus: the package started the distribution's service on :$OT_PROMETHEUS_PORT; stopping and disabling it (ours runs with its own config)"
        systemctl disable --now prometheus >/dev/null 2>&1 || warn "prometheus: could not stop the distribution's service"
    elif [[ -x /etc/init.d/prometheus ]] && /etc/init.d/prometheus status >/dev/null 2>&1; then
        log "prometheus: the package started the distribution's service; stopping and disabling it"
        /etc/init.d/prometheus stop >/dev/null 2>&1 || true
        update-rc.d prometheus disable >/dev/null 2>&1 || true
    fi
}

# prometheus_config: the config and rules from the repo into the data dir; true when they changed.
prometheus_config() {
    local dir="$OT_DATA/prometheus" changed=1 f
    mkdir -p "$dir/tsdb"
    for f in prometheus.yml alerts.yml; do
        cmp -s "$OT_MONITORING_SRC/$f" "$dir/$f" && continue
        cp "$OT_MONITORING_SRC/$f" "$dir/$f.new" && mv "$dir/$f.new" "$dir/$f"
        changed=0
    done
    return "$changed"
}

# prometheus_up: always returns 0; problems are reported as warnings.
prometheus_up() {
    local dir="$OT_DATA/prometheus" logfile="$OT_LOGS/prometheus.log" pid
    if [[ "${OPENTRADE_PROMETHEUS:-1}" == 0 ]]; then
        log "prometheus: not started (OPENTRADE_PROMETHEUS=0)"
        return 0
    fi
    if pid="$(our_pid prometheus)"; then
        if prometheus_config; then
            log "prometheus: already running (pid $pid), the config changed: reloading it (SIGHUP)"
            kill -HUP "$pid" 2>/dev/null || true
        else
            log "prometheus: already running (pid $pid), reusing"
        fi
        return 0
    fi
    if port_open "$OT_PROMETHEUS_PORT"; then
        warn "prometheus: something else answers on 127.0.0.1:$OT_PROMETHEUS_PORT (the distribution's service? 'systemctl disable --now prometheus'); ours is not started, so the stack's alerts are not evaluated"
        return 0
    fi
    prometheus_install || { warn "prometheus: not started: metrics are still served on each application's /actuator/prometheus"; return 0; }
    prometheus_config || true
    log "prometheus: starting on 127.0.0.1:$OT_PROMETHEUS_PORT (data in $dir/tsdb, kept $OT_PROMETHEUS_RETENTION)"
    spawn prometheus "$logfile" "$dir" \
        prometheus --config.file="$dir/prometheus.yml" --storage.tsdb.path="$dir/tsdb" \
        --storage.tsdb.retention.time="$OT_PROMETHEUS_RETENTION" \
        --storage.tsdb.retention.size="$OT_PROMETHEUS_RETENTION_SIZE" \
        --web.listen-address="127.0.0.1:$OT_PROMETHEUS_PORT" \
        || { warn "prometheus: could not be started (not fatal)"; return 0; }
    if wait_healthy prometheus "$OT_PROMETHEUS_TIMEOUT" "$logfile" prometheus_ready; then
        log "prometheus: healthy in ${OT_WAITED}s (http://127.0.0.1:$OT_PROMETHEUS_PORT, alerts: /alerts)"
    else
        warn "prometheus: did not become ready (not fatal); see $logfile"
    fi
    return 0
}

prometheus_down() { stop_server prometheus 20; }

prometheus_status() {
    local state
    state="$(server_state prometheus "$OT_PROMETHEUS_PORT")"
    [[ "$state" == stopped && "${OPENTRADE_PROMETHEUS:-1}" == 0 ]] && state="stopped (OPENTRADE_PROMETHEUS=0)"
    printf '  %-18s %-22s %s\n' prometheus "$state" "127.0.0.1:$OT_PROMETHEUS_PORT"
}
