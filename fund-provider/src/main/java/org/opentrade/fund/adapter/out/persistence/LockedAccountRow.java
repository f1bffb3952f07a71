package org.opentrade.fund.adapter.out.persistence;

/** A user's account row as a batch reads it under lock (see {@link LedgerBatchMapper#lockUserRows}). */
class LockedAccountRow {
    private long userId;
    private String asset;
    private long available;
    private long frozen;
    private int suspended;

    public long getUserId() {
        return userId;
    }

    public void setUserId(long userId) {
        this.userId = userId;
    }

    public String getAsset() {
        return asset;
    }

    public void setAsset(String asset) {
        this.asset = asset;
    }

    public long getAvailable() {
        return available;
    }

    public void setAvailable(long available) {
        this.available = available;
    }

    public long getFrozen() {
        return frozen;
    }

    public void setFrozen(long frozen) {
        this.frozen = frozen;
    }

    public int getSuspended() {
        return suspended;
    }

    public void setSuspended(int suspended) {
        this.suspended = suspended;
    }
}
