// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** The test twin of the background executor: runs work on the calling thread, deterministically. */
public final class SameThreadBackground implements Background {
    @Override
    public <T> void submit(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            failed.accept(e);
            return;
        }
        done.accept(result);
    }
}
