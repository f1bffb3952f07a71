package org.opentrade.risk.adapter.out.nacos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.opentrade.api.money.Decimal8;
import org.opentrade.risk.domain.pretrade.RiskRuleSet;
import org.opentrade.risk.domain.pretrade.SymbolLimits;

class RiskRulesDocumentTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String DEFAULTS = """
            "defaults": {"orderQuantityMax": "100", "orderNotionalMax": "5000000", "priceBandPercent": "20",
                         "ordersPerSecondMax": 500, "ordersPerMinuteMax": 20000, "openOrdersMax": 1000,
                         "dailyNotionalMax": "10000000000"}""";

    private static RiskRuleSet parse(String text) {
        return NacosRiskRules.parse(JSON, text);
    }

    /** A document with the defaults above and SYMBOLS as its symbols array. */
    private static RiskRuleSet withSymbols(String symbols) {
        return parse("{" + DEFAULTS + ", \"symbols\": [" + symbols + "]}");
    }

    private static void refused(String text, String saying) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(NacosRiskRules.DATA_ID + " refused: ").hasMessageContaining(saying);
    }

    private static void refusedSymbols(String symbols, String saying) {
        refused("{" + DEFAULTS + ", \"symbols\": [" + symbols + "]}", saying);
    }

    @Test
    void givesEverySymbolTheDefaultsAndItsOwnOverrides() {
        var rules = withSymbols("""
                {"symbol": "BTC-USD", "referencePrice": "30000"},
                {"symbol": "ETH-USD", "orderQuantityMax": "1000", "priceBandPercent": "12.5", "openOrdersMax": 7}""");
        assertThat(rules.limitsOf("BTC-USD")).contains(new SymbolLimits("BTC-USD", Decimal8.parse("100"),
                Decimal8.parse("5000000"), Decimal8.parse("20"), 500, 20_000, 1_000, Decimal8.parse("10000000000"),
                Decimal8.parse("30000")));
        assertThat(rules.limitsOf("ETH-USD")).contains(new SymbolLimits("ETH-USD", Decimal8.parse("1000"),
                Decimal8.parse("5000000"), Decimal8.parse("12.5"), 500, 20_000, 7, Decimal8.parse("10000000000"), 0));
        assertThat(rules.symbolCount()).isEqualTo(2);
    }

    @Test
    void ignoresTheKeysOfOtherReaders() {
        var rules = parse("{" + DEFAULTS + ", \"symbols\": [{\"symbol\": \"BTC-USD\"}], \"monitoring\": {\"x\": 1}}");
        assertThat(rules.limitsOf("BTC-USD")).isPresent();
    }

    @Test
    void letsASymbolCompleteDefaultsThatLackALimit() {
        var rules = parse("""
                {"defaults": {"orderQuantityMax": "1", "orderNotionalMax": "1", "priceBandPercent": "1",
                              "ordersPerSecondMax": 1, "ordersPerMinuteMax": 1, "openOrdersMax": 1},
                 "symbols": [{"symbol": "BTC-USD", "dailyNotionalMax": "5"}]}""");
        assertThat(rules.limitsOf("BTC-USD").orElseThrow().dailyNotionalMax()).isEqualTo(5 * Decimal8.ONE);
    }

    @Test
    void theShippedDocumentParsesAndLetsTheBenchmarkTrade() throws Exception {
        var rules = parse(Files.readString(Path.of("../deploy/local/nacos-config/opentrade-risk-rules.json")));
        SymbolLimits btc = rules.limitsOf("BTC-USD").orElseThrow();
        // the HTTP benchmark: ~100 orders a second per user on BTC-USD around 30000, for minutes
        assertThat(btc.ordersPerSecondMax()).isGreaterThanOrEqualTo(500);
        assertThat(btc.ordersPerMinuteMax()).isGreaterThanOrEqualTo(100 * 60 * 3);
        assertThat(btc.referencePrice()).isEqualTo(Decimal8.parse("30000"));
        assertThat(btc.dailyNotionalMax()).isGreaterThanOrEqualTo(Decimal8.parse("10000000000"));
        assertThat(rules.limitsOf("ETH-USD").orElseThrow().orderQuantityMax()).isEqualTo(Decimal8.parse("1000"));
    }

    @Test
    void refusesADocumentThatDoesNotParse() {
        refused("{\"defaults\": ", "not valid JSON");
        refused("", "not a JSON object");
        refused("[{\"symbol\": \"BTC-USD\", \"orderQuantityMax\": \"100\", \"orderNotionalMax\": \"5000000\"}]",
                "not a JSON object");
    }

    @Test
    void refusesADocumentWithoutDefaultsOrSymbols() {
        refused("{\"symbols\": [{\"symbol\": \"BTC-USD\"}]}", "defaults");
        refused("{\"defaults\": {}, \"symbols\": [{\"symbol\": \"BTC-USD\"}]}", "defaults");
        refused("{" + DEFAULTS + "}", "symbols");
        refused("{" + DEFAULTS + ", \"symbols\": []}", "symbols");
        refused("{" + DEFAULTS + ", \"symbols\": {\"symbol\": \"BTC-USD\"}}", "symbols");
    }

    @Test
    void refusesANonPositiveLimitOfTheDefaultsOrOfASymbol() {
        refusedSymbols("{\"symbol\": \"BTC-USD\", \"orderQuantityMax\": \"0\"}", "orderQuantityMax must be positive");
        refusedSymbols("{\"symbol\": \"BTC-USD\", \"orderNotionalMax\": \"-1\"}", "orderNotionalMax must be positive");
        refusedSymbols("{\"symbol\": \"BTC-USD\", \"ordersPerSecondMax\": 0}", "ordersPerSecondMax must be positive");
        refusedSymbols("{\"symbol\": \"BTC-USD\", \"ordersPerMinuteMax\": -5}", "ordersPerMinuteMax must be positive");
        refusedSymbols("{\"symbol\": \"BTC-USD\", \"openOrdersMax\": 0}", "openOrdersMax must be positive");
        refusedSymbols("{\"symbol\": \"BTC-USD\", \"dailyNotionalMax\": \"0.00000000\"}", "dailyNotionalMax must be");
        refusedSymbols("{\"symbol\": \"BTC-USD\", \"referencePrice\": \"-1\"}", "referencePrice must be positive");
        refused(DEFAULTS.replace("\"openOrdersMax\": 1000", "\"openOrdersMax\": 0")
                .transform(d -> "{" + d + ", \"symbols\": [{\"symbol\": \"BTC-USD\"}]}"), "openOrdersMax must be positive");
    }

    @Test
    void refusesABandOfZeroOrOfAHundredPercentAndMore() {
        refusedSymbols("{\"symbol\": \"BTC-USD\", \"priceBandPercent\": \"0\"}", "priceBandPercent");
        refusedSymbols("{\"symbol\": \"BTC-USD\", \"priceBandPercent\": \"100\"}", "priceBandPercent");
        refusedSymbols("{\"symbol\": \"BTC-USD\", \"priceBandPercent\": \"250\"}", "priceBandPercent");
    }

    @Test
    void refusesAmountsThatAreNotDecimalStringsAndCountsThatAreNotIntegers() {
        refusedSymbols("{\"symbol\": \"BTC-USD\", \"orderQuantityMax\": 100}", "must be a decimal string");
        refusedSymbols("{\"symbol\": \"BTC-USD\", \"orderQuantityMax\": \"1e3\"}", "not a plain decimal");
        refusedSymbols("{\"symbol\": \"BTC-USD\", \"orderQuantityMax\": \"0.000000001\"}", "more than 8 decimals");
        refusedSymbols("{\"symbol\": \"BTC-USD\", \"dailyNotionalMax\": \"999999999999\"}", "out of range");
        refusedSymbols("{\"symbol\": \"BTC-USD\", \"ordersPerSecondMax\": \"500\"}", "must be a JSON integer");
        refusedSymbols("{\"symbol\": \"BTC-USD\", \"ordersPerSecondMax\": 1.5}", "must be a JSON integer");
        refusedSymbols("{\"symbol\": \"BTC-USD\", \"openOrdersMax\": 3000000000}", "must be a JSON integer");
    }

    @Test
    void refusesUnknownFieldsAsTheTyposTheyAre() {
        refusedSymbols("{\"symbol\": \"BTC-USD\", \"orderQuantityMas\": \"1\"}", "BTC-USD: unknown field \"orderQuantityMas\"");
        refused(DEFAULTS.replace("\"orderQuantityMax\"", "\"orderQtyMax\"")
                .transform(d -> "{" + d + ", \"symbols\": [{\"symbol\": \"BTC-USD\"}]}"), "defaults: unknown field");
        refused(DEFAULTS.replace("\"orderQuantityMax\": \"100\"", "\"referencePrice\": \"30000\"")
                .transform(d -> "{" + d + ", \"symbols\": [{\"symbol\": \"BTC-USD\"}]}"), "unknown field \"referencePrice\"");
    }

    @Test
    void refusesASymbolLeftWithoutALimit() {
        refused("""
                {"defaults": {"orderQuantityMax": "1"},
                 "symbols": [{"symbol": "BTC-USD"}]}""", "BTC-USD: no orderNotionalMax, neither its own nor a default");
    }

    @Test
    void refusesAnEntryWithoutASymbolAndASymbolListedTwice() {
        refusedSymbols("{\"orderQuantityMax\": \"1\"}", "not an object with a \"symbol\" string");
        refusedSymbols("{\"symbol\": \" \"}", "no symbol");
        refusedSymbols("\"BTC-USD\"", "not an object with a \"symbol\" string");
        refusedSymbols("{\"symbol\": \"BTC-USD\"}, {\"symbol\": \"BTC-USD\"}", "BTC-USD is listed twice");
    }
}
