# shellcheck shell=bash
# Installs what the local stack needs and is missing: Debian packages (MariaDB, Redis, curl) and
# the Java server jars from Maven Central (through deploy/local/servers/*/pom.xml).
# Both steps are skipped when everything is already there.

# ensure_packages: apt-get only when a binary is missing, and `apt-get update` at most once.
ensure_packages() {
    local missing=()
    command -v mariadbd >/dev/null || missing+=(mariadb-server mariadb-client)
    command -v mariadb-install-db >/dev/null || missing+=(mariadb-server)
    command -v redis-server >/dev/null || missing+=(redis-server)
    command -v redis-cli >/dev/null || missing+=(redis-tools)
    command -v curl >/dev/null || missing+=(curl)
    ((${#missing[@]} == 0)) && return 0
    log "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || { err "apt-get update failed"; return 1; }
    # policy-rc.d is not touched: the machine's own mariadb/redis services may start, and ours
    # use other ports and data dirs (Redis on 6379 is then reused, see redis.sh).
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$OT_LOGS/apt-install.log" 2>&1 ||
        { err "apt-get install failed; see $OT_LOGS/apt-install.log"; return 1; }
}

# The Java servers fetched from Maven Central, one module each in deploy/local/servers/.
OT_JAVA_SERVERS=(nacos rocketmq seata)

# A lib/ dir is complete once fetch_servers stamped it with the hash of the poms (and of the
# Nacos bootstrap source) it came from; a changed pom fetches again.
servers_stamp() {
    cat "$OT_DEPLOY_DIR/servers/pom.xml" "$OT_DEPLOY_DIR/servers/$1/pom.xml" |
        cat - <(find "$OT_DEPLOY_DIR/servers/$1" -name '*.java' -print0 | sort -z | xargs -0r cat) |
        sha1sum | cut -d' ' -f1
}

server_fetched() {
    [[ -f "$OT_SERVERS/$1/lib/.complete" && "$(<"$OT_SERVERS/$1/lib/.complete")" == "$(servers_stamp "$1")" ]]
}

# fetch_servers: one Maven run for every server whose lib/ is missing or stale. One run (not
# one per server) so no two Maven processes write the same local-repository file at once.
fetch_servers() {
    local todo=() s start
    for s in "${OT_JAVA_SERVERS[@]}"; do
        server_fetched "$s" || todo+=("$s")
    done
    ((${#todo[@]} == 0)) && return 0
    start="$(now)"
    log "fetching server jars from Maven Central: ${todo[*]} (once per \$OPENTRADE_HOME)"
    for s in "${todo[@]}"; do rm -rf "${OT_SERVERS:?}/$s/lib" "${OT_SERVERS:?}/$s/build"; done
    local modules
    modules="$(IFS=,; echo "${todo[*]}")"
    if ! run_with_progress "fetching server jars" "$OT_REPO/mvnw" -B -q -f "$OT_DEPLOY_DIR/servers/pom.xml" -pl "$modules" \
        -Dot.servers.dir="$OT_SERVERS" package dependency:copy-dependencies \
        </dev/null >"$OT_LOGS/fetch-servers.log" 2>&1; then
        err "fetching server jars failed; see $OT_LOGS/fetch-servers.log"
        return 1
    fi
    for s in "${todo[@]}"; do
        servers_stamp "$s" >"$OT_SERVERS/$s/lib/.complete"
    done
    log "server jars ready in $(($(now) - start))s: ${todo[*]}"
}
