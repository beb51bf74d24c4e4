// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.gazettereader.config.Messages;
import org.gazettereader.ui.action.AppAction;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** The actions of the main window, each with an id, a label, an icon and a shortcut. */
public final class ShellActions {
    /** What the window itself must do for some actions (the view model cannot reach the stage). */
    public interface WindowControls {
        void exit();

        void toggleFullScreen();

        void showAbout();
    }

    public final AppAction exit;
    public final AppAction zoomIn;
    public final AppAction zoomOut;
    public final AppAction zoomReset;
    public final AppAction themeLight;
    public final AppAction themeDark;
    public final AppAction themeHighContrast;
    public final AppAction fullScreen;
    public final AppAction about;

    public ShellActions(Messages m, ShellViewModel vm, WindowControls window) {
        exit = new AppAction("file-exit", m.get("action.exit"), MaterialDesignE.EXIT_TO_APP,
                shortcut(KeyCode.Q), window::exit);
        zoomIn = new AppAction("view-zoom-in", m.get("action.zoomIn"), MaterialDesignM.MAGNIFY_PLUS_OUTLINE,
                shortcut(KeyCode.EQUALS), vm::zoomIn);
        zoomOut = new AppAction("view-zoom-out", m.get("action.zoomOut"), MaterialDesignM.MAGNIFY_MINUS_OUTLINE,
                shortcut(KeyCode.MINUS), vm::zoomOut);
        zoomReset = new AppAction("view-zoom-reset", m.get("action.zoomReset"), MaterialDesignM.MAGNIFY,
                shortcut(KeyCode.DIGIT0), vm::zoomReset);
        themeLight = new AppAction("view-theme-light", m.get(Theme.LIGHT.messageKey()),
                MaterialDesignW.WHITE_BALANCE_SUNNY, shortcutShift(KeyCode.L), () -> vm.setTheme(Theme.LIGHT));
        themeDark = new AppAction("view-theme-dark", m.get(Theme.DARK.messageKey()),
                MaterialDesignW.WEATHER_NIGHT, shortcutShift(KeyCode.D), () -> vm.setTheme(Theme.DARK));
        themeHighContrast = new AppAction("view-theme-high-contrast", m.get(Theme.HIGH_CONTRAST.messageKey()),
                MaterialDesignC.CONTRAST_BOX, shortcutShift(KeyCode.H), () -> vm.setTheme(Theme.HIGH_CONTRAST));
        fullScreen = new AppAction("view-full-screen", m.get("action.fullScreen"), MaterialDesignF.FULLSCREEN,
                new KeyCodeCombination(KeyCode.F11), window::toggleFullScreen);
        about = new AppAction("help-about", m.get("action.about"), MaterialDesignI.INFORMATION_OUTLINE,
                new KeyCodeCombination(KeyCode.F1), window::showAbout);
    }

    public List<AppAction> all() {
        return List.of(exit, zoomIn, zoomOut, zoomReset, themeLight, themeDark, themeHighContrast, fullScreen, about);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination shortcutShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
