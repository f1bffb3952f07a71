package org.opentrade.trade.application.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.page.PageCursor;

/** Cursors round-trip, are URL-safe, and anything else a client sends back is VALIDATION_FAILED. */
class CursorsTest {

    @Test
    void anOrderCursorRoundTripsAndIsUrlSafe() {
        OrderCursor cursor = new OrderCursor(Long.MAX_VALUE);
        String text = cursor.encode();
        assertThat(text).matches("[A-Za-z0-9_-]+");
        assertThat(OrderCursor.decode(text)).isEqualTo(cursor);
    }

    @Test
    void aFillCursorRoundTripsWithTheWholeKey() {
        FillCursor cursor = new FillCursor(1_765_000_000_123L, "TPH00ABC1-USD", 4_096L);
        String text = cursor.encode();
        assertThat(text).matches("[A-Za-z0-9_-]+").hasSizeLessThanOrEqualTo(PageCursor.LENGTH_MAX);
        assertThat(FillCursor.decode(text)).isEqualTo(cursor);
    }

    @Test
    void theLongestCursorWeIssueFitsTheInputBound() {
        String text = new FillCursor(Long.MAX_VALUE, "ABCDEFGHIJKLMNOP", Long.MAX_VALUE).encode();
        assertThat(text.length()).isLessThanOrEqualTo(PageCursor.LENGTH_MAX);
    }

    @Test
    void aCursorOfOneKindIsNotAcceptedAsTheOther() {
        String fill = new FillCursor(1L, "BTC-USD", 2L).encode();
        String order = new OrderCursor(7L).encode();
        assertInvalid(() -> OrderCursor.decode(fill));
        assertInvalid(() -> FillCursor.decode(order));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!!", "bzE6", "o1:7", "%", "bzE6LTE", "bzE6OTk5OTk5OTk5OTk5OTk5OTk5OTk5OQ"})
    void malformedOrderCursorsAreValidationFailures(String text) {
        assertInvalid(() -> OrderCursor.decode(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"f1:1:BTC-USD", "f1:1:BTC-USD:2:3", "f1:x:BTC-USD:2", "f1:1:btc usd:2", "f1:1::2",
            "f2:1:BTC-USD:2", "f1:-1:BTC-USD:2", "f1:1:BTC-USD:99999999999999999999"})
    void malformedFillCursorsAreValidationFailures(String text) {
        assertInvalid(() -> FillCursor.decode(encoded(text)));
    }

    @Test
    void aVeryLongCursorIsRefusedBeforeItIsDecoded() {
        assertInvalid(() -> FillCursor.decode("A".repeat(PageCursor.LENGTH_MAX + 1)));
    }

    private static String encoded(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable decode) {
        assertThatThrownBy(decode).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }
}
