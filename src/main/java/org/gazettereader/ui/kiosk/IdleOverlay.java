// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.gazettereader.config.Messages;

/**
 * The idle countdown over the whole screen: the seconds left in large type and one large
 * "继续阅读" button (a tap anywhere or any key extends the session as well).
 */
public final class IdleOverlay {
    private final StackPane root = new StackPane();

    public IdleOverlay(Messages m, IdleTimer timer) {
        Label title = new Label(m.get("kiosk.idle.title"));
        title.getStyleClass().add("kiosk-title");
        title.setWrapText(true);
        Label seconds = new Label();
        seconds.setId("kiosk-idle-seconds");
        seconds.getStyleClass().add("kiosk-countdown");
        seconds.textProperty().bind(timer.secondsLeftProperty().asString());
        Label explain = new Label();
        explain.setId("kiosk-idle-text");
        explain.setWrapText(true);
        explain.getStyleClass().add("kiosk-message");
        explain.textProperty().bind(Bindings.createStringBinding(
                () -> m.get("kiosk.idle.text", timer.secondsLeftProperty().get()), timer.secondsLeftProperty()));
        Button stay = new Button(m.get("kiosk.idle.continue"));
        stay.setId("kiosk-idle-continue");
        stay.getStyleClass().addAll("kiosk-big-button", "accent");
        stay.setMinSize(360, 96);
        stay.setDefaultButton(true);
        stay.setOnAction(e -> timer.extend());
        VBox box = new VBox(24, title, seconds, explain, stay);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(760);
        box.getStyleClass().add("kiosk-card");
        box.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        root.getChildren().add(box);
        root.setId("kiosk-idle");
        root.getStyleClass().add("kiosk-veil");
        root.visibleProperty().bind(timer.countingProperty());
    }

    public Parent root() {
        return root;
    }
}
