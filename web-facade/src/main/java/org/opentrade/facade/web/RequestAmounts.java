package org.opentrade.facade.web;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.money.Amounts;
import org.opentrade.api.money.Asset;

/** Request fields that carry money, checked at the edge: anything wrong is a 400 with a code. */
final class RequestAmounts {
    private RequestAmounts() {
    }

    static long amount(String text) {
        try {
            return Amounts.parsePositive(text);
        } catch (IllegalArgumentException e) {
            throw new BusinessException(ErrorCode.INVALID_AMOUNT);
        }
    }

    static String asset(String code) {
        return Asset.parse(code).map(Asset::name).orElseThrow(() -> new BusinessException(ErrorCode.UNKNOWN_ASSET));
    }
}
