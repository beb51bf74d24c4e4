// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.action;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/**
 * One thing the user can do, with its id, label, icon and shortcut. Menus, toolbar buttons and
 * keyboard shortcuts are all made from actions, so a policy (the kiosk) can switch any of them
 * off in one place by {@link #disabledProperty()}.
 */
public final class AppAction {
    private final String id;
    private final String text;
    private final Ikon icon;
    private final KeyCombination accelerator;
    private final Runnable handler;
    private final BooleanProperty disabled = new SimpleBooleanProperty(false);

    public AppAction(String id, String text, Ikon icon, KeyCombination accelerator, Runnable handler) {
        this.id = Objects.requireNonNull(id, "id");
        this.text = Objects.requireNonNull(text, "text");
        this.icon = icon;
        this.accelerator = accelerator;
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    public String id() {
        return id;
    }

    public String text() {
        return text;
    }

    public Ikon icon() {
        return icon;
    }

    public KeyCombination accelerator() {
        return accelerator;
    }

    public BooleanProperty disabledProperty() {
        return disabled;
    }

    /** Runs the action unless it is disabled. */
    public void run() {
        if (!disabled.get()) {
            handler.run();
        }
    }
}
