package org.opentrade.risk.adapter.out.nacos;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.opentrade.risk.domain.monitoring.CancelToFillRule;
import org.opentrade.risk.domain.monitoring.DepositWithdrawalRule;
import org.opentrade.risk.domain.monitoring.MonitoringRules;
import org.opentrade.risk.domain.monitoring.Severity;
import org.opentrade.risk.domain.monitoring.VolumeSpikeRule;
import org.opentrade.risk.domain.monitoring.WashTradingRule;

/**
 * The {@code "monitoring"} section of {@value NacosRiskRules#DATA_ID}, as operators write it: windows in whole seconds,
 * amounts as decimal strings. A missing section, detector or field takes its default from {@link MonitoringRules};
 * every other top-level key of the document is read elsewhere. A bad value throws IllegalArgumentException naming
 * the field, e.g. {@code monitoring.volumeSpike.notionalMin}.
 */
final class MonitoringRulesDocument {
    static final String SECTION = "monitoring";
    static final String ENABLED = "enabled";
    static final String SEVERITY = "severity";
    static final String WINDOW_SECONDS = "windowSeconds";
    static final String USERS_TRACKED_MAX = "usersTrackedMax";
    static final String EVENT_IDS_REMEMBERED_MAX = "eventIdsRememberedMax";
    static final String INTERCEPT = "intercept";

    private MonitoringRulesDocument() {
    }

    /** The monitoring rules of the whole document (also the older array form, which has no section: the defaults). */
    static MonitoringRules parse(JsonNode document) {
        JsonSection monitoring = JsonSection.of(SECTION, document.get(SECTION), Set.of(WashTradingRule.NAME, CancelToFillRule.NAME,
                VolumeSpikeRule.NAME, DepositWithdrawalRule.NAME, USERS_TRACKED_MAX, EVENT_IDS_REMEMBERED_MAX,
                INTERCEPT));
        MonitoringRules defaults = MonitoringRules.DEFAULTS;
        WashTradingRule washTrading = washTrading(monitoring);
        CancelToFillRule cancelToFill = cancelToFill(monitoring);
        VolumeSpikeRule volumeSpike = volumeSpike(monitoring);
        DepositWithdrawalRule depositWithdrawal = depositWithdrawal(monitoring);
        int usersTrackedMax = monitoring.integer(USERS_TRACKED_MAX, defaults.usersTrackedMax());
        int eventIdsRememberedMax = monitoring.integer(EVENT_IDS_REMEMBERED_MAX, defaults.eventIdsRememberedMax());
        boolean intercept = monitoring.bool(INTERCEPT, defaults.intercept());
        return monitoring.build(() -> new MonitoringRules(washTrading, cancelToFill, volumeSpike, depositWithdrawal,
                usersTrackedMax, eventIdsRememberedMax, intercept));
    }

    private static WashTradingRule washTrading(JsonSection monitoring) {
        WashTradingRule fallback = WashTradingRule.DEFAULT;
        JsonSection s = monitoring.section(WashTradingRule.NAME,
                Set.of(ENABLED, WINDOW_SECONDS, "roundTripsMin", SEVERITY));
        boolean enabled = s.bool(ENABLED, fallback.enabled());
        long windowMs = s.millisFromSeconds(WINDOW_SECONDS, fallback.windowMs());
        int roundTripsMin = s.integer("roundTripsMin", fallback.roundTripsMin());
        Severity severity = s.oneOf(SEVERITY, Severity.class, fallback.severity());
        return s.build(() -> new WashTradingRule(enabled, windowMs, roundTripsMin, severity));
    }

    private static CancelToFillRule cancelToFill(JsonSection monitoring) {
        CancelToFillRule fallback = CancelToFillRule.DEFAULT;
        JsonSection s = monitoring.section(CancelToFillRule.NAME,
                Set.of(ENABLED, WINDOW_SECONDS, "cancelsMin", "ratioMin", SEVERITY));
        boolean enabled = s.bool(ENABLED, fallback.enabled());
        long windowMs = s.millisFromSeconds(WINDOW_SECONDS, fallback.windowMs());
        int cancelsMin = s.integer("cancelsMin", fallback.cancelsMin());
        int ratioMin = s.integer("ratioMin", fallback.ratioMin());
        Severity severity = s.oneOf(SEVERITY, Severity.class, fallback.severity());
        return s.build(() -> new CancelToFillRule(enabled, windowMs, cancelsMin, ratioMin, severity));
    }

    private static VolumeSpikeRule volumeSpike(JsonSection monitoring) {
        VolumeSpikeRule fallback = VolumeSpikeRule.DEFAULT;
        JsonSection s = monitoring.section(VolumeSpikeRule.NAME,
                Set.of(ENABLED, "bucketSeconds", "historyBuckets", "factor", "notionalMin", SEVERITY));
        boolean enabled = s.bool(ENABLED, fallback.enabled());
        long bucketMs = s.millisFromSeconds("bucketSeconds", fallback.bucketMs());
        int historyBuckets = s.integer("historyBuckets", fallback.historyBuckets());
        int factor = s.integer("factor", fallback.factor());
        long notionalMin = s.decimal("notionalMin", fallback.notionalMin());
        Severity severity = s.oneOf(SEVERITY, Severity.class, fallback.severity());
        return s.build(() -> new VolumeSpikeRule(enabled, bucketMs, historyBuckets, factor, notionalMin, severity));
    }

    private static DepositWithdrawalRule depositWithdrawal(JsonSection monitoring) {
        DepositWithdrawalRule fallback = DepositWithdrawalRule.DEFAULT;
        JsonSection s = monitoring.section(DepositWithdrawalRule.NAME,
                Set.of(ENABLED, WINDOW_SECONDS, "fractionPercent", SEVERITY));
        boolean enabled = s.bool(ENABLED, fallback.enabled());
        long windowMs = s.millisFromSeconds(WINDOW_SECONDS, fallback.windowMs());
        int fractionPercent = s.integer("fractionPercent", fallback.fractionPercent());
        Severity severity = s.oneOf(SEVERITY, Severity.class, fallback.severity());
        return s.build(() -> new DepositWithdrawalRule(enabled, windowMs, fractionPercent, severity));
    }
}
