package org.opentrade.user.application;

import java.util.ArrayList;
import java.util.List;

import org.opentrade.user.application.port.FundAccounts;

/** Records the calls to the ledger; can play a ledger that is down. */
public final class RecordingFunds implements FundAccounts {
    public final List<String> calls = new ArrayList<>();
    public boolean down;

    @Override
    public void openAccounts(long userId) {
        call("open " + userId);
    }

    @Override
    public void suspend(long userId) {
        call("suspend " + userId);
    }

    @Override
    public void reinstate(long userId) {
        call("reinstate " + userId);
    }

    private void call(String what) {
        if (down) {
            throw new IllegalStateException("fund-provider down");
        }
        calls.add(what);
    }
}
