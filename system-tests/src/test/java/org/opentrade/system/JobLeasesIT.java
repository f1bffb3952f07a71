package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * Two trade-provider processes tick the periodic job pending-orders every 5 s each; its lease lets one of them run
 * it per period (docs/adr/0011-one-runner-per-job.md). Counted from both processes' metrics over twelve periods:
 * about twelve runs in all, where two unleased processes would make about twenty-four.
 */
class JobLeasesIT {
    static final String JOB = "pending-orders";
    static final long PERIOD_MS = 5_000;
    static final int PERIODS = 12;
    static final int FIRST = 9103;
    static final int SECOND = 9113;
    static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void twoTradeProvidersRunTheSweepOncePerPeriodBetweenThem() throws Exception {
        Stack.run("start-app", "trade-provider-b");
        try {
            awaitTicking(SECOND);
            double[] before = {count(FIRST, "opentrade_job_runs_total"), count(SECOND, "opentrade_job_runs_total"),
                    count(SECOND, "opentrade_job_lease_busy_total") + count(FIRST, "opentrade_job_lease_busy_total")};
            Thread.sleep(PERIOD_MS * PERIODS);
            double first = count(FIRST, "opentrade_job_runs_total") - before[0];
            double second = count(SECOND, "opentrade_job_runs_total") - before[1];
            double busy = count(SECOND, "opentrade_job_lease_busy_total") + count(FIRST, "opentrade_job_lease_busy_total")
                    - before[2];
            System.out.printf("[measure] %s in %d periods: %.0f runs on the first process, %.0f on the second, "
                    + "%.0f ticks found the lease taken%n", JOB, PERIODS, first, second, busy);
            // lockAtLeastFor is 4.5 s: at most 60 / 4.5 = 13.3 runs; a holder runs again every 5 s and a bit
            assertThat(first + second).isBetween(PERIODS - 2.0, PERIODS + 2.0);
            assertThat(busy).as("the other process ticked too, and found the lease taken").isGreaterThan(PERIODS / 2.0);
        } finally {
            Stack.run("stop-app", "trade-provider-b");
        }
    }

    private static void awaitTicking(int port) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (count(port, "opentrade_job_lease_busy_total") + count(port, "opentrade_job_runs_total") < 1) {
            assertThat(System.nanoTime()).as("port %d ticks %s", port, JOB).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    /** The counter of this job on this process, 0 while it is not up or has not ticked. */
    private static double count(int port, String metric) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return response.body().lines()
                    .filter(line -> line.startsWith(metric + "{") && line.contains("job=\"" + JOB + "\""))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
        } catch (Exception unreachable) {
            return 0;
        }
    }
}
