package org.opentrade.platform.db.sharding;

/** {@code user_id -> <table>_<(user_id / 2) % 2>} inside the user's database ({@link ShardLayout#userTable}). */
public final class UserTableSharding extends SuffixSharding {
    @Override
    int index(Comparable<?> value) {
        return ShardLayout.userTable(asLong(value));
    }
}
