# shellcheck shell=bash
# Sentinel dashboard (the official jar, unchanged). It is not published on Maven Central, so its jar comes from
# SENTINEL_DASHBOARD_JAR or, by default, from the tools folder beside the repository
# (../shared/tools/sentinel-dashboard-*.jar, checked against its .sha256). Without a jar it is skipped with one
# line; it never fails `up`. Rules edited in it reach each application's Sentinel transport, which writes them
# to the application's Nacos documents (platform-starter, org.opentrade.platform.sentinel).

OT_SENTINEL_PORT=8858
OT_SENTINEL_TIMEOUT=120
OT_SENTINEL_TOOLS="$(cd "$OT_REPO/.." && pwd)/shared/tools"
OT_SENTINEL_RELEASE_URL="https://github.com/alibaba/Sentinel/releases"

sentinel_healthy() {
    [[ "$(curl -s -m 3 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$OT_SENTINEL_PORT/" 2>/dev/null)" =~ ^[2-4][0-9][0-9]$ ]]
}

# sentinel_jar: prints the dashboard jar to run (SENTINEL_DASHBOARD_JAR, else the newest in the tools folder);
# fails when there is none.
sentinel_jar() {
    if [[ -n "${SENTINEL_DASHBOARD_JAR:-}" ]]; then
        printf '%s\n' "$SENTINEL_DASHBOARD_JAR"
        return 0
    fi
    local found
    found="$(find "$OT_SENTINEL_TOOLS" -maxdepth 1 -name 'sentinel-dashboard-*.jar' 2>/dev/null | sort -V | tail -n 1)"
    [[ -n "$found" ]] && printf '%s\n' "$found"
}

# sentinel_jar_verified JAR: true when JAR has no .sha256 beside it, or matches the digest in it.
sentinel_jar_verified() {
    local jar="$1" expected actual
    [[ -f "$jar.sha256" ]] || return 0
    expected="$(awk '{print $1; exit}' "$jar.sha256")"
    actual="$(sha256sum "$jar" | awk '{print $1}')"
    [[ -n "$expected" && "$expected" == "$actual" ]]
}

# sentinel_up: always returns 0; problems are reported as warnings.
# The dashboard reports itself to itself through Sentinel's client, whose stock transport listens on every interface
# (port 8719). platform-starter's LoopbackCommandCenter binds 127.0.0.1 and wins by SPI priority; it is compiled here
# from its source against the dashboard's own Sentinel jars (so no build of ours is needed first) into a folder put on
# the dashboard's class path (PropertiesLauncher's loader.path). Prints the folder; fails if it cannot be made.
sentinel_loopback_transport() {
    local dashboard_jar="$1" out="$OT_DATA/sentinel/loopback-transport"
    local src="$OT_REPO/platform-starter/src/main/java/org/opentrade/platform/sentinel/LoopbackCommandCenter.java"
    local stamp sum
    sum="$(sha256sum "$src" "$dashboard_jar" | cut -c1-64 | paste -sd-)" || return 1
    stamp="$out/.source-sha256"
    if [[ -f "$stamp" && "$(cat "$stamp")" == "$sum" ]]; then
        echo "$out"
        return 0
    fi
    rm -rf "$out" && mkdir -p "$out/lib" "$out/classes/META-INF/services" || return 1
    (cd "$out/lib" && unzip -q -o -j "$dashboard_jar" 'BOOT-INF/lib/sentinel-core-*.jar' \
        'BOOT-INF/lib/sentinel-transport-*.jar') || return 1
    javac -nowarn -d "$out/classes" -cp "$(ls -1 "$out"/lib/*.jar | paste -sd:)" "$src" >&2 || return 1
    echo org.opentrade.platform.sentinel.LoopbackCommandCenter \
        > "$out/classes/META-INF/services/com.alibaba.csp.sentinel.transport.CommandCenter"
    echo "$sum" > "$stamp"
    echo "$out"
}

sentinel_up() {
    local jar transport home="$OT_DATA/sentinel"
    if our_pid sentinel >/dev/null; then
        log "sentinel-dashboard: already running (pid $(our_pid sentinel)), reusing"
        return 0
    fi
    if port_open "$OT_SENTINEL_PORT"; then
        log "sentinel-dashboard: something already answers on 127.0.0.1:$OT_SENTINEL_PORT, reusing it (external)"
        return 0
    fi
    if ! jar="$(sentinel_jar)"; then
        log "sentinel-dashboard: not started: no jar (SENTINEL_DASHBOARD_JAR unset, none in $OT_SENTINEL_TOOLS); get sentinel-dashboard-1.8.9.jar from $OT_SENTINEL_RELEASE_URL and put it there or set SENTINEL_DASHBOARD_JAR=/path/to/it"
        return 0
    fi
    if [[ ! -r "$jar" ]]; then
        warn "sentinel-dashboard: not started: $jar is not a readable file (not fatal)"
        return 0
    fi
    if ! sentinel_jar_verified "$jar"; then
        warn "sentinel-dashboard: not started: $jar does not match $jar.sha256 (not fatal)"
        return 0
    fi
    # Not logs/sentinel: the apps' Sentinel clients write files of the same names there.
    mkdir -p "$home/home" "$OT_LOGS/sentinel-dashboard"
    if ! transport="$(sentinel_loopback_transport "$jar")"; then
        warn "sentinel-dashboard: not started: could not build its loopback-only transport (not fatal)"
        return 0
    fi
    log "sentinel-dashboard: starting on 127.0.0.1:$OT_SENTINEL_PORT from $jar"
    spawn sentinel "$OT_LOGS/sentinel-dashboard.log" "$home" \
        java -Xms64m -Xmx192m "${OT_JVM_COMMON[@]}" -Duser.home="$home/home" \
        -Dserver.address=127.0.0.1 -Dserver.port="$OT_SENTINEL_PORT" \
        -Dcsp.sentinel.dashboard.server="127.0.0.1:$OT_SENTINEL_PORT" -Dproject.name=sentinel-dashboard \
        -Dcsp.sentinel.log.dir="$OT_LOGS/sentinel-dashboard" -Dopentrade.sentinel.bind-address=127.0.0.1 -Dcsp.sentinel.api.port=8719 \
        -Dloader.path="$transport/classes" -cp "$jar" org.springframework.boot.loader.PropertiesLauncher || { warn "sentinel-dashboard: could not be started (not fatal)"; return 0; }
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
    [[ "$state" == stopped ]] && ! sentinel_jar >/dev/null && state="stopped (no jar)"
    printf '  %-18s %-22s %s\n' sentinel-dashboard "$state" "127.0.0.1:$OT_SENTINEL_PORT"
}
