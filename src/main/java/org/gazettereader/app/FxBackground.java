// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.gazettereader.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Background work on one named daemon thread; results are handed back on the JavaFX thread. */
final class FxBackground implements Background, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxBackground.class);
    private final ExecutorService executor;
    private final String name;

    FxBackground(String name) {
        this.name = name;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> done.accept(result));
            } catch (Exception | Error e) {
                LOG.error("Background work on {} failed", name, e);
                Platform.runLater(() -> failed.accept(e));
            }
        });
    }

    /** Runs {@code r} on the thread; work handed in after the window closed is dropped. */
    void execute(Runnable r) {
        if (executor.isShutdown()) {
            LOG.debug("{} is closed; dropping late work", name);
            return;
        }
        try {
            executor.execute(r);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("{} closed while work was handed in; dropped", name);
        }
    }

    /** Lets running work finish (a first-start import, a position save), then stops the thread. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
