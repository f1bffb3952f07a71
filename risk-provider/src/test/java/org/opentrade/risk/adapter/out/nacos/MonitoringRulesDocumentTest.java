package org.opentrade.risk.adapter.out.nacos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentrade.risk.domain.monitoring.CancelToFillRule;
import org.opentrade.risk.domain.monitoring.DepositWithdrawalRule;
import org.opentrade.risk.domain.monitoring.MonitoringRules;
import org.opentrade.risk.domain.monitoring.Severity;
import org.opentrade.risk.domain.monitoring.VolumeSpikeRule;
import org.opentrade.risk.domain.monitoring.WashTradingRule;

class MonitoringRulesDocumentTest {
    static final long ONE = 100_000_000L;
    /** The section as shipped, beside the keys another parser reads. */
    static final String SHIPPED = """
            { "defaults": {"orderQuantityMax": "100"}, "symbols": [{"symbol": "BTC-USD"}],
              "monitoring": {
                "washTrading":       {"enabled": true, "windowSeconds": 60,  "roundTripsMin": 3, "severity": "SEVERE"},
                "cancelToFill":      {"enabled": true, "windowSeconds": 300, "cancelsMin": 200, "ratioMin": 50,
                                      "severity": "WARNING"},
                "volumeSpike":       {"enabled": true, "bucketSeconds": 60, "historyBuckets": 30, "factor": 20,
                                      "notionalMin": "1000000", "severity": "WARNING"},
                "depositWithdrawal": {"enabled": true, "windowSeconds": 1800, "fractionPercent": 80,
                                      "severity": "SEVERE"}
              } }
            """;

    static final ObjectMapper JSON = new ObjectMapper();

    private static MonitoringRules parse(String text) {
        try {
            return MonitoringRulesDocument.parse(JSON.readTree(text));
        } catch (JsonProcessingException e) {
            throw new AssertionError("the test's JSON does not parse", e);
        }
    }

    @Test
    void theShippedSectionReadsAsTheDefaults() {
        assertThat(parse(SHIPPED)).isEqualTo(MonitoringRules.DEFAULTS);
    }

    @Test
    void aDocumentWithoutTheSectionTakesTheDefaults() {
        assertThat(parse("{\"defaults\": {}, \"symbols\": []}")).isEqualTo(MonitoringRules.DEFAULTS);
        assertThat(parse("{\"monitoring\": null}")).isEqualTo(MonitoringRules.DEFAULTS);
        assertThat(parse("[{\"symbol\": \"BTC-USD\"}]")).as("the document before it had sections")
                .isEqualTo(MonitoringRules.DEFAULTS);
    }

    @Test
    void aMissingDetectorOrFieldTakesItsDefault() {
        MonitoringRules rules = parse("{\"monitoring\": {\"cancelToFill\": {\"cancelsMin\": 10}}}");

        MonitoringRules defaults = MonitoringRules.DEFAULTS;
        assertThat(rules.cancelToFill()).isEqualTo(new CancelToFillRule(true, 300_000, 10, 50, Severity.WARNING));
        assertThat(rules.washTrading()).isEqualTo(defaults.washTrading());
        assertThat(rules.volumeSpike()).isEqualTo(defaults.volumeSpike());
        assertThat(rules.depositWithdrawal()).isEqualTo(defaults.depositWithdrawal());
    }

    @Test
    void everyFieldCanBeOverridden() {
        MonitoringRules rules = parse("""
                {"monitoring": {
                  "washTrading": {"enabled": false, "windowSeconds": 30, "roundTripsMin": 5, "severity": "WARNING"},
                  "cancelToFill": {"enabled": false, "windowSeconds": 600, "cancelsMin": 500, "ratioMin": 100,
                                   "severity": "INFO"},
                  "volumeSpike": {"enabled": false, "bucketSeconds": 300, "historyBuckets": 12, "factor": 10,
                                  "notionalMin": "2500.5", "severity": "SEVERE"},
                  "depositWithdrawal": {"enabled": false, "windowSeconds": 3600, "fractionPercent": 95,
                                        "severity": "WARNING"},
                  "usersTrackedMax": 1000, "eventIdsRememberedMax": 2000
                }}
                """);

        assertThat(rules).isEqualTo(new MonitoringRules(
                new WashTradingRule(false, 30_000, 5, Severity.WARNING),
                new CancelToFillRule(false, 600_000, 500, 100, Severity.INFO),
                new VolumeSpikeRule(false, 300_000, 12, 10, 2_500 * ONE + ONE / 2, Severity.SEVERE),
                new DepositWithdrawalRule(false, 3_600_000, 95, Severity.WARNING), 1_000, 2_000));
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("{\"washTrading\": {\"windowSeconds\": 0}}", "monitoring.washTrading.windowSeconds"),
                Arguments.of("{\"washTrading\": {\"windowSeconds\": \"60\"}}", "monitoring.washTrading.windowSeconds"),
                Arguments.of("{\"washTrading\": {\"windowSeconds\": 1.5}}", "monitoring.washTrading.windowSeconds"),
                Arguments.of("{\"washTrading\": {\"windowSeconds\": 9223372036854775807}}",
                        "monitoring.washTrading.windowSeconds"),
                Arguments.of("{\"washTrading\": {\"roundTripsMin\": 0}}", "monitoring.washTrading: roundTripsMin"),
                Arguments.of("{\"washTrading\": {\"severity\": \"severe\"}}", "monitoring.washTrading.severity"),
                Arguments.of("{\"washTrading\": {\"enabled\": \"yes\"}}", "monitoring.washTrading.enabled"),
                Arguments.of("{\"washTrading\": {\"windowSecs\": 60}}", "monitoring.washTrading.windowSecs"),
                Arguments.of("{\"washTrading\": true}", "monitoring.washTrading"),
                Arguments.of("{\"cancelToFill\": {\"ratioMin\": 3000000000}}", "monitoring.cancelToFill.ratioMin"),
                Arguments.of("{\"volumeSpike\": {\"notionalMin\": 1000000}}", "monitoring.volumeSpike.notionalMin"),
                Arguments.of("{\"volumeSpike\": {\"notionalMin\": \"1e6\"}}", "monitoring.volumeSpike.notionalMin"),
                Arguments.of("{\"volumeSpike\": {\"notionalMin\": \"0\"}}", "monitoring.volumeSpike: notionalMin"),
                Arguments.of("{\"volumeSpike\": {\"historyBuckets\": 100000}}",
                        "monitoring.volumeSpike: historyBuckets"),
                Arguments.of("{\"depositWithdrawal\": {\"fractionPercent\": 101}}",
                        "monitoring.depositWithdrawal: fractionPercent"),
                Arguments.of("{\"usersTrackedMax\": 0}", "monitoring: usersTrackedMax"),
                Arguments.of("{\"eventIdsRemembered\": 10}", "monitoring.eventIdsRemembered"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void aBadValueIsRefusedNamingItsField(String section, String named) {
        assertThatThrownBy(() -> parse("{\"monitoring\": " + section + "}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(named);
    }

    @Test
    void aSectionThatIsNoObjectIsRefused() {
        assertThatThrownBy(() -> parse("{\"monitoring\": [1]}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("monitoring: must be an object");
    }
}
