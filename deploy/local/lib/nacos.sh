# shellcheck shell=bash
# Nacos 3.1 (registry + config centre + console UI) in one JVM, started through our bootstrap
# class (deploy/local/servers/nacos). After it is healthy, every file of
# deploy/local/nacos-config/ is published as a config (dataId = file name, DEFAULT_GROUP).

OT_NACOS_PORT=8848
OT_NACOS_CONSOLE_PORT=8090
OT_NACOS_TIMEOUT=240
# Nacos' embedded Derby can time out while it creates its store on a busy machine ("Login timeout exceeded" loading
# derby-schema.sql; infra-recipes.md, seen on a fresh machine's first `up`): such a start is retried, bounded.
OT_NACOS_START_ATTEMPTS=3
OT_NACOS_API="http://127.0.0.1:$OT_NACOS_PORT/nacos"
OT_NACOS_CONFIG_DIR="$OT_DEPLOY_DIR/nacos-config"

nacos_home() { echo "$OT_DATA/nacos"; }

# nacos_healthy: the core is ready, naming answers, the console API answers, and the console
# serves its UI page. All four, since the console context starts last.
nacos_healthy() {
    http_ok "$OT_NACOS_API/v3/admin/core/state/readiness" '"data":"ok"' &&
        http_ok "$OT_NACOS_API/v1/ns/operator/metrics" '"status":"UP"' &&
        http_ok "http://127.0.0.1:$OT_NACOS_CONSOLE_PORT/v3/console/health/readiness" '"data":"ok"' &&
        http_ok "http://127.0.0.1:$OT_NACOS_CONSOLE_PORT/" 'console-ui'
}

# nacos_render_conf: application.properties from conf/nacos, plus a token secret generated
# once per $OPENTRADE_HOME (so no secret sits in git, and tokens survive restarts).
nacos_render_conf() {
    local home secret_file
    home="$(nacos_home)"
    secret_file="$home/token-secret"
    mkdir -p "$home/conf" "$home/home" "$OT_LOGS/nacos"
    if [[ ! -s "$secret_file" ]]; then
        (umask 077 && head -c 48 /dev/urandom | base64 -w0 >"$secret_file")
    fi
    render "$OT_CONF_SRC/nacos/application.properties" "$home/conf/application.properties"
    printf 'nacos.core.auth.plugin.nacos.token.secret.key=%s\n' "$(<"$secret_file")" \
        >>"$home/conf/application.properties"
}

nacos_start() {
    local home
    home="$(nacos_home)"
    nacos_render_conf
    log "nacos: starting on 127.0.0.1:$OT_NACOS_PORT (console 127.0.0.1:$OT_NACOS_CONSOLE_PORT)"
    # user.home is redirected so the embedded Nacos client and JRaft keep their files with us.
    spawn nacos "$OT_LOGS/nacos.log" "$home" \
        java -Xms256m -Xmx256m -XX:MaxDirectMemorySize=128m "${OT_JVM_COMMON[@]}" \
        -Dnacos.standalone=true -Dnacos.deployment.type=merged -Dnacos.home="$home" \
        -Dnacos.remote.grpc.listen.ip=127.0.0.1 -Duser.home="$home/home" -DJM.LOG.PATH="$OT_LOGS/nacos" \
        -cp "$(java_classpath nacos)" org.opentrade.localinfra.nacos.LocalNacosBootstrap \
        --spring.config.additional-location="file:$home/conf/"
}

# nacos_config_type FILE: the Nacos config type from the file extension.
nacos_config_type() {
    case "${1##*.}" in
        json) echo json ;;
        yaml | yml) echo yaml ;;
        properties) echo properties ;;
        xml) echo xml ;;
        html | htm) echo html ;;
        *) echo text ;;
    esac
}

# nacos_publish_configs: publishes each file whose content differs from what Nacos holds, so a
# re-run changes nothing (and fires no config-change event) when nothing changed.
nacos_publish_configs() {
    local file data_id current published=0 unchanged=0
    [[ -d "$OT_NACOS_CONFIG_DIR" ]] || return 0
    current="$(mktemp)"
    for file in "$OT_NACOS_CONFIG_DIR"/*; do
        [[ -f "$file" ]] || continue
        data_id="$(basename "$file")"
        [[ "$data_id" == README* ]] && continue
        if curl -fsS -m 5 -o "$current" -G "$OT_NACOS_API/v1/cs/configs" \
            --data-urlencode "dataId=$data_id" --data-urlencode group=DEFAULT_GROUP 2>/dev/null &&
            cmp -s "$current" "$file"; then
            unchanged=$((unchanged + 1))
            continue
        fi
        if [[ "$(curl -fsS -m 10 -X POST "$OT_NACOS_API/v1/cs/configs" \
            --data-urlencode "dataId=$data_id" --data-urlencode group=DEFAULT_GROUP \
            --data-urlencode "type=$(nacos_config_type "$file")" \
            --data-urlencode "content@$file" 2>&1)" != true ]]; then
            rm -f "$current"
            err "nacos: publishing config $data_id failed; see $OT_LOGS/nacos/config-server.log"
            return 1
        fi
        published=$((published + 1))
    done
    rm -f "$current"
    log "nacos: configs from deploy/local/nacos-config: $published published, $unchanged unchanged"
}

nacos_up() {
    if our_pid nacos >/dev/null; then
        log "nacos: already running (pid $(our_pid nacos)), reusing"
        wait_healthy nacos "$OT_NACOS_TIMEOUT" "$OT_LOGS/nacos.log" nacos_healthy || return 1
    elif port_open "$OT_NACOS_PORT"; then
        log "nacos: something already answers on 127.0.0.1:$OT_NACOS_PORT, reusing it (external)"
        wait_healthy nacos "$OT_NACOS_TIMEOUT" "$OT_LOGS/nacos.log" nacos_healthy || return 1
    else
        nacos_start_until_healthy || return 1
    fi
    log "nacos: healthy in ${OT_WAITED}s (API http://127.0.0.1:$OT_NACOS_PORT/nacos, console http://127.0.0.1:$OT_NACOS_CONSOLE_PORT)"
    nacos_publish_configs
}

# nacos_start_until_healthy: starts Nacos and waits for it; a start that failed while creating its embedded store
# is tried again (the half-created store removed first, only if this start created it), up to
# OT_NACOS_START_ATTEMPTS times. Any other failure is reported at once.
nacos_start_until_healthy() {
    local attempt store log_from had_store
    store="$(nacos_home)/data/derby-data"
    for ((attempt = 1; attempt <= OT_NACOS_START_ATTEMPTS; attempt++)); do
        had_store=0
        [[ -d "$store" ]] && had_store=1
        log_from=$(($(stat -c %s "$OT_LOGS/nacos.log" 2>/dev/null || echo 0) + 1))
        nacos_start || return 1
        if wait_healthy nacos "$OT_NACOS_TIMEOUT" "$OT_LOGS/nacos.log" nacos_healthy; then
            return 0
        fi
        if ((attempt == OT_NACOS_START_ATTEMPTS)) ||
            ! tail -c +"$log_from" "$OT_LOGS/nacos.log" | grep -q -e 'load derby-schema.sql error' -e 'Login timeout exceeded'; then
            return 1
        fi
        log "nacos: its embedded store timed out while being created (a busy machine); starting again ($((attempt + 1))/$OT_NACOS_START_ATTEMPTS)"
        stop_server nacos 10
        ((had_store == 1)) || rm -rf "$store"
    done
    return 1
}

nacos_down() { stop_server nacos 40; }

nacos_status() {
    printf '  %-18s %-22s %s\n' nacos "$(server_state nacos "$OT_NACOS_PORT")" \
        "127.0.0.1:$OT_NACOS_PORT (gRPC 9848), console 127.0.0.1:$OT_NACOS_CONSOLE_PORT"
}
