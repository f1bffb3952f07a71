package org.opentrade.fund.adapter.out.persistence;

import java.sql.SQLException;

/** MariaDB refuses a BIGINT result out of range with error 1690 instead of wrapping around. */
final class BigintOverflow {
    static final int MARIADB_OUT_OF_RANGE = 1690;

    private BigintOverflow() {
    }

    static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == MARIADB_OUT_OF_RANGE) {
                return true;
            }
        }
        return false;
    }
}
