package org.opentrade.platform.db.sharding;

/** {@code user_id -> ds_<user_id % 2>} ({@link ShardLayout#userDatabase}). */
public final class UserDatabaseSharding extends SuffixSharding {
    @Override
    int index(Comparable<?> value) {
        return ShardLayout.userDatabase(asLong(value));
    }
}
