package org.opentrade.fund.adapter.out.persistence;

import com.baomidou.mybatisplus.annotation.TableName;

/** One row of the logical table {@code account} (physically account_0/account_1 in ot_fund_0/ot_fund_1). */
@TableName("account")
class AccountRow {
    private Long userId;
    private String asset;
    private Long available;
    private Long frozen;

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public String getAsset() {
        return asset;
    }

    public void setAsset(String asset) {
        this.asset = asset;
    }

    public Long getAvailable() {
        return available;
    }

    public void setAvailable(Long available) {
        this.available = available;
    }

    public Long getFrozen() {
        return frozen;
    }

    public void setFrozen(Long frozen) {
        this.frozen = frozen;
    }
}
