// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs an action once, on the FX thread, at the end of the next layout of a scene. */
final class AfterLayout {
    private AfterLayout() {
    }

    /**
     * Runs {@code action} after the styling and layout of {@code scene}'s next pulse (asking for one),
     * before that frame is drawn: the moment the window shows what was put into it before this call.
     */
    static void run(Scene scene, Runnable action) {
        Runnable once = new Runnable() {
            private boolean done;

            @Override
            public void run() {
                if (done) {
                    return;
                }
                done = true;
                // Removed outside the pulse that is calling the scene's listeners.
                Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                action.run();
            }
        };
        scene.addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }
}
