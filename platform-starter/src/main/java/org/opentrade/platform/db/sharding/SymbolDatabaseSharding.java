package org.opentrade.platform.db.sharding;

/** {@code symbol -> ds_<(symbol.hashCode() & 0x7fffffff) % 2>} ({@link ShardLayout#symbolDatabase}). */
public final class SymbolDatabaseSharding extends SuffixSharding {
    @Override
    int index(Comparable<?> value) {
        return ShardLayout.symbolDatabase(value.toString());
    }
}
