package org.opentrade.facade.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.trade.CandleInterval;

class ClientMessageTest {

    @Test
    void subscriptionsToThePublicChannelsNameASymbol() {
        assertThat(ClientMessage.parse("{\"op\":\"subscribe\",\"channel\":\"depth\",\"symbol\":\"BTC-USD\"}"))
                .isEqualTo(new ClientMessage(ClientMessage.Op.SUBSCRIBE, Subscription.depth("BTC-USD")));
        assertThat(ClientMessage.parse("{\"op\":\"unsubscribe\",\"channel\":\"trades\",\"symbol\":\"ETH-USD\"}"))
                .isEqualTo(new ClientMessage(ClientMessage.Op.UNSUBSCRIBE, Subscription.trades("ETH-USD")));
    }

    @Test
    void candlesNameAnIntervalAndTheOtherMarketChannelsASymbolOnly() {
        assertThat(ClientMessage.parse(
                "{\"op\":\"subscribe\",\"channel\":\"candles\",\"symbol\":\"BTC-USD\",\"interval\":\"4h\"}"))
                .isEqualTo(new ClientMessage(ClientMessage.Op.SUBSCRIBE, Subscription.candles("BTC-USD", CandleInterval.H4)));
        assertThat(ClientMessage.parse("{\"op\":\"subscribe\",\"channel\":\"depthUpdates\",\"symbol\":\"BTC-USD\"}"))
                .isEqualTo(new ClientMessage(ClientMessage.Op.SUBSCRIBE, Subscription.depthUpdates("BTC-USD")));
        assertThat(ClientMessage.parse("{\"op\":\"unsubscribe\",\"channel\":\"ticker\",\"symbol\":\"ETH-USD\"}"))
                .isEqualTo(new ClientMessage(ClientMessage.Op.UNSUBSCRIBE, Subscription.ticker("ETH-USD")));
    }

    @Test
    void theOrdersChannelTakesNoSymbol() {
        assertThat(ClientMessage.parse("{\"op\":\"subscribe\",\"channel\":\"orders\"}"))
                .isEqualTo(new ClientMessage(ClientMessage.Op.SUBSCRIBE, Subscription.orders()));
        assertCode("{\"op\":\"subscribe\",\"channel\":\"orders\",\"symbol\":\"BTC-USD\"}", ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void aPingNeedsNothingElse() {
        assertThat(ClientMessage.parse("{\"op\":\"ping\"}").op()).isEqualTo(ClientMessage.Op.PING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[1,2]", "\"subscribe\"", "42", "null", "{\"op\":"})
    void anythingButOneJsonObjectIsMalformed(String text) {
        assertCode(text, ErrorCode.MALFORMED_REQUEST);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "{\"op\":\"SUBSCRIBE\",\"channel\":\"depth\",\"symbol\":\"BTC-USD\"}",
            "{\"op\":\"subscribe\"}",
            "{\"op\":\"subscribe\",\"channel\":\"candles\",\"symbol\":\"BTC-USD\"}",
            "{\"op\":\"subscribe\",\"channel\":\"candles\",\"symbol\":\"BTC-USD\",\"interval\":\"2m\"}",
            "{\"op\":\"subscribe\",\"channel\":\"candles\",\"symbol\":\"BTC-USD\",\"interval\":60}",
            "{\"op\":\"subscribe\",\"channel\":\"candles\",\"interval\":\"1m\"}",
            "{\"op\":\"subscribe\",\"channel\":\"ticker\",\"symbol\":\"BTC-USD\",\"interval\":\"1m\"}",
            "{\"op\":\"subscribe\",\"channel\":\"orders\",\"interval\":\"1m\"}",
            "{\"op\":\"subscribe\",\"channel\":\"depthupdates\",\"symbol\":\"BTC-USD\"}",
            "{\"op\":\"subscribe\",\"channel\":\"depth\"}",
            "{\"op\":\"subscribe\",\"channel\":\"depth\",\"symbol\":\"btc-usd\"}",
            "{\"op\":\"subscribe\",\"channel\":\"depth\",\"symbol\":\"BTC-USD-EXTRA-LONG-NAME\"}",
            "{\"op\":\"subscribe\",\"channel\":\"depth\",\"symbol\":42}",
            "{\"op\":1}",
            "{\"op\":\"subscribe\",\"channel\":[\"depth\"],\"symbol\":\"BTC-USD\"}",
            "{\"op\":\"ping\",\"userId\":7}"})
    void wrongFieldsAreRefusedWithValidationFailed(String text) {
        assertCode(text, ErrorCode.VALIDATION_FAILED);
    }

    private static void assertCode(String text, ErrorCode code) {
        assertThatThrownBy(() -> ClientMessage.parse(text)).as(text)
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
