package org.opentrade.trade.application.engine;

import java.util.Optional;

/**
 * Whether this process owns the matching engines now (it holds the engine lease), and where the owner is when it
 * does not: orders for a symbol must reach the one process that runs its engine.
 */
public interface EngineOwnership {

    boolean ownsEngines();

    /** The owner's Dubbo address ("host:port"), as the owner published it with its lease. */
    Optional<String> ownerAddress();
}
