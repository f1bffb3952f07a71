# shellcheck shell=bash
# MariaDB primary (13306) + a real GTID replica (13307), each with its own data dir under
# $OPENTRADE_HOME/data. The machine's own MariaDB (3306, /etc/mysql) is never touched: every
# mariadbd/mariadb call here uses --no-defaults and our own ports and sockets.

OT_DB_PRIMARY_PORT=13306
OT_DB_REPLICA_PORT=13307
OT_DB_APP_USER=opentrade
OT_DB_APP_PASSWORD="${OPENTRADE_DB_PASSWORD:-opentrade}"
OT_DB_REPL_USER=ot_repl
OT_DB_REPL_PASSWORD="${OPENTRADE_DB_REPL_PASSWORD:-ot_repl}"
OT_DB_START_TIMEOUT=60
OT_DB_REPL_TIMEOUT=30

mariadbd_bin() { command -v mariadbd || echo /usr/sbin/mariadbd; }

db_port() { [[ "$1" == primary ]] && echo "$OT_DB_PRIMARY_PORT" || echo "$OT_DB_REPLICA_PORT"; }
db_datadir() { echo "$OT_DATA/mariadb-$1"; }
db_socket() { echo "$OT_RUN/mariadb-$1.sock"; }
db_log() { echo "$OT_LOGS/mariadb-$1.log"; }

# sql_escape STRING: for a single-quoted SQL literal.
sql_escape() {
    local s="${1//\\/\\\\}"
    printf '%s' "${s//\'/\\\'}"
}

# db_root ROLE [mariadb args...]: root client for ROLE (primary|replica). Through our socket
# when we run that server, over TCP when we reuse one that was already there.
db_root() {
    local role="$1"
    shift
    if our_pid "mariadb-$role" >/dev/null && [[ -S "$(db_socket "$role")" ]]; then
        mariadb --no-defaults -uroot --socket="$(db_socket "$role")" -N -B "$@"
    else
        mariadb --no-defaults -uroot --protocol=TCP -h127.0.0.1 -P"$(db_port "$role")" -N -B "$@"
    fi
}

db_alive() { db_root "$1" -e 'SELECT 1' >/dev/null 2>&1; }

# db_init_datadir ROLE: a fresh data dir, made in a temporary dir and renamed, so an interrupted
# initialisation never leaves a half-made data dir that a later run would trust.
db_init_datadir() {
    local dir tmp
    dir="$(db_datadir "$1")"
    [[ -d "$dir/mysql" ]] && return 0
    tmp="$dir.init.$$"
    rm -rf "$tmp"
    mkdir -p "$tmp"
    mariadb-install-db --no-defaults --auth-root-authentication-method=normal --datadir="$tmp" \
        --user=root --skip-test-db >>"$(db_log "$1")" 2>&1 ||
        { err "mariadb-$1: mariadb-install-db failed; see $(db_log "$1")"; return 1; }
    rm -rf "$dir"
    mv "$tmp" "$dir"
    [[ "$1" == primary ]] && OT_DB_PRIMARY_FRESH=1
    return 0
}

# db_drop_orphan_replica: a new primary makes an old replica's data and GTID position
# meaningless (it would refuse to replicate or diverge). The replica holds nothing that the
# primary does not, so its data dir is rebuilt.
db_drop_orphan_replica() {
    local dir
    dir="$(db_datadir replica)"
    ((OT_DB_PRIMARY_FRESH)) && [[ -d "$dir" ]] || return 0
    our_pid mariadb-replica >/dev/null && stop_server mariadb-replica 60
    log "mariadb-replica: the primary's data dir is new, rebuilding the replica's from scratch"
    rm -rf "$dir"
}

db_start() {
    local role="$1" port server_id extra=()
    port="$(db_port "$role")"
    if our_pid "mariadb-$role" >/dev/null; then
        log "mariadb-$role: already running (pid $(our_pid "mariadb-$role")), reusing"
        return 0
    fi
    if port_open "$port"; then
        log "mariadb-$role: something already answers on 127.0.0.1:$port, reusing it (external)"
        return 0
    fi
    db_init_datadir "$role" || return 1
    if [[ "$role" == primary ]]; then
        server_id=1
        # ROW binlog + GTID (always on in MariaDB) feed the replica. Binlogs are never purged
        # here, which lets a fresh replica replay the primary's whole history. MINIMAL row images (primary key and
        # changed columns) cut what the primary writes and the replica applies per update; every table has a key.
        extra=(--log-bin="$(db_datadir primary)/binlog" --binlog-format=ROW --binlog-row-image=MINIMAL)
    else
        server_id=2
        # The replica serves reads and keeps no binlog of its own: writing one is work it does per replicated row
        # (a replica that may be promoted, as in deploy/k8s, keeps log-slave-updates on).
        extra=(--relay-log="$(db_datadir replica)/relay" --read-only=ON)
    fi
    log "mariadb-$role: starting on 127.0.0.1:$port"
    spawn "mariadb-$role" "$(db_log "$role")" "$(db_datadir "$role")" \
        "$(mariadbd_bin)" --no-defaults --user=root --datadir="$(db_datadir "$role")" \
        --bind-address=127.0.0.1 --port="$port" --socket="$(db_socket "$role")" \
        --server-id="$server_id" "${extra[@]}" \
        --skip-name-resolve --innodb-buffer-pool-size=512M --innodb-log-file-size=256M \
        --innodb-flush-log-at-trx-commit=1 --sync-binlog=1 \
        --performance-schema=OFF --max-connections=300 \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_bin \
        --log-bin-trust-function-creators=ON
}

db_wait() {
    wait_healthy "mariadb-$1" "$OT_DB_START_TIMEOUT" "$(db_log "$1")" db_alive "$1"
}

# db_setup_primary: databases from sql/databases.sql, the application user, the replication
# user and the heartbeat table. All statements are idempotent; they run on every `up`.
db_setup_primary() {
    local app_pw repl_pw
    app_pw="$(sql_escape "$OT_DB_APP_PASSWORD")"
    repl_pw="$(sql_escape "$OT_DB_REPL_PASSWORD")"
    db_root primary <"$OT_REPO/sql/databases.sql" || { err "mariadb-primary: sql/databases.sql failed"; return 1; }
    db_root primary <<SQL || { err "mariadb-primary: creating users failed"; return 1; }
CREATE USER IF NOT EXISTS '$OT_DB_APP_USER'@'127.0.0.1' IDENTIFIED BY '$app_pw';
CREATE USER IF NOT EXISTS '$OT_DB_APP_USER'@'localhost' IDENTIFIED BY '$app_pw';
ALTER USER '$OT_DB_APP_USER'@'127.0.0.1' IDENTIFIED BY '$app_pw';
ALTER USER '$OT_DB_APP_USER'@'localhost' IDENTIFIED BY '$app_pw';
-- Flyway creates and alters tables, indexes, views, routines and its history table inside each
-- ot_* database: ALL on those is what it needs (routines also need log_bin_trust_function_creators).
GRANT ALL PRIVILEGES ON \`ot\\_%\`.* TO '$OT_DB_APP_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`ot\\_%\`.* TO '$OT_DB_APP_USER'@'localhost';
CREATE USER IF NOT EXISTS '$OT_DB_REPL_USER'@'127.0.0.1' IDENTIFIED BY '$repl_pw';
ALTER USER '$OT_DB_REPL_USER'@'127.0.0.1' IDENTIFIED BY '$repl_pw';
GRANT REPLICATION SLAVE ON *.* TO '$OT_DB_REPL_USER'@'127.0.0.1';
CREATE DATABASE IF NOT EXISTS opentrade_infra CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE TABLE IF NOT EXISTS opentrade_infra.replication_check (
    id INT PRIMARY KEY,
    token VARCHAR(64) NOT NULL,
    written_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
);
SQL
}

# db_replica_configured: the replica already has a primary (then it is never re-initialised).
db_replica_configured() {
    [[ -n "$(db_root replica -e 'SHOW SLAVE STATUS' 2>/dev/null)" ]]
}

# db_setup_replica: point a new replica at the primary. It starts from an empty GTID position
# and so replays the primary's whole binlog (databases and users included).
db_setup_replica() {
    if db_replica_configured; then
        db_root replica -e 'START SLAVE' 2>/dev/null || true
        return 0
    fi
    log "mariadb-replica: configuring GTID replication from 127.0.0.1:$OT_DB_PRIMARY_PORT"
    db_root replica <<SQL || { err "mariadb-replica: CHANGE MASTER failed; see $(db_log replica)"; return 1; }
SET GLOBAL gtid_slave_pos = '';
CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$OT_DB_PRIMARY_PORT,
    MASTER_USER='$OT_DB_REPL_USER', MASTER_PASSWORD='$(sql_escape "$OT_DB_REPL_PASSWORD")',
    MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=2;
START SLAVE;
SQL
}

# db_check_replication: write a fresh token on the primary and read it back on the replica.
db_replica_has() {
    [[ "$(db_root replica -e 'SELECT token FROM opentrade_infra.replication_check WHERE id = 1' 2>/dev/null)" == "$1" ]]
}

db_check_replication() {
    local token start
    token="check-$(date +%s%N)-$$"
    db_root primary -e "REPLACE INTO opentrade_infra.replication_check (id, token) VALUES (1, '$token')" ||
        { err "mariadb-primary: heartbeat write failed"; return 1; }
    start="$(now)"
    while ! db_replica_has "$token"; do
        if (($(now) - start >= OT_DB_REPL_TIMEOUT)); then
            err "mariadb-replica: a row written on :$OT_DB_PRIMARY_PORT did not reach :$OT_DB_REPLICA_PORT in ${OT_DB_REPL_TIMEOUT}s; see $(db_log replica)"
            db_root replica -e 'SHOW SLAVE STATUS\G' 2>&1 | grep -E 'Running|Last_.*Error|Gtid' | sed 's/^/[infra]   /' >&2
            return 1
        fi
        sleep 0.2
    done
}

# mariadb_up: both servers in parallel, then users/databases, replication, and the check.
mariadb_up() {
    local start
    start="$(now)"
    OT_DB_PRIMARY_FRESH=0
    db_start primary || return 1
    db_drop_orphan_replica
    db_start replica || return 1
    db_wait primary || return 1
    db_wait replica || return 1
    # On a fresh pair the replica is attached first, so it replays the setup below.
    db_setup_replica || return 1
    db_setup_primary || return 1
    db_check_replication || return 1
    log "mariadb: primary 127.0.0.1:$OT_DB_PRIMARY_PORT + replica 127.0.0.1:$OT_DB_REPLICA_PORT healthy, replication verified in $(($(now) - start))s"
}

mariadb_down() {
    # Replica first, so it does not spin reconnecting to a stopped primary.
    stop_server mariadb-replica 60
    stop_server mariadb-primary 60
}

mariadb_status() {
    printf '  %-18s %-22s %s\n' mariadb-primary "$(server_state mariadb-primary "$OT_DB_PRIMARY_PORT")" "127.0.0.1:$OT_DB_PRIMARY_PORT"
    printf '  %-18s %-22s %s\n' mariadb-replica "$(server_state mariadb-replica "$OT_DB_REPLICA_PORT")" "127.0.0.1:$OT_DB_REPLICA_PORT"
}
