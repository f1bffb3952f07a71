# shellcheck shell=bash
# Sentinel dashboard (optional). Its jar is not published on Maven Central, so it starts only
# when SENTINEL_DASHBOARD_JAR points at the official release jar. It never fails `up`.

OT_SENTINEL_PORT=8858
OT_SENTINEL_TIMEOUT=120

sentinel_healthy() {
    [[ "$(curl -s -m 3 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$OT_SENTINEL_PORT/" 2>/dev/null)" =~ ^[2-4][0-9][0-9]$ ]]
}

# sentinel_up: always returns 0; problems are reported as warnings.
sentinel_up() {
    local jar="${SENTINEL_DASHBOARD_JAR:-}" home="$OT_DATA/sentinel"
    if our_pid sentinel >/dev/null; then
        log "sentinel-dashboard: already running (pid $(our_pid sentinel)), reusing"
        return 0
    fi
    if port_open "$OT_SENTINEL_PORT"; then
        log "sentinel-dashboard: something already answers on 127.0.0.1:$OT_SENTINEL_PORT, reusing it (external)"
        return 0
    fi
    if [[ -z "$jar" ]]; then
        log "sentinel-dashboard: not started: SENTINEL_DASHBOARD_JAR is not set (the dashboard is not on Maven Central); to enable it, download the official sentinel-dashboard release jar and run: SENTINEL_DASHBOARD_JAR=/path/to/sentinel-dashboard.jar deploy/local/infra.sh up"
        return 0
    fi
    if [[ ! -r "$jar" ]]; then
        log "sentinel-dashboard: not started: SENTINEL_DASHBOARD_JAR=$jar is not a readable file"
        return 0
    fi
    # Not logs/sentinel: the apps' Sentinel clients write files of the same names there.
    mkdir -p "$home/home" "$OT_LOGS/sentinel-dashboard"
    log "sentinel-dashboard: starting on 127.0.0.1:$OT_SENTINEL_PORT from $jar"
    spawn sentinel "$OT_LOGS/sentinel-dashboard.log" "$home" \
        java -Xms64m -Xmx192m "${OT_JVM_COMMON[@]}" -Duser.home="$home/home" \
        -Dserver.address=127.0.0.1 -Dserver.port="$OT_SENTINEL_PORT" \
        -Dcsp.sentinel.dashboard.server="127.0.0.1:$OT_SENTINEL_PORT" -Dproject.name=sentinel-dashboard \
        -Dcsp.sentinel.log.dir="$OT_LOGS/sentinel-dashboard" \
        -jar "$jar" || { warn "sentinel-dashboard: could not be started (not fatal)"; return 0; }
    if wait_healthy sentinel "$OT_SENTINEL_TIMEOUT" "$OT_LOGS/sentinel-dashboard.log" sentinel_healthy; then
        log "sentinel-dashboard: healthy in ${OT_WAITED}s (http://127.0.0.1:$OT_SENTINEL_PORT, login sentinel/sentinel)"
    else
        warn "sentinel-dashboard: did not become healthy (not fatal); see $OT_LOGS/sentinel-dashboard.log"
    fi
    return 0
}

sentinel_down() { stop_server sentinel 20; }

sentinel_status() {
    local state
    state="$(server_state sentinel "$OT_SENTINEL_PORT")"
    [[ "$state" == stopped && -z "${SENTINEL_DASHBOARD_JAR:-}" ]] && state="stopped (no SENTINEL_DASHBOARD_JAR)"
    printf '  %-18s %-22s %s\n' sentinel-dashboard "$state" "127.0.0.1:$OT_SENTINEL_PORT"
}
