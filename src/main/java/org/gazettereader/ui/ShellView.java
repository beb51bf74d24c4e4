// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.gazettereader.config.Messages;
import org.gazettereader.ui.action.ActionControls;
import org.gazettereader.ui.action.AppAction;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.ui.bookmarks.BookmarksPane;
import org.gazettereader.ui.print.Pointed;
import org.gazettereader.ui.print.PrintChoice;
import org.gazettereader.ui.search.SearchPane;
import org.gazettereader.ui.reader.ReaderView;
import org.gazettereader.ui.reader.ReaderViewModel;

/**
 * The main window: menu bar, toolbar, library pane, reader area and status bar. It answers the
 * actions' questions about its panes (which is shown, what the person points at).
 */
public final class ShellView implements ShellActions.Panes {
    private final BorderPane root = new BorderPane();
    private final Messages messages;
    private final ShellViewModel vm;
    private final ShellActions actions;
    private final LibraryPane library;
    private final ReaderView reader;
    private final ReaderViewModel readerVm;

    public static final String DROP_HANDLER = "gazette.dropFiles";
    private final javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane();
    private final javafx.scene.control.Tab libraryTab;
    private final javafx.scene.control.Tab searchTab;
    private final javafx.scene.control.Tab bookmarksTab;
    /** The search panel, made when the search tab is first shown (see {@link #search()}). */
    private final Supplier<SearchPane> makeSearch;
    private SearchPane search;
    private final BookmarksPane bookmarks;
    private ToolBar toolBar;
    private final SplitPane split;

    public ShellView(Messages messages, ShellViewModel vm, ShellActions.WindowControls window, ShellActions.Commands commands,
                     LibraryTree tree, ReaderViewModel readerVm, ReaderView reader, Supplier<SearchPane> search,
                     BookmarksPane bookmarks) {
        this.messages = messages;
        this.vm = vm;
        this.actions = new ShellActions(messages, vm, window, this, commands);
        this.reader = reader;
        this.readerVm = readerVm;
        this.library = new LibraryPane(messages, vm, tree, readerVm, reader::focus);
        this.makeSearch = search;
        this.bookmarks = bookmarks;
        libraryTab = tab("tab-library", messages.get("tab.library"), library.root());
        // A tab pane styles and lays out every tab's content, shown or not: the search panel (its filters
        // are five lists and two date pickers) was a third of the styling before the window could first
        // be shown, and making it took 50 ms more of the start. These two join the window when their tab
        // is first selected, before any other listener to the selection hears of it; the search panel is
        // only made then.
        searchTab = tab("tab-search", messages.get("tab.search"), new javafx.scene.layout.StackPane());
        bookmarksTab = tab("tab-bookmarks", messages.get("tab.bookmarks"), new javafx.scene.layout.StackPane());
        java.util.Map<javafx.scene.control.Tab, Supplier<Node>> notYetShown = new java.util.HashMap<>(
                java.util.Map.of(searchTab, () -> search().root(), bookmarksTab, bookmarks::root));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            Supplier<Node> content = notYetShown.remove(now);
            if (content != null) {
                now.setContent(content.get());
            }
        });
        tabs.getTabs().addAll(libraryTab, searchTab, bookmarksTab);
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("side-tabs");
        tabs.setMinWidth(240);
        tabs.setPrefWidth(340);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == bookmarksTab) {
                bookmarks.refresh();
            }
            // However it was chosen (a click or a tap on the tab too), the search tab is for typing a query:
            // a press on a tab leaves the keys with the tab pane, and then the field takes them. (Ctrl+K, the
            // toolbar and a terminal's home screen have given them to the field already.)
            if (now == searchTab) {
                SearchPane pane = search();
                javafx.application.Platform.runLater(() -> {
                    if (tabs.getScene() != null && tabs.getScene().getFocusOwner() == tabs) {
                        pane.focus();
                    }
                });
            }
        });
        root.setId("shell");
        toolBar = toolBar();
        root.setTop(new VBox(menuBar(), toolBar));
        split = new SplitPane(tabs, readerArea());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.3);
        // Once the window has its size: give the library about 340 px (a third at most) whatever the size.
        split.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.doubleValue() > 200) {
                    split.setDividerPositions(Math.min(0.34, 340 / now.doubleValue()));
                    split.widthProperty().removeListener(this);
                }
            }
        });
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        root.setCenter(split);
        root.setBottom(statusBar());
    }

    public Parent root() {
        return root;
    }

    private static javafx.scene.control.Tab tab(String id, String text, Node content) {
        javafx.scene.control.Tab t = new javafx.scene.control.Tab(text, content);
        t.setId(id);
        return t;
    }

    @Override
    public void showLibrary() {
        tabs.getSelectionModel().select(libraryTab);
        library.tree().requestFocus();
    }

    @Override
    public void showSearch() {
        tabs.getSelectionModel().select(searchTab);
        search().focus();
    }

    /** The search panel, made now if it was not yet. */
    private SearchPane search() {
        if (search == null) {
            search = makeSearch.get();
        }
        return search;
    }

    @Override
    public void showBookmarks() {
        tabs.getSelectionModel().select(bookmarksTab);
        bookmarks.refresh();
        bookmarks.tree().requestFocus();
    }

    /** Files dropped on the window are imported (an official's USB stick). */
    public void installDragAndDrop(Scene scene, java.util.function.Consumer<java.util.List<java.io.File>> importer) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        // The drop handler is reachable from the scene so that tests can hand it files (TestFX cannot drag from the OS).
        scene.getProperties().put(DROP_HANDLER, importer);
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                importer.accept(e.getDragboard().getFiles());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /**
     * The selected row of the library tree (a notice, or every notice of a section or issue) when the
     * tree has the focus, else the selected search result when the results have it, else the notice
     * being read.
     */
    @Override
    public Pointed pointedAt() {
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (within(focus, "library-tree")) {
            var item = library.tree().getSelectionModel().getSelectedItem();
            return Pointed.inTree(item == null ? List.of() : LibraryTree.notices(item));
        }
        if (search != null && within(focus, "search-results") && search.selectedHit() != null) {
            return Pointed.notice(search.selectedHit().id());
        }
        var doc = readerVm.documentProperty().get();
        return Pointed.notice(doc == null ? null : doc.id());
    }

    /** The notices checked in the library tree, issues checked before they were opened, and the notice being read. */
    @Override
    public PrintChoice printChoice() {
        List<LibraryNotice> checked = new ArrayList<>();
        List<Long> issues = new ArrayList<>();
        library.checked(checked, issues);
        var doc = readerVm.documentProperty().get();
        return new PrintChoice(checked, issues, doc == null ? null : doc.id());
    }

    private static boolean within(Node node, String id) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (id.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    public TreeView<TreeNode> libraryTree() {
        return library.tree();
    }

    /** The window's actions (their ids are what a kiosk policy decides on). */
    public ShellActions actions() {
        return actions;
    }

    /**
     * The reading surface of a public terminal: no menu bar (its items would reach import, quit and
     * the about box with its paths), a toolbar showing only what {@code allowed} lets a patron do, and
     * every shortcut of an allowed action on the scene itself. Called once, before the scene is made.
     */
    public void lockToReading(Predicate<String> allowed) {
        root.setTop(toolBar);
        for (Node item : toolBar.getItems()) {
            actions.all().stream().filter(a -> (a.id() + "-button").equals(item.getId())).findFirst().ifPresent(a -> {
                item.visibleProperty().bind(a.disabledProperty().not());
                item.managedProperty().bind(item.visibleProperty());
            });
            if (item instanceof javafx.scene.control.Separator) {
                item.setVisible(false);
                item.setManaged(false);
            }
        }
        applyPolicy(allowed);
    }

    /** Puts {@code node} first in the toolbar (a public terminal's way back to its home screen). */
    public void addFirstToToolBar(Node node) {
        toolBar.getItems().add(0, node);
    }

    /** Room left beside the side panel for the divider, beyond the reader's least width, in px. */
    private static final double READER_GAP = 12;

    /**
     * Makes the side panel {@code width} px wide (at most 70 % of the window) while the search tab is
     * shown, and the usual width otherwise: a public terminal's on-screen keyboard sits in the search
     * panel and needs that room, the reader needs it the rest of the time.
     */
    public void widenWhileSearching(java.util.function.DoubleSupplier width) {
        Runnable fit = () -> {
            double w = split.getWidth();
            if (w <= 200) {
                return;
            }
            boolean searching = tabs.getSelectionModel().getSelectedItem() == searchTab;
            // The reader keeps the least width of its page bar (at a terminal's text scale a notice's
            // page bar needs some 430 px): else at 1024 px the window was laid out wider than the
            // screen once a notice opened, and both edges were cut.
            double window = split.getScene() != null && split.getScene().getWidth() > 200 ? split.getScene().getWidth() : w;
            double room = window - split.getItems().get(1).minWidth(-1) - READER_GAP;
            double side = searching ? Math.max(240, Math.min(Math.min(width.getAsDouble(), window * 0.7), room))
                    : Math.min(0.34 * window, 340);
            tabs.setMinWidth(searching ? side : 240);
            split.setDividerPositions(side / w);
        };
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> fit.run());
        split.widthProperty().addListener((o, was, now) -> fit.run());
        fit.run();
    }

    /** Switches each action on or off by its id; a disabled action does nothing from any key, menu or button. */
    public void applyPolicy(Predicate<String> allowed) {
        for (AppAction a : actions.all()) {
            a.disabledProperty().set(!allowed.test(a.id()));
        }
    }

    /** True for a key event that is the shortcut of an action switched off (a kiosk swallows it). */
    public boolean deniedShortcut(javafx.scene.input.KeyEvent e) {
        return actions.all().stream().anyMatch(a -> a.disabledProperty().get() && a.accelerator() != null
                && a.accelerator().match(e));
    }

    /** Without a menu bar, the shortcuts of the actions live on the scene (a disabled action ignores its key). */
    public void installActionAccelerators(Scene scene) {
        for (AppAction a : actions.all()) {
            if (a.accelerator() != null) {
                scene.getAccelerators().put(a.accelerator(), a::run);
            }
        }
    }

    /**
     * Forgets what the person did in the panes: the notice being read, the find bar, the query with
     * its filters and results, checks and open rows in the tree; then shows the library (the start).
     */
    public void forgetSession() {
        readerVm.close();
        reader.forgetFind();
        if (search != null) {
            search.forget();
        }
        library.forget();
        bookmarks.refresh();
        showLibrary();
    }

    /** Shortcuts that a menu item cannot carry a second time (the numeric keypad's + and −). */
    public void installExtraAccelerators(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), actions.zoomIn::run);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), actions.zoomIn::run);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), actions.zoomOut::run);
    }

    private MenuBar menuBar() {
        Menu file = new Menu(messages.get("menu.file"));
        file.getItems().addAll(ActionControls.menuItem(actions.importFiles), ActionControls.menuItem(actions.importFolder),
                new SeparatorMenuItem(), ActionControls.menuItem(actions.exportBundle), ActionControls.menuItem(actions.installBundle),
                new SeparatorMenuItem(), ActionControls.menuItem(actions.addToBasket), ActionControls.menuItem(actions.print),
                new SeparatorMenuItem(), ActionControls.menuItem(actions.exit));
        Menu read = new Menu(messages.get("menu.read"));
        read.getItems().addAll(ActionControls.menuItem(actions.find), ActionControls.menuItem(actions.findNext),
                ActionControls.menuItem(actions.findPrevious), new SeparatorMenuItem(),
                ActionControls.menuItem(actions.addBookmark));

        Menu theme = new Menu(messages.get("menu.theme"));
        ToggleGroup group = new ToggleGroup();
        theme.getItems().addAll(
                themeItem(actions.themeLight, Theme.LIGHT, group),
                themeItem(actions.themeDark, Theme.DARK, group),
                themeItem(actions.themeHighContrast, Theme.HIGH_CONTRAST, group));

        Menu view = new Menu(messages.get("menu.view"));
        view.getItems().addAll(
                ActionControls.menuItem(actions.showLibrary),
                ActionControls.menuItem(actions.showSearch),
                ActionControls.menuItem(actions.showBookmarks),
                new SeparatorMenuItem(),
                ActionControls.menuItem(actions.zoomIn),
                ActionControls.menuItem(actions.zoomOut),
                ActionControls.menuItem(actions.zoomReset),
                new SeparatorMenuItem(),
                theme,
                new SeparatorMenuItem(),
                ActionControls.menuItem(actions.fullScreen));

        Menu help = new Menu(messages.get("menu.help"));
        help.getItems().add(ActionControls.menuItem(actions.about));

        MenuBar bar = new MenuBar(file, read, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private RadioMenuItem themeItem(AppAction action, Theme theme, ToggleGroup group) {
        RadioMenuItem item = ActionControls.configure(new RadioMenuItem(action.text()), action);
        item.setToggleGroup(group);
        item.setSelected(vm.themeProperty().get() == theme);
        vm.themeProperty().addListener((obs, old, now) -> item.setSelected(now == theme));
        return item;
    }

    private ToolBar toolBar() {
        ToolBar bar = new ToolBar();
        bar.getItems().addAll(ActionControls.toolbarButtons(actions.importFiles, actions.showSearch, actions.find,
                actions.addBookmark, actions.addToBasket, actions.print));
        bar.getItems().add(new javafx.scene.control.Separator(Orientation.VERTICAL));
        bar.getItems().addAll(ActionControls.toolbarButtons(actions.zoomOut, actions.zoomIn, actions.themeLight,
                actions.themeDark, actions.themeHighContrast, actions.fullScreen, actions.about));
        bar.setId("tool-bar");
        return bar;
    }

    private Node readerArea() {
        Label title = new Label(messages.get("reader.welcomeTitle"));
        title.setId("welcome-title");
        title.getStyleClass().add("welcome-title");
        Label hint = new Label(messages.get("reader.welcomeHint"));
        hint.setId("welcome-hint");
        hint.setWrapText(true);
        VBox box = new VBox(title, hint);
        box.getStyleClass().add("welcome");
        box.setId("welcome");
        box.styleProperty().bind(Bindings.createStringBinding(
                () -> "-fx-font-size: " + (int) vm.fontSizeProperty().get() + "px;", vm.fontSizeProperty()));
        box.visibleProperty().bind(readerVm.documentProperty().isNull());
        Node pages = reader.root();
        pages.visibleProperty().bind(readerVm.documentProperty().isNotNull());
        vm.fontSizeProperty().addListener((o, was, now) -> reader.setFontSize(now.doubleValue()));
        readerVm.documentProperty().addListener((o, was, now) -> {
            if (now != null && was == null) {
                reader.focus();
            }
        });
        StackPane area = new StackPane(box, pages);
        area.setId("reader-area");
        area.getStyleClass().add("reader-area");
        return area;
    }

    private Node statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(vm.statusProperty());
        return bar;
    }
}
