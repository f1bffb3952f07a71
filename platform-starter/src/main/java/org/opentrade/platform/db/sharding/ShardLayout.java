package org.opentrade.platform.db.sharding;

/**
 * Where rows live, in one place. A user's rows: database {@code user_id % 2}, table {@code (user_id / 2) % 2} of that
 * database; only the two lowest bits of the id matter, so {@code user_id % 4} names the shard (fund-provider pairs
 * each user with system accounts of the same remainder, see its {@code AccountIds}). A symbol's rows (engine log,
 * checkpoints, snapshots, trades): database {@code (symbol.hashCode() & 0x7fffffff) % 2}; String.hashCode is fixed
 * by the JDK, so a placement never moves. The providers' sharding YAML files name the algorithms that apply this and
 * list the physical tables in {@code actualDataNodes} (2 databases x 2 tables).
 */
public final class ShardLayout {
    public static final int DATABASES = 2;
    public static final int TABLES_PER_DATABASE = 2;

    private ShardLayout() {
    }

    public static int userDatabase(long userId) {
        return (int) Math.floorMod(userId, (long) DATABASES);
    }

    public static int userTable(long userId) {
        return (int) Math.floorMod(Math.floorDiv(userId, (long) DATABASES), (long) TABLES_PER_DATABASE);
    }

    public static int symbolDatabase(String symbol) {
        return (symbol.hashCode() & 0x7fffffff) % DATABASES;
    }
}
