// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.gazettereader.config.AppVersion;
import org.gazettereader.config.Messages;

/** The window's own actions: close, full screen, the about box. */
public final class StageControls implements ShellActions.WindowControls {
    private final Stage stage;
    private final Messages messages;

    public StageControls(Stage stage, Messages messages) {
        this.stage = stage;
        this.messages = messages;
    }

    @Override
    public void exit() {
        stage.close();
    }

    @Override
    public void toggleFullScreen() {
        stage.setFullScreen(!stage.isFullScreen());
    }

    @Override
    public void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(stage);
        about.setTitle(messages.get("about.title"));
        about.setHeaderText(messages.get("app.title") + " " + AppVersion.get());
        about.setContentText(messages.get("about.text", "gazette-reader"));
        about.showAndWait();
    }
}
