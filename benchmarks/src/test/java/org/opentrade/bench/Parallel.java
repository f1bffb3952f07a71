package org.opentrade.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The set-up's calls, a few at a time: enough to not wait on each round trip, few enough to leave the machine
 * (and the flow rules on registration, login and deposits) alone. The first failure fails the whole set-up.
 */
final class Parallel {
    static final int THREADS = 4;

    private Parallel() {
    }

    static <T, R> List<R> map(List<T> inputs, Function<T, R> call) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T input : inputs) {
                futures.add(pool.submit(() -> call.apply(input)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw new IllegalStateException("set-up failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
