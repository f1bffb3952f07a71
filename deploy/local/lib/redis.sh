# shellcheck shell=bash
# Redis on 127.0.0.1:6379. Many machines already run one there (the Debian service): then it is
# reused as it is, since the apps only need a Redis, not a private one.

OT_REDIS_PORT=6379
OT_REDIS_TIMEOUT=15

redis_ping() {
    [[ "$(redis-cli -h 127.0.0.1 -p "$OT_REDIS_PORT" ping 2>/dev/null)" == PONG ]]
}

redis_up() {
    local logfile="$OT_LOGS/redis.log"
    if our_pid redis >/dev/null; then
        log "redis: already running (pid $(our_pid redis)), reusing"
    elif redis_ping || port_open "$OT_REDIS_PORT"; then
        log "redis: something already answers on 127.0.0.1:$OT_REDIS_PORT, reusing it (external)"
    else
        log "redis: starting on 127.0.0.1:$OT_REDIS_PORT"
        # No persistence: a cache and rate-limit store for local development. Bounded memory.
        # --set-proc-title no keeps the command line (with our data dir) that our_pid checks.
        spawn redis "$logfile" "$OT_DATA/redis" \
            redis-server --bind 127.0.0.1 --port "$OT_REDIS_PORT" --protected-mode yes \
            --daemonize no --dir "$OT_DATA/redis" --save "" --appendonly no \
            --maxmemory 256mb --maxmemory-policy noeviction \
            --set-proc-title no || return 1
    fi
    wait_healthy redis "$OT_REDIS_TIMEOUT" "$logfile" redis_ping || return 1
    log "redis: healthy (PONG) on 127.0.0.1:$OT_REDIS_PORT"
}

redis_down() { stop_server redis 15; }

redis_status() {
    printf '  %-18s %-22s %s\n' redis "$(server_state redis "$OT_REDIS_PORT")" "127.0.0.1:$OT_REDIS_PORT"
}
