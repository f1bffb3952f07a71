package org.opentrade.trade.application.engine;

import java.util.ArrayList;
import java.util.List;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;

/** Lets every command through and records what the pipeline gives back (what a real reservation would void). */
public final class PassThroughReservation implements BatchReservation {
    final List<Submission> reserved = new ArrayList<>();
    final List<Submission> abandoned = new ArrayList<>();

    @Override
    public synchronized List<Submission> reserve(List<Submission> batch, MarketSnapshot market) {
        reserved.addAll(batch);
        return batch;
    }

    @Override
    public synchronized void abandon(List<Submission> unlogged, ErrorCode why) {
        abandoned.addAll(unlogged);
        unlogged.forEach(s -> s.refuse(new BusinessException(why, "not placed")));
    }
}
