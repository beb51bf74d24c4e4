// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.gazettereader.config.AppVersion;
import org.gazettereader.config.Messages;

/** The window's own actions: close, full screen, the about box. */
public final class StageControls implements ShellActions.WindowControls {
    private final Stage stage;
    private final Messages messages;
    private final Supplier<Path> libraryFolder;
    private BooleanSupplier busy = () -> false;

    /** {@code libraryFolder}: the folder of the library shown, or null while none is open. */
    public StageControls(Stage stage, Messages messages, Supplier<Path> libraryFolder) {
        this.stage = stage;
        this.messages = messages;
        this.libraryFolder = libraryFolder;
    }

    /**
     * While {@code busy} says an import or export is running, quitting (File › Quit, Ctrl+Q, the
     * window's close button) asks first; what was finished stays.
     */
    public void askBeforeLeavingWhile(BooleanSupplier busy) {
        this.busy = busy;
        stage.setOnCloseRequest(e -> {
            if (!mayLeave()) {
                e.consume();
            }
        });
    }

    @Override
    public void exit() {
        if (mayLeave()) {
            stage.close();
        }
    }

    boolean mayLeave() {
        if (!busy.getAsBoolean()) {
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("quit.whileBusy"), ButtonType.CANCEL, ButtonType.OK);
        ask.initOwner(stage);
        ask.setTitle(messages.get("quit.title"));
        ask.setHeaderText(messages.get("quit.whileBusyHeader"));
        ask.getDialogPane().lookupButton(ButtonType.CANCEL).setId("quit-cancel");
        ask.getDialogPane().lookupButton(ButtonType.OK).setId("quit-ok");
        return ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
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
