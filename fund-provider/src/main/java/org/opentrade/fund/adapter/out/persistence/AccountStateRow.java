package org.opentrade.fund.adapter.out.persistence;

/** An account row's balances and suspension mark, read under lock to diagnose a refused move. */
class AccountStateRow {
    private long available;
    private long frozen;
    private int suspended;

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
