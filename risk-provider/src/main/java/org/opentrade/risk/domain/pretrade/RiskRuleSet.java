package org.opentrade.risk.domain.pretrade;

import java.util.Map;
import java.util.Optional;

/**
 * The limits of every symbol that may trade, as one immutable snapshot: replaced whole when operators change the
 * document, so that the orders of one batch are all judged by the same version. A symbol not listed here cannot trade.
 */
public final class RiskRuleSet {
    private final Map<String, SymbolLimits> limitsBySymbol;

    public RiskRuleSet(Map<String, SymbolLimits> limitsBySymbol) {
        if (limitsBySymbol.isEmpty()) {
            throw new IllegalArgumentException("no symbol has limits: every order would be refused");
        }
        this.limitsBySymbol = Map.copyOf(limitsBySymbol);
    }

    public Optional<SymbolLimits> limitsOf(String symbol) {
        return Optional.ofNullable(limitsBySymbol.get(symbol));
    }

    public int symbolCount() {
        return limitsBySymbol.size();
    }
}
