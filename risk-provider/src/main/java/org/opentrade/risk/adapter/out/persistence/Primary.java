package org.opentrade.risk.adapter.out.persistence;

import java.util.function.Supplier;

import org.apache.shardingsphere.infra.hint.HintManager;

/** Reads that must see this service's own writes ask ShardingSphere for the primary. */
final class Primary {

    private Primary() {
    }

    static <T> T read(Supplier<T> query) {
        try (HintManager hint = HintManager.getInstance()) {
            hint.setWriteRouteOnly();
            return query.get();
        }
    }
}
