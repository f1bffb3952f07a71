package org.opentrade.trade.domain.matching.event;

import org.opentrade.trade.domain.matching.Side;

/**
 * One fill between a resting maker and an incoming taker, at the maker's price.
 *
 * <p>Money moves, all exact: the buyer's hold is reduced by {@code notional + buyerFee} and the
 * buyer receives {@code quantity} base; the seller's hold is reduced by {@code quantity} base and
 * the seller receives {@code notional - sellerFee} quote; the fee account receives both fees
 * (quote). The four legs sum to zero per asset. {@code tradeId} is dense and assigned by the
 * engine; {@code sequence} is the command that caused the trade.
 */
public record Trade(
        long sequence,
        long tradeId,
        Side takerSide,
        long price,
        long quantity,
        long notional,
        long makerOrderId,
        long makerUserId,
        long makerFee,
        long makerHoldConsumed,
        long takerOrderId,
        long takerUserId,
        long takerFee,
        long takerHoldConsumed) implements EngineEvent {

    /** A trade is reported under its taker: the order whose arrival caused it. */
    @Override
    public long orderId() {
        return takerOrderId;
    }

    @Override
    public long userId() {
        return takerUserId;
    }

    public long buyerOrderId() {
        return takerSide == Side.BUY ? takerOrderId : makerOrderId;
    }

    public long sellerOrderId() {
        return takerSide == Side.SELL ? takerOrderId : makerOrderId;
    }

    public long buyerUserId() {
        return takerSide == Side.BUY ? takerUserId : makerUserId;
    }

    public long sellerUserId() {
        return takerSide == Side.SELL ? takerUserId : makerUserId;
    }

    public long buyerFee() {
        return takerSide == Side.BUY ? takerFee : makerFee;
    }

    public long sellerFee() {
        return takerSide == Side.SELL ? takerFee : makerFee;
    }
}
