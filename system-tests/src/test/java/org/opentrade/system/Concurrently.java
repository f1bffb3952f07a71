package org.opentrade.system;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs a numbered step COUNT times on THREADS threads and answers the results in step order. */
final class Concurrently {

    interface Step<T> {
        T run(int i) throws Exception;
    }

    private Concurrently() {
    }

    static <T> List<T> run(int count, int threads, Step<T> step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<T>> calls = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int index = i;
                calls.add(() -> step.run(index));
            }
            List<T> results = new ArrayList<>(count);
            for (Future<T> result : pool.invokeAll(calls)) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
