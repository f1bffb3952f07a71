package org.opentrade.bench;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Progress lines, told apart from Gatling's console output by their prefix and UTC time. */
final class BenchLog {
    private BenchLog() {
    }

    static void line(String format, Object... args) {
        String time = LocalTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        System.out.println("[bench " + time + "] " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
