package org.opentrade.payment.application.withdrawal;

import java.util.Map;
import java.util.TreeMap;

import org.opentrade.api.money.Decimal8;
import org.opentrade.payment.domain.WithdrawalLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code opentrade.payment.withdrawal-limits.assets.<ASSET>.{per-withdrawal-max, per-day-max}}: decimal strings, as
 * operators write amounts everywhere else (application.yml holds the defaults; override per environment).
 */
@ConfigurationProperties("opentrade.payment.withdrawal-limits")
public record WithdrawalLimitProperties(@DefaultValue Map<String, AssetLimit> assets) {

    public record AssetLimit(String perWithdrawalMax, String perDayMax) {
    }

    public WithdrawalLimits toLimits() {
        Map<String, WithdrawalLimits.Limit> byAsset = new TreeMap<>();
        assets.forEach((asset, limit) -> byAsset.put(asset, new WithdrawalLimits.Limit(
                Decimal8.parse(limit.perWithdrawalMax()), Decimal8.parse(limit.perDayMax()))));
        return new WithdrawalLimits(byAsset);
    }
}
