package org.opentrade.platform.db;

import java.util.function.Supplier;

import org.apache.shardingsphere.infra.hint.HintManager;

/**
 * Reads that must see this service's own writes ask ShardingSphere for the primary (the replica may lag); every other
 * read may go to the replica.
 */
public final class Primary {

    private Primary() {
    }

    public static <T> T read(Supplier<T> query) {
        try (HintManager hint = HintManager.getInstance()) {
            hint.setWriteRouteOnly();
            return query.get();
        }
    }
}
