package org.opentrade.platform.db.sharding;

import java.util.Collection;
import java.util.Properties;

import org.apache.shardingsphere.sharding.api.sharding.standard.PreciseShardingValue;
import org.apache.shardingsphere.sharding.api.sharding.standard.RangeShardingValue;
import org.apache.shardingsphere.sharding.api.sharding.standard.StandardShardingAlgorithm;

/**
 * A standard sharding algorithm that picks the target named {@code <anything>_<index>}, the index computed in plain
 * Java. It replaces ShardingSphere's INLINE expressions, which evaluate a Groovy closure for every sharding value of
 * every statement (measured on the order path: a visible share of the providers' CPU). A range condition goes to
 * every target, as INLINE did with {@code allow-range-query-with-inline-sharding}.
 */
abstract class SuffixSharding implements StandardShardingAlgorithm<Comparable<?>> {

    /** The target's index for this sharding value. */
    abstract int index(Comparable<?> value);

    @Override
    public void init(Properties props) {
        // the layout is code (ShardLayout), not configuration: nothing to read
    }

    @Override
    public String doSharding(Collection<String> targets, PreciseShardingValue<Comparable<?>> value) {
        String suffix = "_" + index(value.getValue());
        for (String target : targets) {
            if (target.endsWith(suffix)) {
                return target;
            }
        }
        throw new IllegalStateException("no target ending in " + suffix + " among " + targets + " for "
                + value.getLogicTableName() + "." + value.getColumnName() + " = " + value.getValue());
    }

    @Override
    public Collection<String> doSharding(Collection<String> targets, RangeShardingValue<Comparable<?>> value) {
        return targets;
    }

    static long asLong(Comparable<?> value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        return Long.parseLong(value.toString().trim());
    }
}
