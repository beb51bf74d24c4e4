// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

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
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.gazettereader.config.Messages;
import org.gazettereader.ui.action.ActionControls;
import org.gazettereader.ui.action.AppAction;

/** The main window: menu bar, toolbar, library pane, reader area and status bar. */
public final class ShellView {
    private final BorderPane root = new BorderPane();
    private final Messages messages;
    private final ShellViewModel vm;
    private final ShellActions actions;
    private final TreeView<String> libraryTree = new TreeView<>();

    public ShellView(Messages messages, ShellViewModel vm, ShellActions actions) {
        this.messages = messages;
        this.vm = vm;
        this.actions = actions;
        root.setId("shell");
        root.setTop(new VBox(menuBar(), toolBar()));
        SplitPane split = new SplitPane(libraryPane(), readerArea());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        root.setCenter(split);
        root.setBottom(statusBar());
    }

    public Parent root() {
        return root;
    }

    public TreeView<String> libraryTree() {
        return libraryTree;
    }

    /** Shortcuts that a menu item cannot carry a second time (the numeric keypad's + and −). */
    public void installExtraAccelerators(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), actions.zoomIn::run);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), actions.zoomIn::run);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), actions.zoomOut::run);
    }

    private MenuBar menuBar() {
        Menu file = new Menu(messages.get("menu.file"));
        file.getItems().add(ActionControls.menuItem(actions.exit));

        Menu theme = new Menu(messages.get("menu.theme"));
        ToggleGroup group = new ToggleGroup();
        theme.getItems().addAll(
                themeItem(actions.themeLight, Theme.LIGHT, group),
                themeItem(actions.themeDark, Theme.DARK, group),
                themeItem(actions.themeHighContrast, Theme.HIGH_CONTRAST, group));

        Menu view = new Menu(messages.get("menu.view"));
        view.getItems().addAll(
                ActionControls.menuItem(actions.zoomIn),
                ActionControls.menuItem(actions.zoomOut),
                ActionControls.menuItem(actions.zoomReset),
                new SeparatorMenuItem(),
                theme,
                new SeparatorMenuItem(),
                ActionControls.menuItem(actions.fullScreen));

        Menu help = new Menu(messages.get("menu.help"));
        help.getItems().add(ActionControls.menuItem(actions.about));

        MenuBar bar = new MenuBar(file, view, help);
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
        ToolBar bar = new ToolBar(
                ActionControls.toolbarButton(actions.zoomOut),
                ActionControls.toolbarButton(actions.zoomIn),
                ActionControls.toolbarButton(actions.themeLight),
                ActionControls.toolbarButton(actions.themeDark),
                ActionControls.toolbarButton(actions.themeHighContrast),
                ActionControls.toolbarButton(actions.fullScreen),
                ActionControls.toolbarButton(actions.about));
        bar.setId("tool-bar");
        return bar;
    }

    private Node libraryPane() {
        Label header = new Label(messages.get("library.title"));
        header.getStyleClass().add("pane-header");
        TreeItem<String> rootItem = new TreeItem<>(messages.get("library.root"));
        rootItem.setExpanded(true);
        libraryTree.setRoot(rootItem);
        libraryTree.setId("library-tree");
        Label empty = new Label(messages.get("library.empty"));
        empty.setId("library-empty");
        empty.setWrapText(true);
        empty.getStyleClass().add("placeholder");
        empty.visibleProperty().bind(Bindings.isEmpty(rootItem.getChildren()).and(vm.loadingProperty().not()));
        vm.issuesProperty().addListener((obs, old, now) -> rootItem.getChildren().setAll(LibraryTree.items(now, messages)));
        rootItem.getChildren().setAll(LibraryTree.items(vm.issuesProperty().get(), messages));
        empty.setMouseTransparent(true);
        StackPane stack = new StackPane(libraryTree, empty);
        VBox.setVgrow(stack, Priority.ALWAYS);
        VBox pane = new VBox(header, stack);
        pane.setId("library-pane");
        pane.setMinWidth(220);
        pane.setPrefWidth(320);
        return pane;
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
        StackPane area = new StackPane(box);
        area.setId("reader-area");
        area.getStyleClass().add("reader-area");
        area.styleProperty().bind(Bindings.createStringBinding(
                () -> "-fx-font-size: " + (int) vm.fontSizeProperty().get() + "px;", vm.fontSizeProperty()));
        return area;
    }

    private Node statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(vm.statusProperty());
        return bar;
    }
}
