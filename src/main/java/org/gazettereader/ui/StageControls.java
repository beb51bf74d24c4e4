// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.gazettereader.config.AppVersion;
import org.gazettereader.config.Messages;

/** The window's own actions: close, full screen, the about box. */
public final class StageControls implements ShellActions.WindowControls {
    private final Stage stage;
    private final Messages messages;
    private final Supplier<Path> libraryFolder;

    /** {@code libraryFolder}: the folder of the library shown, or null while none is open. */
    public StageControls(Stage stage, Messages messages, Supplier<Path> libraryFolder) {
        this.stage = stage;
        this.messages = messages;
        this.libraryFolder = libraryFolder;
    }

    @Override
    public void exit() {
        stage.close();
    }

    @Override
    public void toggleFullScreen() {
        // JavaFX's own hint follows the JVM's locale and its wording; ours speaks the window's language.
        stage.setFullScreenExitHint(messages.get("window.fullScreenHint"));
        stage.setFullScreen(!stage.isFullScreen());
    }

    @Override
    public void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(stage);
        about.setTitle(messages.get("about.title"));
        about.setHeaderText(messages.get("app.title") + " " + AppVersion.get());
        about.setContentText(aboutText());
        about.showAndWait();
    }

    /** What the about box says: the reader, and where the library shown lives. */
    String aboutText() {
        Path folder = libraryFolder.get();
        return messages.get("about.text", folder == null ? "—" : folder.toString());
    }
}
