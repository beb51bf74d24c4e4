// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.gazettereader.config.Messages;
import org.gazettereader.ui.action.AppAction;
import org.gazettereader.ui.print.Pointed;
import org.gazettereader.ui.print.PrintChoice;
import org.gazettereader.ui.icons.Icon;

/** The actions of the main window, each with an id, a label, an icon and a shortcut. */
public final class ShellActions {
    /** What the window itself must do for some actions (the view model cannot reach the stage). */
    public interface WindowControls {
        void exit();

        void toggleFullScreen();

        void showAbout();
    }

    /** What the panes do for the importing, reading, bookmark and print actions. */
    public interface Commands {
        void importFiles();

        void importFolder();

        /** File › Export library bundle (ui/BundleController). */
        void exportBundle();

        /** File › Install library bundle. */
        void installBundle();

        void find();

        void findNext();

        void findPrevious();

        void addBookmark();

        void addToBasket(Pointed at);

        void print(PrintChoice choice);
    }

    /** What the window's panes answer: which one is shown, and what the person points at or has checked. */
    public interface Panes {
        void showLibrary();

        void showSearch();

        void showBookmarks();

        /** The tree row, search result or notice being read that has the person's attention. */
        Pointed pointedAt();

        /** What is checked in the tree, and the notice being read. */
        PrintChoice printChoice();
    }

    public final AppAction addToBasket;
    public final AppAction print;
    public final AppAction importFiles;
    public final AppAction importFolder;
    public final AppAction exportBundle;
    public final AppAction installBundle;
    public final AppAction find;
    public final AppAction findNext;
    public final AppAction findPrevious;
    public final AppAction addBookmark;
    public final AppAction showLibrary;
    public final AppAction showSearch;
    public final AppAction showBookmarks;
    public final AppAction exit;
    public final AppAction zoomIn;
    public final AppAction zoomOut;
    public final AppAction zoomReset;
    public final AppAction themeLight;
    public final AppAction themeDark;
    public final AppAction themeHighContrast;
    public final AppAction fullScreen;
    public final AppAction about;

    public ShellActions(Messages m, ShellViewModel vm, WindowControls window, Panes panes, Commands c) {
        addToBasket = new AppAction("file-basket", m.get("action.addToBasket"), Icon.CART_PLUS,
                shortcutShift(KeyCode.P), () -> c.addToBasket(panes.pointedAt()));
        print = new AppAction("file-print", m.get("action.print"), Icon.PRINTER_OUTLINE, shortcut(KeyCode.P),
                () -> c.print(panes.printChoice()));
        importFiles = new AppAction("file-import", m.get("action.importFiles"), Icon.FILE_IMPORT_OUTLINE,
                shortcut(KeyCode.O), c::importFiles);
        importFolder = new AppAction("file-import-folder", m.get("action.importFolder"), Icon.FOLDER_DOWNLOAD_OUTLINE,
                shortcutShift(KeyCode.O), c::importFolder);
        exportBundle = new AppAction("file-bundle-export", m.get("action.exportBundle"), Icon.PACKAGE_VARIANT_CLOSED,
                shortcutShift(KeyCode.E), c::exportBundle);
        installBundle = new AppAction("file-bundle-install", m.get("action.installBundle"), Icon.PACKAGE_DOWN,
                shortcutShift(KeyCode.I), c::installBundle);
        find = new AppAction("read-find", m.get("action.find"), Icon.FILE_FIND_OUTLINE, shortcut(KeyCode.F), c::find);
        findNext = new AppAction("read-find-next", m.get("action.findNext"), null, new KeyCodeCombination(KeyCode.F3),
                c::findNext);
        findPrevious = new AppAction("read-find-previous", m.get("action.findPrevious"), null,
                new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN), c::findPrevious);
        addBookmark = new AppAction("read-bookmark", m.get("action.addBookmark"), Icon.BOOKMARK_PLUS_OUTLINE,
                shortcut(KeyCode.D), c::addBookmark);
        showLibrary = new AppAction("view-library", m.get("action.showLibrary"), Icon.BOOKSHELF,
                shortcut(KeyCode.DIGIT1), panes::showLibrary);
        showSearch = new AppAction("view-search", m.get("action.showSearch"), Icon.MAGNIFY,
                shortcut(KeyCode.K), panes::showSearch);
        showBookmarks = new AppAction("view-bookmarks", m.get("action.showBookmarks"), Icon.BOOKMARK_MULTIPLE_OUTLINE,
                shortcut(KeyCode.B), panes::showBookmarks);
        exit = new AppAction("file-exit", m.get("action.exit"), Icon.EXIT_TO_APP,
                shortcut(KeyCode.Q), window::exit);
        zoomIn = new AppAction("view-zoom-in", m.get("action.zoomIn"), Icon.MAGNIFY_PLUS_OUTLINE,
                shortcut(KeyCode.EQUALS), vm::zoomIn);
        zoomOut = new AppAction("view-zoom-out", m.get("action.zoomOut"), Icon.MAGNIFY_MINUS_OUTLINE,
                shortcut(KeyCode.MINUS), vm::zoomOut);
        zoomReset = new AppAction("view-zoom-reset", m.get("action.zoomReset"), Icon.MAGNIFY_SCAN,
                shortcut(KeyCode.DIGIT0), vm::zoomReset);
        themeLight = new AppAction("view-theme-light", m.get(Theme.LIGHT.messageKey()),
                Icon.WHITE_BALANCE_SUNNY, shortcutShift(KeyCode.L), () -> vm.setTheme(Theme.LIGHT));
        themeDark = new AppAction("view-theme-dark", m.get(Theme.DARK.messageKey()),
                Icon.WEATHER_NIGHT, shortcutShift(KeyCode.D), () -> vm.setTheme(Theme.DARK));
        themeHighContrast = new AppAction("view-theme-high-contrast", m.get(Theme.HIGH_CONTRAST.messageKey()),
                Icon.CONTRAST_BOX, shortcutShift(KeyCode.H), () -> vm.setTheme(Theme.HIGH_CONTRAST));
        fullScreen = new AppAction("view-full-screen", m.get("action.fullScreen"), Icon.FULLSCREEN,
                new KeyCodeCombination(KeyCode.F11), window::toggleFullScreen);
        about = new AppAction("help-about", m.get("action.about"), Icon.INFORMATION_OUTLINE,
                new KeyCodeCombination(KeyCode.F1), window::showAbout);
    }

    public List<AppAction> all() {
        return List.of(addToBasket, print, importFiles, importFolder, exportBundle, installBundle, find, findNext, findPrevious, addBookmark, showLibrary, showSearch,
                showBookmarks, exit, zoomIn, zoomOut, zoomReset, themeLight, themeDark, themeHighContrast, fullScreen, about);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination shortcutShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
