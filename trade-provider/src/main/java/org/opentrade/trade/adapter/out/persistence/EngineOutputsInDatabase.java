package org.opentrade.trade.adapter.out.persistence;

import java.util.ArrayList;
import java.util.List;

import org.opentrade.trade.application.engine.Checkpoint;
import org.opentrade.trade.application.engine.EngineJournal;
import org.opentrade.trade.application.engine.EngineOutputs;
import org.opentrade.trade.application.engine.TradeRecord;
import org.opentrade.trade.domain.instrument.Instrument;
import org.opentrade.trade.domain.matching.Side;
import org.opentrade.trade.domain.matching.event.Trade;
import org.opentrade.trade.domain.order.AmendOutcome;
import org.opentrade.trade.domain.order.OrderUpdate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a batch's outputs. They span the symbol's database (trades) and the users' shards (fills, orders, amends); every
 * write is idempotent, and the checkpoint is a separate, later transaction, so a crash anywhere in between leaves
 * outputs that recovery simply writes again.
 */
@Repository
class EngineOutputsInDatabase implements EngineOutputs {

    private final TradeMapper trades;
    private final OrderMapper orders;
    private final AmendMapper amends;
    private final EngineLogMapper log;

    EngineOutputsInDatabase(TradeMapper trades, OrderMapper orders, AmendMapper amends, EngineLogMapper log) {
        this.trades = trades;
        this.orders = orders;
        this.amends = amends;
        this.log = log;
    }

    @Override
    @Transactional
    public void write(Instrument instrument, long sequence, List<TradeRecord> records, List<OrderUpdate> updates,
                      List<AmendOutcome> amendOutcomes) {
        if (!records.isEmpty()) {
            trades.insertTrades(records.stream().map(EngineOutputsInDatabase::toRow).toList());
            List<FillRow> fills = new ArrayList<>(records.size() * 2);
            for (TradeRecord record : records) {
                fills.add(fill(instrument, record, true));
                fills.add(fill(instrument, record, false));
            }
            trades.insertFills(fills);
        }
        if (!updates.isEmpty()) {
            orders.applyEngineStates(updates, sequence);
        }
        if (!amendOutcomes.isEmpty()) {
            amends.applyOutcomes(amendOutcomes);
        }
    }

    @Override
    @Transactional
    public void checkpoint(String symbol, long epoch, Checkpoint checkpoint) {
        if (log.saveCheckpoint(symbol, epoch, checkpoint.appliedSeq(), checkpoint.stateHash()) == 0) {
            throw new EngineJournal.FencedException(symbol + ": checkpoint refused, epoch " + epoch + " was superseded");
        }
    }

    private static TradeRow toRow(TradeRecord record) {
        Trade t = record.trade();
        TradeRow row = new TradeRow();
        row.symbol = record.symbol();
        row.tradeId = t.tradeId();
        row.seq = t.sequence();
        row.takerSide = t.takerSide().name();
        row.price = t.price();
        row.quantity = t.quantity();
        row.notional = t.notional();
        row.makerOrderId = t.makerOrderId();
        row.makerUserId = t.makerUserId();
        row.makerFee = t.makerFee();
        row.takerOrderId = t.takerOrderId();
        row.takerUserId = t.takerUserId();
        row.takerFee = t.takerFee();
        row.tradedAtMs = record.tradedAtMs();
        return row;
    }

    private static FillRow fill(Instrument instrument, TradeRecord record, boolean maker) {
        Trade t = record.trade();
        FillRow row = new FillRow();
        row.userId = maker ? t.makerUserId() : t.takerUserId();
        row.symbol = record.symbol();
        row.tradeId = t.tradeId();
        row.orderId = maker ? t.makerOrderId() : t.takerOrderId();
        row.side = (maker ? t.takerSide().opposite() : t.takerSide()).name();
        row.price = t.price();
        row.quantity = t.quantity();
        row.fee = maker ? t.makerFee() : t.takerFee();
        row.feeAsset = instrument.quoteAsset();
        row.liquidity = maker ? "MAKER" : "TAKER";
        row.tradedAtMs = record.tradedAtMs();
        return row;
    }

    static Trade toTrade(TradeRow r) {
        Side takerSide = Side.valueOf(r.takerSide);
        return new Trade(r.seq, r.tradeId, takerSide, r.price, r.quantity, r.notional, r.makerOrderId, r.makerUserId,
                r.makerFee, holdConsumed(takerSide.opposite(), r.quantity, r.notional, r.makerFee), r.takerOrderId,
                r.takerUserId, r.takerFee, holdConsumed(takerSide, r.quantity, r.notional, r.takerFee));
    }

    private static long holdConsumed(Side side, long quantity, long notional, long fee) {
        return side == Side.BUY ? Math.addExact(notional, fee) : quantity;
    }
}
