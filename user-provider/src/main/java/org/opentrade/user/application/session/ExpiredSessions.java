package org.opentrade.user.application.session;

import java.time.Clock;
import java.time.Duration;

import org.opentrade.user.application.port.Sessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes sessions a day after they expired (their tokens are refused by their own expiry by then), in bounded
 * batches, so the session table holds about one day of logins. Idempotent: several instances running it at once
 * only delete the same rows.
 */
@Component
public class ExpiredSessions {
    static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);
    static final int BATCH_SIZE_MAX = 1_000;
    static final int BATCHES_PER_RUN_MAX = 50;
    private static final Logger log = LoggerFactory.getLogger(ExpiredSessions.class);

    private final Sessions sessions;
    private final Clock clock = Clock.systemUTC();

    public ExpiredSessions(Sessions sessions) {
        this.sessions = sessions;
    }

    @Scheduled(initialDelayString = "${opentrade.auth.session-purge-initial-delay-ms:60000}",
            fixedDelayString = "${opentrade.auth.session-purge-interval-ms:3600000}")
    public void purge() {
        int purged = 0;
        for (int batch = 0; batch < BATCHES_PER_RUN_MAX; batch++) {
            int deleted = sessions.purgeExpired(clock.instant().minus(KEPT_AFTER_EXPIRY), BATCH_SIZE_MAX);
            purged += deleted;
            if (deleted < BATCH_SIZE_MAX) {
                break;
            }
        }
        if (purged > 0) {
            log.info("purged {} sessions expired more than {} ago", purged, KEPT_AFTER_EXPIRY);
        }
    }
}
