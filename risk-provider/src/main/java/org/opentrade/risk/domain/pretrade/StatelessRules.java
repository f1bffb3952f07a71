package org.opentrade.risk.domain.pretrade;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import org.opentrade.api.risk.OrderRiskCheck;
import org.opentrade.api.risk.RiskDecision;

/**
 * The rules that need no counter, in the order they are tried; the first refusal is the decision. They run before the
 * shared counters so that an order refused here never counts towards its user's rates.
 */
public final class StatelessRules {
    static final String SYMBOL_NOT_CONFIGURED = "symbolNotConfigured";
    private static final List<OrderRule> ORDER_RULES = List.of(
            new OrderQuantityMax(), new OrderNotionalMax(), new PriceBand(), new OpenOrdersMax());

    private StatelessRules() {
    }

    /** {@code standings} is asked only for an order on a listed symbol, and must know its user. */
    public static RiskDecision judge(OrderRiskCheck order, RiskRuleSet rules, LongFunction<UserStanding> standings) {
        Optional<SymbolLimits> limits = rules.limitsOf(order.symbol());
        if (limits.isEmpty()) {
            return RiskDecision.reject(SYMBOL_NOT_CONFIGURED, "no risk limits for " + order.symbol());
        }
        UserStanding standing = standings.apply(order.userId());
        if (standing == null) {
            throw new IllegalStateException("no standing of user " + order.userId());
        }
        Optional<RiskDecision> refusal = standing.refusal(order.userId());
        for (int i = 0; refusal.isEmpty() && i < ORDER_RULES.size(); i++) {
            refusal = ORDER_RULES.get(i).refusal(order, limits.get());
        }
        return refusal.orElse(RiskDecision.accept());
    }
}
