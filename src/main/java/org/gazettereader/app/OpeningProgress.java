// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.gazettereader.config.Messages;
import org.gazettereader.library.ImportListener;

/**
 * What opening a library may take long for, on the status line: a rebuild of the search index
 * (after a crash or an upgrade) and the one-time rewrite of an older library's storage. At most
 * five updates a second reach the FX thread.
 */
final class OpeningProgress implements ImportListener {
    private final Messages messages;
    private final Consumer<String> say;
    private long last;

    OpeningProgress(Messages messages, Consumer<String> say) {
        this.messages = messages;
        this.say = say;
    }

    @Override
    public void progress(int done, int total, Path file) {
        show("status.rebuilding", done, total);
    }

    @Override
    public void upgrading(int done, int total) {
        show("status.upgrading", done, total);
    }

    private void show(String key, int done, int total) {
        if (done == total || System.nanoTime() - last > 200_000_000L) {
            last = System.nanoTime();
            String text = messages.get(key, done, total);
            Platform.runLater(() -> say.accept(text));
        }
    }
}
