package org.opentrade.api.money;

import java.util.List;
import java.util.Optional;

/** The assets the venue keeps accounts in. */
public enum Asset {
    USD, BTC, ETH;

    public static final List<Asset> ALL = List.of(values());

    public static Optional<Asset> parse(String code) {
        for (Asset asset : values()) {
            if (asset.name().equals(code)) {
                return Optional.of(asset);
            }
        }
        return Optional.empty();
    }
}
