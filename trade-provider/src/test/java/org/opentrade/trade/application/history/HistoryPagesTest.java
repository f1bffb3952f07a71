package org.opentrade.trade.application.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.page.TimeWindow;
import org.opentrade.api.trade.FillPage;
import org.opentrade.api.trade.FillQuery;
import org.opentrade.api.trade.FillView;
import org.opentrade.api.trade.OrderPage;
import org.opentrade.api.trade.OrderQuery;
import org.opentrade.api.trade.PublicTradeView;
import org.opentrade.trade.application.market.TradeHistory;
import org.opentrade.trade.application.order.OpenOrderCounts;
import org.opentrade.trade.application.order.Orders;
import org.opentrade.trade.domain.order.OrderRecord;
import org.opentrade.trade.domain.order.OrderStatus;

/**
 * History pages check their input before the store is asked (limit, window, cursor), pass the decoded cursor on,
 * and give the fills of an order only to its owner.
 */
class HistoryPagesTest {
    static final long ALICE = 1042;
    static final long BOB = 1043;
    static final long ALICES_ORDER = 77;

    final RecordingOrders orders = new RecordingOrders();
    final RecordingFills fills = new RecordingFills();
    final HistoryPages pages = new HistoryPages(orders, fills);

    @Test
    void anOrderPageAsksTheStoreBelowTheCursorsOrder() {
        String cursor = new OrderCursor(500).encode();
        pages.orders(new OrderQuery(ALICE, "BTC-USD", true, 10, 20, cursor, 50));

        assertThat(orders.asked).containsExactly(
                "1042 BTC-USD open=true TimeWindow[fromMs=10, toMs=20] OrderCursor[lastOrderId=500] 50");
    }

    @Test
    void theFirstPageHasNoCursorAndAnOpenWindow() {
        pages.orders(new OrderQuery(ALICE, null, false, 0, 0, null, 500));
        pages.fills(new FillQuery(ALICE, null, null, 0, 0, null, 1));

        assertThat(orders.asked).containsExactly("1042 null open=false TimeWindow[fromMs=0, toMs=0] null 500");
        assertThat(fills.asked).containsExactly("1042 null null TimeWindow[fromMs=0, toMs=0] null 1");
    }

    @Test
    void aFillPageOfAnOrderAsksForThatOrderBelowTheCursorsKey() {
        String cursor = new FillCursor(9, "BTC-USD", 3).encode();
        pages.fills(new FillQuery(ALICE, null, Long.toString(ALICES_ORDER), 0, 0, cursor, 20));

        assertThat(fills.asked).containsExactly(
                "1042 null 77 TimeWindow[fromMs=0, toMs=0] FillCursor[tradedAtMs=9, symbol=BTC-USD, tradeId=3] 20");
    }

    @Test
    void theFillsOfSomeoneElsesOrderOrOfNoOrderAreNotFound() {
        assertCode(() -> pages.fills(new FillQuery(BOB, null, Long.toString(ALICES_ORDER), 0, 0, null, 20)),
                ErrorCode.ORDER_NOT_FOUND);
        assertCode(() -> pages.fills(new FillQuery(ALICE, null, "not-an-id", 0, 0, null, 20)),
                ErrorCode.ORDER_NOT_FOUND);
        assertThat(fills.asked).isEmpty();
    }

    @Test
    void limitsOutsideOneToFiveHundredWindowsBackwardsAndForeignCursorsAreValidationFailures() {
        assertCode(() -> pages.orders(new OrderQuery(ALICE, null, false, 0, 0, null, 0)), ErrorCode.VALIDATION_FAILED);
        assertCode(() -> pages.orders(new OrderQuery(ALICE, null, false, 0, 0, null, 501)), ErrorCode.VALIDATION_FAILED);
        assertCode(() -> pages.fills(new FillQuery(ALICE, null, null, 0, 0, null, 501)), ErrorCode.VALIDATION_FAILED);
        assertCode(() -> pages.orders(new OrderQuery(ALICE, null, false, 20, 20, null, 5)), ErrorCode.VALIDATION_FAILED);
        assertCode(() -> pages.fills(new FillQuery(ALICE, null, null, -1, 0, null, 5)), ErrorCode.VALIDATION_FAILED);
        assertCode(() -> pages.fills(new FillQuery(ALICE, null, null, 0, 0, new OrderCursor(5).encode(), 5)),
                ErrorCode.VALIDATION_FAILED);
        assertCode(() -> pages.orders(new OrderQuery(ALICE, null, false, 0, 0, "garbage!", 5)),
                ErrorCode.VALIDATION_FAILED);
        assertThat(orders.asked).isEmpty();
        assertThat(fills.asked).isEmpty();
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    /** Alice has order 77; pages are recorded as asked. */
    static final class RecordingOrders implements Orders {
        final List<String> asked = new ArrayList<>();

        @Override
        public OrderPage page(long userId, String symbolOrNull, boolean openOnly, TimeWindow window,
                              OrderCursor afterOrNull, int limit) {
            asked.add(userId + " " + symbolOrNull + " open=" + openOnly + " " + window + " " + afterOrNull + " " + limit);
            return new OrderPage(List.of(), null);
        }

        @Override
        public Optional<OrderRecord> byId(long userId, long orderId) {
            if (userId != ALICE || orderId != ALICES_ORDER) {
                return Optional.empty();
            }
            return Optional.of(new OrderRecord(ALICES_ORDER, ALICE, "c-1", "BTC-USD", "BUY", "LIMIT", "GTC", false, 5, 6,
                    6, "USD", 30, OrderStatus.FILLED, null, 9));
        }

        @Override
        public long countOpen(long userId, String symbolOrNull) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<Long> insertPending(List<OrderRecord> records) {
            throw new UnsupportedOperationException();
        }

        @Override
        public OpenOrderCounts unfinishedGtcCounts(Collection<Long> userIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<OrderRecord> byClientOrderId(long userId, String clientOrderId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<OrderRecord> list(long userId, String symbolOrNull, boolean openOnly, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void rejectAll(List<Rejection> rejections) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<OrderRecord> pendingBefore(long beforeMs, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Release> dueReleases(int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void markReleased(List<Release> released) {
            throw new UnsupportedOperationException();
        }
    }

    static final class RecordingFills implements TradeHistory {
        final List<String> asked = new ArrayList<>();

        @Override
        public FillPage page(long userId, String symbolOrNull, Long orderIdOrNull, TimeWindow window,
                             FillCursor afterOrNull, int limit) {
            asked.add(userId + " " + symbolOrNull + " " + orderIdOrNull + " " + window + " " + afterOrNull + " " + limit);
            return new FillPage(List.of(), null);
        }

        @Override
        public List<PublicTradeView> recent(String symbol, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<FillView> fills(long userId, String symbolOrNull, int limit) {
            throw new UnsupportedOperationException();
        }
    }
}
