package org.opentrade.trade.adapter.out.persistence;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.opentrade.platform.db.Primary;
import org.opentrade.trade.application.engine.Checkpoint;
import org.opentrade.trade.application.engine.EngineJournal;
import org.opentrade.trade.application.engine.LoggedCommand;
import org.opentrade.trade.domain.matching.EngineSnapshot;
import org.opentrade.trade.domain.matching.OrderType;
import org.opentrade.trade.domain.matching.RestingOrder;
import org.opentrade.trade.domain.matching.Side;
import org.opentrade.trade.domain.matching.TimeInForce;
import org.opentrade.trade.domain.matching.command.AmendOrder;
import org.opentrade.trade.domain.matching.command.CancelOrder;
import org.opentrade.trade.domain.matching.command.EngineCommand;
import org.opentrade.trade.domain.matching.command.PlaceOrder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class EngineJournalInDatabase implements EngineJournal {

    private static final String PLACE = "PLACE";
    private static final String CANCEL = "CANCEL";
    private static final String AMEND = "AMEND";

    private static final TypeReference<List<RestingOrder>> ORDERS = new TypeReference<>() {
    };

    private final EngineLogMapper mapper;
    private final ObjectMapper json;

    EngineJournalInDatabase(EngineLogMapper mapper, ObjectMapper json) {
        this.mapper = mapper;
        this.json = json;
    }

    @Override
    @Transactional
    public void append(String symbol, long epoch, List<LoggedCommand> commands) {
        requireEpoch(symbol, epoch, "log append");
        try {
            mapper.append(commands.stream().map(c -> toRow(symbol, c)).toList());
        } catch (DuplicateKeyException e) {
            throw new LogPositionTakenException(symbol + ": log positions from " + commands.get(0).seq()
                    + " or an order in this batch are already logged", e);
        }
    }

    @Override
    @Transactional
    public long claim(String symbol) {
        mapper.claim(symbol);
        return Primary.read(() -> mapper.epoch(symbol));
    }

    @Override
    public List<LoggedCommand> read(String symbol, long afterSeq, int limit) {
        return Primary.read(() -> mapper.read(symbol, afterSeq, limit)).stream()
                .map(EngineJournalInDatabase::toCommand).toList();
    }

    @Override
    public Set<Long> placed(String symbol, Collection<Long> orderIds) {
        return new HashSet<>(Primary.read(() -> mapper.placed(symbol, orderIds)));
    }

    @Override
    public Set<Long> amended(String symbol, Collection<Long> amendIds) {
        return new HashSet<>(Primary.read(() -> mapper.amended(symbol, amendIds)));
    }

    @Override
    public Checkpoint checkpoint(String symbol) {
        EngineLogMapper.CheckpointRow row = Primary.read(() -> mapper.checkpoint(symbol));
        return row == null ? Checkpoint.EMPTY : new Checkpoint(row.appliedSeq, row.stateHash);
    }

    @Override
    @Transactional
    public void saveSnapshot(String symbol, long epoch, EngineSnapshot snapshot) {
        requireEpoch(symbol, epoch, "snapshot");
        try {
            mapper.saveSnapshot(symbol, snapshot.lastSequence(), snapshot.lastTradeId(), snapshot.stateHash(),
                    json.writeValueAsString(snapshot.orders()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("snapshot of " + symbol + " not serializable", e);
        }
    }

    @Override
    public Optional<EngineSnapshot> latestSnapshot(String symbol) {
        EngineLogMapper.SnapshotRow row = Primary.read(() -> mapper.latestSnapshot(symbol));
        if (row == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EngineSnapshot(row.seq, row.lastTradeId, row.stateHash,
                    json.readValue(row.ordersJson, ORDERS)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("snapshot of " + symbol + " at " + row.seq + " unreadable", e);
        }
    }

    /** The fence: locks the symbol's epoch row for the rest of the transaction and refuses a superseded writer. */
    private void requireEpoch(String symbol, long epoch, String what) {
        Long current = Primary.read(() -> mapper.epochForUpdate(symbol));
        if (current == null || current != epoch) {
            throw new FencedException(symbol + ": " + what + " refused, epoch " + epoch + " was superseded by " + current);
        }
    }

    private static EngineLogRow toRow(String symbol, LoggedCommand logged) {
        EngineLogRow row = new EngineLogRow();
        row.symbol = symbol;
        row.seq = logged.seq();
        row.loggedAtMs = logged.loggedAtMs();
        row.orderId = logged.command().orderId();
        row.userId = logged.command().userId();
        if (logged.command() instanceof PlaceOrder place) {
            row.kind = PLACE;
            row.side = place.side().name();
            row.type = place.type().name();
            row.timeInForce = place.timeInForce().name();
            row.postOnly = place.postOnly();
            row.price = place.price();
            row.quantity = place.quantity();
            row.placeOrderId = place.orderId();
        } else if (logged.command() instanceof AmendOrder amend) {
            row.kind = AMEND;
            row.postOnly = amend.postOnly();
            row.price = amend.price();
            row.quantity = amend.quantity();
            row.amendId = amend.amendId();
            row.holdAdded = amend.holdAdded();
        } else {
            row.kind = CANCEL;
        }
        return row;
    }

    private static LoggedCommand toCommand(EngineLogRow row) {
        EngineCommand command = switch (row.kind) {
            case PLACE -> new PlaceOrder(row.orderId, row.userId, Side.valueOf(row.side), OrderType.valueOf(row.type),
                    TimeInForce.valueOf(row.timeInForce), row.postOnly, row.price, row.quantity);
            case AMEND -> new AmendOrder(row.orderId, row.userId, row.amendId, row.price, row.quantity, row.holdAdded,
                    row.postOnly);
            case CANCEL -> new CancelOrder(row.orderId, row.userId);
            default -> throw new IllegalStateException("engine_log " + row.symbol + "/" + row.seq + " has kind " + row.kind);
        };
        return new LoggedCommand(row.seq, row.loggedAtMs, command);
    }
}
