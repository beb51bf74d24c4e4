// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Slow work off the JavaFX thread: {@code work} runs in the background, {@code done} (or
 * {@code failed}) on the JavaFX thread. Production uses named daemon threads; a test twin may run
 * everything on the calling thread.
 */
public interface Background {
    <T> void submit(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);
}
