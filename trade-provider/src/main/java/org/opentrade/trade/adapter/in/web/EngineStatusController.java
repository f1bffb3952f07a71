package org.opentrade.trade.adapter.in.web;

import java.util.List;

import org.opentrade.trade.application.engine.Checkpoint;
import org.opentrade.trade.application.engine.SymbolEngine;
import org.opentrade.trade.application.engine.SymbolEngines;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Operators' (and the recovery test's) view of each engine, on the provider's own HTTP port (127.0.0.1 only, not
 * through the facade): position in the log, state hash, what recovery verified at start, and the resting orders.
 */
@RestController
class EngineStatusController {

    static final int RESTING_ORDERS_MAX = 10_000;

    record RestingView(String orderId, long userId, String side, long price, long remainingQuantity) {
    }

    record EngineStatus(String symbol, long sequence, long hashedSequence, String stateHash, int restingOrderCount,
                        long verifiedSequence,
                        String verifiedStateHash, String failure, List<RestingView> resting) {
    }

    private final SymbolEngines engines;

    EngineStatusController(SymbolEngines engines) {
        this.engines = engines;
    }

    @GetMapping("/internal/engines/{symbol}")
    EngineStatus status(@PathVariable String symbol) {
        SymbolEngine engine = engines.bySymbol(symbol)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no engine for " + symbol));
        var snapshot = engine.snapshot();
        Checkpoint verified = engine.verifiedAtRecovery();
        List<RestingView> resting = engine.restingOrders(RESTING_ORDERS_MAX, 5_000).stream()
                .map(o -> new RestingView(Long.toString(o.orderId()), o.userId(), o.side().name(), o.price(),
                        o.remainingQuantity()))
                .toList();
        return new EngineStatus(symbol, snapshot.sequence(), snapshot.hashedSeq(), Long.toHexString(snapshot.stateHash()),
                snapshot.restingOrders(), verified.appliedSeq(), Long.toHexString(verified.stateHash()),
                engine.failure(), resting);
    }
}
