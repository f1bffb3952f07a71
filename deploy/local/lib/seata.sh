# shellcheck shell=bash
# Seata TC server 2.0.0 (io.seata, the newest server on Maven Central): RPC 8091, HTTP/console
# 7091, file store under $OPENTRADE_HOME/data/seata.

OT_SEATA_PORT=8091
OT_SEATA_HTTP_PORT=7091
OT_SEATA_TIMEOUT=120
# A global transaction whose phase two failed (e.g. its RM was reconnecting after a TC restart) is retried by
# the TC only once it is older than this. The default (130 s) leaves money in flight for over two minutes; 40 s
# is still above the longest global transaction timeout of ours (30 s, GlobalTransfer).
OT_SEATA_RETRY_DEAD_THRESHOLD_MS=40000

seata_home() { echo "$OT_DATA/seata"; }

# seata_healthy: the RPC port accepts and the HTTP server answers (any status: its console
# API wants a login, the index page does not).
seata_healthy() {
    port_open "$OT_SEATA_PORT" &&
        [[ "$(curl -s -m 3 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$OT_SEATA_HTTP_PORT/" 2>/dev/null)" =~ ^[2-4][0-9][0-9]$ ]]
}

seata_start() {
    local home
    home="$(seata_home)"
    mkdir -p "$home/sessionStore" "$home/home" "$OT_LOGS/seata"
    log "seata: starting on 127.0.0.1:$OT_SEATA_PORT (HTTP 127.0.0.1:$OT_SEATA_HTTP_PORT)"
    # Spring settings must be -D system properties: seata-server rejects --server.port=... args.
    # -h is what the server would put in XIDs, but Seata 2.0.0 refuses 127.0.0.1 there (see
    # deploy/local/README.md): XIDs carry the machine's first non-loopback address.
    spawn seata "$OT_LOGS/seata.log" "$home" \
        java -Xms128m -Xmx256m -XX:MaxDirectMemorySize=64m "${OT_JVM_COMMON[@]}" \
        -Dserver.port="$OT_SEATA_HTTP_PORT" -Dserver.address=127.0.0.1 \
        -Dseata.store.mode=file -Dseata.store.file.dir="$home/sessionStore" \
        -Dseata.server.retry-dead-threshold="$OT_SEATA_RETRY_DEAD_THRESHOLD_MS" \
        -Dseata.config.type=file -Dseata.registry.type=file \
        -Dlog.home="$OT_LOGS/seata" -Duser.home="$home/home" \
        -cp "$(java_classpath seata)" io.seata.server.ServerApplication \
        -h 127.0.0.1 -p "$OT_SEATA_PORT" -m file
}

seata_up() {
    if our_pid seata >/dev/null; then
        log "seata: already running (pid $(our_pid seata)), reusing"
    elif port_open "$OT_SEATA_PORT"; then
        log "seata: something already answers on 127.0.0.1:$OT_SEATA_PORT, reusing it (external)"
    else
        seata_start || return 1
    fi
    wait_healthy seata "$OT_SEATA_TIMEOUT" "$OT_LOGS/seata.log" seata_healthy || return 1
    log "seata: healthy in ${OT_WAITED}s (RPC 127.0.0.1:$OT_SEATA_PORT, HTTP 127.0.0.1:$OT_SEATA_HTTP_PORT)"
}

seata_down() { stop_server seata 30; }

seata_status() {
    printf '  %-18s %-22s %s\n' seata "$(server_state seata "$OT_SEATA_PORT")" \
        "127.0.0.1:$OT_SEATA_PORT, HTTP 127.0.0.1:$OT_SEATA_HTTP_PORT"
}
