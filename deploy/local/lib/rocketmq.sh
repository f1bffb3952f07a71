# shellcheck shell=bash
# RocketMQ 5.3.3: name server (9876) then broker (10911), then the topics of conf/topics.txt,
# created with the admin tool (rocketmq-tools) and verified with topicList.

OT_MQ_NAMESRV_PORT=9876
OT_MQ_BROKER_PORT=10911
OT_MQ_NAMESRV="127.0.0.1:$OT_MQ_NAMESRV_PORT"
OT_MQ_CLUSTER=DefaultCluster
OT_MQ_BROKER_NAME=broker-a
OT_MQ_TOPICS_FILE="$OT_CONF_SRC/topics.txt"
OT_MQ_QUEUES=4
OT_MQ_NAMESRV_TIMEOUT=90
OT_MQ_BROKER_TIMEOUT=150

mq_home() { echo "$OT_DATA/rocketmq"; }

# The RocketMQ jars log to ${user.home}/logs/rocketmqlogs: user.home points into our state,
# and its logs/ is a link to $OPENTRADE_HOME/logs/rocketmq so all logs sit together.
mq_prepare_home() {
    local logs_link
    logs_link="$(mq_home)/home/logs"
    mkdir -p "$(mq_home)/home" "$OT_LOGS/rocketmq"
    [[ -L "$logs_link" ]] && return 0
    if [[ -d "$logs_link" ]]; then # a home made before the link existed: keep its logs
        cp -a "$logs_link/." "$OT_LOGS/rocketmq/" && rm -rf "$logs_link"
    fi
    ln -s "$OT_LOGS/rocketmq" "$logs_link"
}

OT_MQ_JVM_PROPS=(-Drocketmq.home.dir="$OT_DATA/rocketmq" -Duser.home="$OT_DATA/rocketmq/home"
    -Drocketmq.client.logRoot="$OT_LOGS/rocketmq")

# mq_admin ARGS...: one run of the RocketMQ admin tool (a short-lived JVM, quick to start).
mq_admin() {
    java -Xms64m -Xmx128m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.net.preferIPv4Stack=true \
        "${OT_MQ_JVM_PROPS[@]}" -cp "$(java_classpath rocketmq)" \
        org.apache.rocketmq.tools.command.MQAdminStartup "$@" </dev/null 2>>"$OT_LOGS/rocketmq-admin.log"
}

mq_namesrv_start() {
    render "$OT_CONF_SRC/rocketmq/namesrv.conf" "$(mq_home)/namesrv.conf"
    mkdir -p "$(mq_home)/namesrv"
    mq_prepare_home
    log "rocketmq-namesrv: starting on $OT_MQ_NAMESRV"
    spawn rocketmq-namesrv "$OT_LOGS/rocketmq-namesrv.log" "$(mq_home)" \
        java -Xms128m -Xmx128m -XX:MaxDirectMemorySize=64m "${OT_JVM_COMMON[@]}" "${OT_MQ_JVM_PROPS[@]}" \
        -cp "$(java_classpath rocketmq)" org.apache.rocketmq.namesrv.NamesrvStartup \
        -c "$(mq_home)/namesrv.conf"
}

mq_broker_start() {
    render "$OT_CONF_SRC/rocketmq/broker.conf" "$(mq_home)/broker.conf"
    mkdir -p "$(mq_home)/store"
    mq_prepare_home
    log "rocketmq-broker: starting on 127.0.0.1:$OT_MQ_BROKER_PORT"
    spawn rocketmq-broker "$OT_LOGS/rocketmq-broker.log" "$(mq_home)" \
        java -Xms256m -Xmx256m -XX:MaxDirectMemorySize=256m "${OT_JVM_COMMON[@]}" "${OT_MQ_JVM_PROPS[@]}" \
        -cp "$(java_classpath rocketmq)" org.apache.rocketmq.broker.BrokerStartup \
        -c "$(mq_home)/broker.conf"
}

# mq_broker_registered: the broker is listed in the name server's cluster table with our
# loopback address (the port alone says nothing about registration).
mq_broker_registered() {
    port_open "$OT_MQ_BROKER_PORT" || return 1
    mq_admin clusterList -n "$OT_MQ_NAMESRV" 2>/dev/null |
        grep -qE "^$OT_MQ_CLUSTER +$OT_MQ_BROKER_NAME +0 +127\.0\.0\.1:$OT_MQ_BROKER_PORT "
}

mq_wanted_topics() {
    sed -e 's/#.*//' -e 's/[[:space:]]//g' "$OT_MQ_TOPICS_FILE" | sed '/^$/d'
}

# mq_topics_json TOPIC...: the topic list file that `mqadmin updateTopicList` reads.
mq_topics_json() {
    local t sep=""
    printf '['
    for t in "$@"; do
        printf '%s{"topicName":"%s","readQueueNums":%d,"writeQueueNums":%d,"perm":6,"topicFilterType":"SINGLE_TAG","topicSysFlag":0,"order":false,"attributes":{}}' \
            "$sep" "$t" "$OT_MQ_QUEUES" "$OT_MQ_QUEUES"
        sep=","
    done
    printf ']\n'
}

# mq_ensure_topics: creates (or updates) every topic of topics.txt in one admin-tool run, then
# checks with topicList that each is there. A stamp (hash of the verified list) next to the
# broker's store skips all of it on a plain re-run; a new line in topics.txt runs it again.
mq_ensure_topics() {
    local stamp_file stamp wanted=() missing=() existing t
    mapfile -t wanted < <(mq_wanted_topics)
    ((${#wanted[@]})) || return 0
    stamp_file="$(mq_home)/topics.applied"
    stamp="$(printf '%s\n' "${wanted[@]}" | sha1sum | cut -d' ' -f1)"
    if [[ -f "$stamp_file" && "$(<"$stamp_file")" == "$stamp" ]] && our_pid rocketmq-broker >/dev/null; then
        log "rocketmq: topics already created: ${wanted[*]}"
        return 0
    fi
    mq_prepare_home  # absent when the broker is an external one we reuse
    mq_topics_json "${wanted[@]}" >"$(mq_home)/topics.json"
    mq_admin updateTopicList -n "$OT_MQ_NAMESRV" -c "$OT_MQ_CLUSTER" -f "$(mq_home)/topics.json" \
        >>"$OT_LOGS/rocketmq-admin.log" ||
        { err "rocketmq: creating topics failed; see $OT_LOGS/rocketmq-admin.log"; return 1; }
    # updateTopicList submits the batch asynchronously ("check the result later"): poll.
    for _ in 1 2 3 4 5 6; do
        missing=()
        existing="$(mq_admin topicList -n "$OT_MQ_NAMESRV")" || existing=""
        for t in "${wanted[@]}"; do
            grep -qxF "$t" <<<"$existing" || missing+=("$t")
        done
        ((${#missing[@]} == 0)) && break
        sleep 1
    done
    if ((${#missing[@]})); then
        err "rocketmq: topics not listed by topicList after creation: ${missing[*]}; see $OT_LOGS/rocketmq-admin.log"
        return 1
    fi
    echo "$stamp" >"$stamp_file"
    log "rocketmq: topics created and verified with topicList: ${wanted[*]}"
}

rocketmq_up() {
    if our_pid rocketmq-namesrv >/dev/null; then
        log "rocketmq-namesrv: already running (pid $(our_pid rocketmq-namesrv)), reusing"
    elif port_open "$OT_MQ_NAMESRV_PORT"; then
        log "rocketmq-namesrv: something already answers on $OT_MQ_NAMESRV, reusing it (external)"
    else
        mq_namesrv_start || return 1
        wait_healthy rocketmq-namesrv "$OT_MQ_NAMESRV_TIMEOUT" "$OT_LOGS/rocketmq-namesrv.log" \
            port_open "$OT_MQ_NAMESRV_PORT" || return 1
        log "rocketmq-namesrv: healthy in ${OT_WAITED}s"
    fi
    if our_pid rocketmq-broker >/dev/null; then
        log "rocketmq-broker: already running (pid $(our_pid rocketmq-broker)), reusing"
    elif port_open "$OT_MQ_BROKER_PORT"; then
        log "rocketmq-broker: something already answers on 127.0.0.1:$OT_MQ_BROKER_PORT, reusing it (external)"
    else
        mq_broker_start || return 1
        wait_healthy rocketmq-broker "$OT_MQ_BROKER_TIMEOUT" "$OT_LOGS/rocketmq-broker.log" \
            mq_broker_registered || return 1
        log "rocketmq-broker: healthy (registered in the name server) in ${OT_WAITED}s"
    fi
    mq_ensure_topics
}

rocketmq_down() {
    stop_server rocketmq-broker 60
    stop_server rocketmq-namesrv 30
}

rocketmq_status() {
    printf '  %-18s %-22s %s\n' rocketmq-namesrv "$(server_state rocketmq-namesrv "$OT_MQ_NAMESRV_PORT")" "$OT_MQ_NAMESRV"
    printf '  %-18s %-22s %s\n' rocketmq-broker "$(server_state rocketmq-broker "$OT_MQ_BROKER_PORT")" "127.0.0.1:$OT_MQ_BROKER_PORT"
}
