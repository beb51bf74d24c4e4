// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.action;

import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

/** Makes menu items and toolbar buttons from {@link AppAction}s. */
public final class ActionControls {
    private ActionControls() {
    }

    public static MenuItem menuItem(AppAction action) {
        MenuItem item = new MenuItem(action.text());
        configure(item, action);
        return item;
    }

    /** Gives an existing menu item (check or radio item) the action's id, icon, shortcut and state. */
    public static <T extends MenuItem> T configure(T item, AppAction action) {
        item.setId(action.id());
        if (action.icon() != null) {
            item.setGraphic(new FontIcon(action.icon()));
        }
        item.setAccelerator(action.accelerator());
        item.disableProperty().bind(action.disabledProperty());
        item.setOnAction(e -> action.run());
        return item;
    }

    /** One toolbar button per action, in the order given. */
    public static List<Button> toolbarButtons(AppAction... actions) {
        return Arrays.stream(actions).map(ActionControls::toolbarButton).toList();
    }

    public static Button toolbarButton(AppAction action) {
        Button button = new Button();
        button.setId(action.id() + "-button");
        button.setGraphic(new FontIcon(action.icon()));
        String tip = action.accelerator() == null ? action.text()
                : action.text() + " (" + action.accelerator().getDisplayText() + ")";
        Tips.set(button, tip);
        button.setAccessibleText(action.text());
        button.getStyleClass().add("toolbar-action");
        button.setFocusTraversable(false);
        button.disableProperty().bind(action.disabledProperty());
        button.setOnAction(e -> action.run());
        return button;
    }
}
