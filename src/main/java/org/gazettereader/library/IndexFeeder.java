// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.search.NoticeIndex;

/**
 * Hands issues to the index on worker threads while the caller goes on with the next file
 * (Lucene's writer takes documents from several threads at once; analysing the text is most of
 * an import's time). Order is kept where it matters: deleting issues waits for every issue
 * handed over before, {@link #drain} waits for all (before a commit), and the callbacks run on
 * the caller's thread in the order the issues were handed over.
 */
final class IndexFeeder implements AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();

    /** The index could not take an issue: the batch stops (the database has what was imported). */
    static final class Failure extends RuntimeException {
        Failure(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    private record Task(Future<List<String>> indexed, Consumer<List<String>> then) {
    }

    private final NoticeIndex index;
    private final ExecutorService threads;
    private final int ahead;
    private final Deque<Task> pending = new ArrayDeque<>();

    IndexFeeder(NoticeIndex index) {
        this(index, Math.max(1, Math.min(3, Runtime.getRuntime().availableProcessors())));
    }

    IndexFeeder(NoticeIndex index, int threads) {
        this.index = index;
        this.ahead = threads * 2;
        int pool = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "index-" + pool + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Indexes an issue's notices (replacing any with the same ids) on a worker thread; {@code then}
     * gets the notices the index refused, on this thread, once it and every issue before it is done.
     * A failure of the index (of this issue or one before) is thrown as {@link Failure}.
     */
    void add(long issueId, List<LibraryNotice> notices, Consumer<List<String>> then) {
        finishDone();
        while (pending.size() >= ahead) {
            finishOne();
        }
        pending.add(new Task(threads.submit(() -> index.replaceIssue(issueId, notices)), then));
    }

    /** Runs {@code then} on this thread after every issue handed over before it is indexed (at a later call). */
    void after(Runnable then) {
        pending.add(new Task(CompletableFuture.completedFuture(List.of()), refused -> then.run()));
    }

    /** Deletes issues from the index after everything handed over before is in it. */
    void deleteIssues(List<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return;
        }
        drain();
        try {
            for (long id : issueIds) {
                index.deleteIssue(id);
            }
        } catch (IOException | RuntimeException e) {
            throw new Failure(e);
        }
    }

    /** Waits for every issue handed over; the first failure is thrown (the rest are still waited for). */
    void drain() {
        Failure failure = null;
        while (!pending.isEmpty()) {
            try {
                finishOne();
            } catch (Failure e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Runs the callbacks of the issues indexed so far, without waiting. */
    void finishDone() {
        while (!pending.isEmpty() && pending.peek().indexed().isDone()) {
            finishOne();
        }
    }

    private void finishOne() {
        Task t = pending.poll();
        List<String> refused;
        try {
            refused = t.indexed().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(new IOException("interrupted while the search index was written", e));
        } catch (CancellationException e) {
            throw new Failure(new IOException("the search index was not written: stopped", e));
        } catch (ExecutionException e) {
            throw new Failure(e.getCause() instanceof UncheckedIOException io ? io.getCause() : e.getCause());
        }
        t.then().accept(refused);
    }

    /** Stops the workers; issues not yet indexed are dropped (the caller rolls the index back). */
    @Override
    public void close() {
        for (Task t : pending) {
            t.indexed().cancel(false);
        }
        pending.clear();
        threads.shutdown();
        try {
            if (!threads.awaitTermination(2, TimeUnit.MINUTES)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
