package org.opentrade.fund.adapter.out.persistence;

import java.util.Optional;

import org.opentrade.fund.application.transfer.TccBarriers;
import org.springframework.stereotype.Repository;

/**
 * INSERT IGNORE on the branch key decides who came first (try or cancel) atomically, whatever runs concurrently;
 * later phases read the state under a row lock.
 */
@Repository
class BarriersInDatabase implements TccBarriers {
    private final BarrierMapper mapper;

    BarriersInDatabase(BarrierMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean insert(String branchKey, long userId, String xid, State state) {
        return mapper.insertIfAbsent(branchKey, userId, xid == null ? "" : xid, state.name()) == 1;
    }

    @Override
    public Optional<State> lockState(String branchKey, long userId) {
        return Optional.ofNullable(mapper.lockState(branchKey, userId)).map(State::valueOf);
    }

    @Override
    public void update(String branchKey, long userId, State state) {
        mapper.update(branchKey, userId, state.name());
    }
}
