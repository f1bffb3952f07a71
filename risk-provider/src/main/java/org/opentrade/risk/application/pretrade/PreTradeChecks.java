package org.opentrade.risk.application.pretrade;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.risk.OrderRiskCheck;
import org.opentrade.api.risk.RiskDecision;
import org.opentrade.risk.application.port.RiskRules;
import org.opentrade.risk.application.port.UserCounters;
import org.opentrade.risk.application.port.UserStatuses;
import org.opentrade.risk.domain.pretrade.CountedOrder;
import org.opentrade.risk.domain.pretrade.CounterOutcome;
import org.opentrade.risk.domain.pretrade.RiskRuleSet;
import org.opentrade.risk.domain.pretrade.StatelessRules;
import org.opentrade.risk.domain.pretrade.UserStanding;
import org.springframework.stereotype.Service;

/**
 * The pre-trade check of one engine batch: one rules snapshot for all of it, one status look-up per distinct user,
 * the stateless rules, then one round trip to the shared counters for the orders that passed them. A dependency that
 * cannot answer fails the whole batch (SERVICE_UNAVAILABLE): an order never passes unchecked.
 */
@Service
public class PreTradeChecks {
    /** The engine sends at most its batchSizeMax (256 by default); more is a caller's mistake, not load to carry. */
    static final int CHECKS_PER_BATCH_MAX = 4_096;

    private final RiskRules rules;
    private final UserStatuses statuses;
    private final UserCounters counters;
    private final PreTradeMetrics metrics;

    public PreTradeChecks(RiskRules rules, UserStatuses statuses, UserCounters counters, MeterRegistry registry) {
        this.rules = rules;
        this.statuses = statuses;
        this.counters = counters;
        this.metrics = new PreTradeMetrics(registry);
    }

    /** Decisions in the order of {@code checks}; an earlier order of a user counts towards that user's rates. */
    public List<RiskDecision> checkAll(List<OrderRiskCheck> checks) {
        if (checks.size() > CHECKS_PER_BATCH_MAX) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, checks.size() + " orders in one pre-trade check, "
                    + "the maximum is " + CHECKS_PER_BATCH_MAX);
        }
        List<RiskDecision> decisions = metrics.timed(() -> judge(checks));
        decisions.stream().filter(d -> !d.accepted()).forEach(d -> metrics.rejected(d.rule()));
        return decisions;
    }

    private List<RiskDecision> judge(List<OrderRiskCheck> checks) {
        RiskRuleSet snapshot = rules.current();
        Set<Long> users = usersOnListedSymbols(checks, snapshot);
        Map<Long, UserStanding> standings = users.isEmpty() ? Map.of() : statuses.standings(users);
        List<RiskDecision> decisions = new ArrayList<>(checks.size());
        List<Integer> passedAt = new ArrayList<>(checks.size());
        List<CountedOrder> passed = new ArrayList<>(checks.size());
        for (OrderRiskCheck order : checks) {
            RiskDecision decision = StatelessRules.judge(order, snapshot, standings::get);
            if (decision.accepted()) {
                passedAt.add(decisions.size());
                passed.add(CountedOrder.of(order, snapshot.limitsOf(order.symbol()).orElseThrow()));
            }
            decisions.add(decision);
        }
        if (!passed.isEmpty()) {
            applyCounters(decisions, passedAt, passed);
        }
        return decisions;
    }

    private void applyCounters(List<RiskDecision> decisions, List<Integer> passedAt, List<CountedOrder> passed) {
        List<CounterOutcome> outcomes = counters.count(passed);
        if (outcomes.size() != passed.size()) {
            throw new IllegalStateException("the counters answered " + outcomes.size() + " outcomes for "
                    + passed.size() + " orders");
        }
        for (int i = 0; i < outcomes.size(); i++) {
            CounterOutcome outcome = outcomes.get(i);
            if (!outcome.counted()) {
                decisions.set(passedAt.get(i), outcome.refusedBy().refusal(passed.get(i), outcome.countedBefore()));
            }
        }
    }

    /** Orders on a symbol without limits are refused before anyone asks about their users. */
    private static Set<Long> usersOnListedSymbols(List<OrderRiskCheck> checks, RiskRuleSet snapshot) {
        Set<Long> users = new HashSet<>();
        for (OrderRiskCheck order : checks) {
            if (snapshot.limitsOf(order.symbol()).isPresent()) {
                users.add(order.userId());
            }
        }
        return users;
    }
}
