package org.opentrade.banksandbox.web;

import java.util.Map;
import org.opentrade.banksandbox.domain.Behaviour;
import org.opentrade.banksandbox.domain.Outcome;

/**
 * A new behaviour; every field left out takes its default (so {@code {"outage": true}} means "the defaults, with
 * an outage"), and the result replaces the behaviour in force as a whole.
 */
record BehaviourRequest(
        Outcome outcome,
        Map<String, Outcome> outcomeByReference,
        Long callbackDelayMs,
        Long callbackJitterMs,
        Integer callbackCopies,
        Integer outOfOrderBatch,
        Boolean outage,
        Boolean smsOutage,
        Boolean lateCallback,
        Long lateCallbackDelayMs,
        Boolean callbackBeforeResponse) {

    Behaviour toBehaviour() {
        Behaviour d = Behaviour.DEFAULT;
        return new Behaviour(
                or(outcome, d.outcome()),
                or(outcomeByReference, d.outcomeByReference()),
                or(callbackDelayMs, d.callbackDelayMs()),
                or(callbackJitterMs, d.callbackJitterMs()),
                or(callbackCopies, d.callbackCopies()),
                or(outOfOrderBatch, d.outOfOrderBatch()),
                or(outage, d.outage()),
                or(smsOutage, d.smsOutage()),
                or(lateCallback, d.lateCallback()),
                or(lateCallbackDelayMs, d.lateCallbackDelayMs()),
                or(callbackBeforeResponse, d.callbackBeforeResponse()));
    }

    private static <T> T or(T given, T byDefault) {
        return given == null ? byDefault : given;
    }
}
