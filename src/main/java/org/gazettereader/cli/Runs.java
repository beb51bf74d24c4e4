// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.util.Arrays;
import picocli.CommandLine.Option;

/**
 * {@code --runs N} of a benchmark, with the benchmark's own default, and the timing of those runs:
 * each one measured alone with {@link System#nanoTime()}, after whatever warm-up the benchmark did.
 */
final class Runs {
    /** Named as the option is: picocli shows the field's name in the help ({@code --runs=<runs>}). */
    @Option(names = "--runs", descriptionKey = "bench.parse.runs")
    int runs;

    /** Work timed once a run; it returns what the report needs of the last run. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** The durations of the runs in nanoseconds, sorted, and what the last run returned. */
    record Timed<T>(long[] sortedNanos, T last) {
        long min() {
            return sortedNanos[0];
        }

        long median() {
            return sortedNanos[sortedNanos.length / 2];
        }

        /** The 95th percentile as the benchmarks have always reported it: the run at 95 % of the sorted list. */
        long p95() {
            return sortedNanos[(int) (sortedNanos.length * 0.95)];
        }

        long max() {
            return sortedNanos[sortedNanos.length - 1];
        }
    }

    /** {@code --runs} defaults to {@code byDefault}: picocli keeps the value a mixin's field starts with. */
    Runs(int byDefault) {
        this.runs = byDefault;
    }

    int count() {
        return runs;
    }

    /** Runs {@code work} {@code --runs} times. */
    <T, E extends Exception> Timed<T> time(Work<T, E> work) throws E {
        long[] nanos = new long[runs];
        T last = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            last = work.run();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        return new Timed<>(nanos, last);
    }
}
