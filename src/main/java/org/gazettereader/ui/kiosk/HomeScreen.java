// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.gazettereader.config.Messages;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.model.LibraryNotice;
import org.kordamp.ikonli.javafx.FontIcon;
import org.gazettereader.ui.icons.Icon;

/**
 * The home screen of a public terminal: large tiles for the latest issue, browsing by year › issue,
 * search and (when the terminal allows it) printing; below the tiles, a year's issues and an issue's
 * notices as large rows. Sizes are in em, so the whole screen follows the kiosk's text scale; the
 * tiles stand two abreast on a landscape screen and one above the other on a portrait one.
 *
 * <p>The shell decides what the tiles lead to: {@link #setOnOpenNotice}, {@link #setOnSearch},
 * {@link #setOnPrint}.
 */
public final class HomeScreen {
    static final String STYLESHEET = "/org/gazettereader/ui/kiosk/kiosk-views.css";

    private final HomeViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private final StackPane body = new StackPane();
    private final GridPane tiles = new GridPane();
    private final Button latest;
    private final Button browse;
    private final Button search;
    private final Button print;
    private final FlowPane years = new FlowPane();
    private final FlowPane issues = new FlowPane();
    private final ListView<LibraryNotice> notices = new ListView<>();
    private final Label heading = new Label();
    private final DateTimeFormatter dates;
    private Consumer<LibraryNotice> onOpenNotice = n -> { };
    private Runnable onSearch = () -> { };
    private Runnable onPrint = () -> { };
    private Boolean portrait;
    private boolean libraryFailed;

    public HomeScreen(HomeViewModel vm, Messages m, ObservableValue<List<IssueSummary>> library) {
        this.vm = vm;
        this.m = m;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(m.locale());
        root.setId("kiosk-home");
        root.getStyleClass().add("kiosk-home");
        root.getStylesheets().add(KioskTouch.stylesheet(STYLESHEET));

        latest = tile("kiosk-home-latest", Icon.NEWSPAPER_VARIANT_OUTLINE, m.get("kioskHome.latest"), "");
        latest.getStyleClass().add("kiosk-tile-main");
        browse = tile("kiosk-home-browse", Icon.BOOK_OPEN_PAGE_VARIANT_OUTLINE, m.get("kioskHome.browse"),
                m.get("kioskHome.browseHint"));
        search = tile("kiosk-home-search", Icon.MAGNIFY, m.get("kioskHome.search"), m.get("kioskHome.searchHint"));
        print = tile("kiosk-home-print", Icon.PRINTER_OUTLINE, m.get("kioskHome.print"), m.get("kioskHome.printHint"));
        latest.setOnAction(e -> vm.openLatest());
        browse.setOnAction(e -> vm.browse());
        search.setOnAction(e -> onSearch.run());
        print.setOnAction(e -> onPrint.run());
        vm.latestProperty().addListener((o, was, now) -> describeLatest());
        describeLatest();

        tiles.setId("kiosk-home-tiles");
        tiles.getStyleClass().add("kiosk-tiles");
        years.setId("kiosk-home-years");
        issues.setId("kiosk-home-issues");
        for (FlowPane f : List.of(years, issues)) {
            f.getStyleClass().add("kiosk-choices");
        }
        notices.setId("kiosk-home-notices");
        notices.getStyleClass().add("kiosk-notices");
        notices.setCellFactory(l -> new NoticeCell());
        notices.setOnMouseClicked(e -> openSelected());
        notices.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                openSelected();
            }
        });
        Label status = new Label();
        status.setId("kiosk-home-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(() -> vm.loadingProperty().get() ? m.get("kioskHome.loading")
                : vm.failureProperty().get() != null ? m.get("kioskHome.failed", vm.failureProperty().get())
                : m.get("kioskHome.noNotices"), vm.loadingProperty(), vm.failureProperty()));
        notices.setPlaceholder(status);

        root.setTop(header());
        root.setCenter(body);
        body.getStyleClass().add("kiosk-home-body");

        vm.levelProperty().addListener((o, was, now) -> show());
        vm.yearsProperty().addListener((o, was, now) -> fillYears());
        vm.issuesOfYearProperty().addListener((o, was, now) -> fillIssues());
        vm.noticesProperty().addListener((o, was, now) -> notices.getItems().setAll(now));
        vm.printAllowedProperty().addListener((o, was, now) -> arrange(true));
        root.widthProperty().addListener((o, was, now) -> arrange(false));
        root.heightProperty().addListener((o, was, now) -> arrange(false));
        vm.setIssues(library.getValue());
        library.addListener((o, was, now) -> vm.setIssues(now));
        fillYears();
        arrange(true);
        show();
    }

    /** What the shell puts on screen. */
    public Parent root() {
        return root;
    }

    public HomeViewModel viewModel() {
        return vm;
    }

    /** Called with the notice a patron picked (the shell opens it in the reader). */
    public void setOnOpenNotice(Consumer<LibraryNotice> action) {
        onOpenNotice = action == null ? n -> { } : action;
    }

    /** Called by the search tile (the shell shows the search panel with its on-screen keyboard). */
    public void setOnSearch(Runnable action) {
        onSearch = action == null ? () -> { } : action;
    }

    /** Called by the print tile, shown only while printing is allowed. */
    public void setOnPrint(Runnable action) {
        onPrint = action == null ? () -> { } : action;
    }

    private Node header() {
        Label title = new Label(m.get("kioskHome.title"));
        title.setId("kiosk-home-title");
        title.getStyleClass().add("kiosk-home-title");
        Button back = new Button(m.get("kioskHome.back"), new FontIcon(Icon.ARROW_LEFT));
        back.setId("kiosk-home-back");
        back.setOnAction(e -> vm.back());
        Button home = new Button(m.get("kioskHome.home"), new FontIcon(Icon.HOME_OUTLINE));
        home.setId("kiosk-home-home");
        home.setOnAction(e -> vm.home());
        for (Button b : List.of(back, home)) {
            b.getStyleClass().add("kiosk-nav");
            b.visibleProperty().bind(vm.levelProperty().isNotEqualTo(HomeViewModel.Level.HOME));
            b.managedProperty().bind(b.visibleProperty());
        }
        heading.setId("kiosk-home-heading");
        heading.getStyleClass().add("kiosk-home-heading");
        heading.setWrapText(true);
        HBox bar = new HBox(back, home, heading);
        bar.getStyleClass().add("kiosk-home-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(heading, Priority.ALWAYS);
        // On the tiles there is nowhere to go back to: the bar gives its room to them.
        bar.visibleProperty().bind(vm.levelProperty().isNotEqualTo(HomeViewModel.Level.HOME));
        bar.managedProperty().bind(bar.visibleProperty());
        VBox top = new VBox(title, bar);
        top.getStyleClass().add("kiosk-home-top");
        return top;
    }

    private Button tile(String id, org.kordamp.ikonli.Ikon icon, String title, String hint) {
        Label t = new Label(title);
        t.getStyleClass().add("kiosk-tile-title");
        t.setWrapText(true);
        Label h = new Label(hint);
        h.getStyleClass().add("kiosk-tile-hint");
        h.setWrapText(true);
        FontIcon i = new FontIcon(icon);
        i.getStyleClass().add("kiosk-tile-icon");
        VBox text = new VBox(t, h);
        text.getStyleClass().add("kiosk-tile-text");
        text.setAlignment(Pos.CENTER_LEFT);
        HBox box = new HBox(i, text);
        box.getStyleClass().add("kiosk-tile-box");
        box.setAlignment(Pos.CENTER_LEFT);
        Button b = new Button(null, box);
        b.setId(id);
        b.getStyleClass().add("kiosk-tile");
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.setAccessibleText(hint.isEmpty() ? title : title + "：" + hint);
        b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        b.setMinHeight(88);
        b.setAlignment(Pos.CENTER_LEFT);
        return b;
    }

    private static Label hintOf(Button tile) {
        return (Label) ((VBox) ((HBox) tile.getGraphic()).getChildren().get(1)).getChildren().get(1);
    }

    /**
     * Whether the terminal's library could not be opened (a folder that is gone, a disk not mounted): the
     * home screen then says so, in words for a patron (the log names the folder and the reason), instead
     * of showing an empty library.
     */
    public void libraryFailed(boolean failed) {
        libraryFailed = failed;
        describeLatest();
    }

    private void describeLatest() {
        IssueSummary l = vm.latestProperty().get();
        String text = l != null ? m.get("kioskHome.latestIssue", l.gazette(), year(l.year()), number(l.issue()),
                number(l.totalIssue()), l.notices())
                : m.get(libraryFailed ? "kioskHome.libraryFailed" : "kioskHome.latestNone");
        hintOf(latest).setText(text);
        latest.setAccessibleText(m.get("kioskHome.latest") + "：" + text);
        // A library that cannot be opened is said in the tile's full colours: a disabled tile is drawn
        // faint (a tester measured 1.1:1 contrast). Tapping it then does nothing (there is no issue).
        latest.setDisable(l == null && !libraryFailed);
    }

    /**
     * Tiles in a grid: landscape, the latest issue across the top and the other tiles in one row under
     * it; portrait (or narrow), one tile a row.
     */
    private void arrange(boolean force) {
        double w = root.getWidth();
        double h = root.getHeight();
        boolean tall = w > 0 && h > 0 && (h > w || w < 700);
        if (!force && portrait != null && portrait == tall) {
            return;
        }
        portrait = tall;
        tiles.getChildren().clear();
        tiles.getColumnConstraints().clear();
        tiles.getRowConstraints().clear();
        List<Button> under = vm.printAllowedProperty().get() ? List.of(browse, search, print) : List.of(browse, search);
        if (tall) {
            tiles.getColumnConstraints().add(percent(100));
            // Spans given every time: GridPane.add(node, column, row) keeps a span set before.
            tiles.add(latest, 0, 0, 1, 1);
            for (int i = 0; i < under.size(); i++) {
                tiles.add(under.get(i), 0, i + 1, 1, 1);
            }
            for (int i = 0; i <= under.size(); i++) {
                tiles.getRowConstraints().add(rows(100.0 / (under.size() + 1)));
            }
        } else {
            for (int i = 0; i < under.size(); i++) {
                tiles.getColumnConstraints().add(percent(100.0 / under.size()));
                tiles.add(under.get(i), i, 1, 1, 1);
            }
            tiles.add(latest, 0, 0, under.size(), 1);
            tiles.getRowConstraints().addAll(rows(45), rows(55));
        }
        pseudo(root, "portrait", tall);
    }

    private static void pseudo(Node n, String name, boolean on) {
        n.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(name), on);
    }

    private static ColumnConstraints percent(double p) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(p);
        c.setFillWidth(true);
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private static RowConstraints rows(double p) {
        RowConstraints r = new RowConstraints();
        r.setPercentHeight(p);
        r.setFillHeight(true);
        r.setVgrow(Priority.ALWAYS);
        return r;
    }

    private void fillYears() {
        years.getChildren().clear();
        for (HomeViewModel.YearCount y : vm.yearsProperty().get()) {
            Button b = choice("kiosk-year-" + y.year(), y.year() == 0 ? m.get("kioskHome.yearUnknown") : m.get("kioskHome.year",
                    String.valueOf(y.year())), m.get("kioskHome.yearCount", y.issues(), y.notices()));
            b.setOnAction(e -> vm.pickYear(y.year()));
            years.getChildren().add(b);
        }
    }

    private void fillIssues() {
        issues.getChildren().clear();
        boolean gazettes = vm.issuesOfYearProperty().get().stream().map(IssueSummary::gazette).distinct().count() > 1;
        for (IssueSummary i : vm.issuesOfYearProperty().get()) {
            String title = m.get("kioskHome.issue", number(i.issue()));
            String meta = m.get("kioskHome.issueMeta", number(i.totalIssue()),
                    i.published() == null ? m.get("kioskHome.dateUnknown") : dates.format(i.published()), i.notices());
            Button b = choice("kiosk-issue-" + i.id(), gazettes ? i.gazette() + "　" + title : title, meta);
            b.setOnAction(e -> vm.openIssue(i));
            issues.getChildren().add(b);
        }
    }

    private static Button choice(String id, String title, String meta) {
        Label t = new Label(title);
        t.getStyleClass().add("kiosk-choice-title");
        t.setWrapText(true);
        Label s = new Label(meta);
        s.getStyleClass().add("kiosk-choice-meta");
        s.setWrapText(true);
        VBox box = new VBox(t, s);
        box.getStyleClass().add("kiosk-choice-box");
        Button b = new Button(null, box);
        b.setId(id);
        b.getStyleClass().add("kiosk-choice");
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.setAccessibleText(title + "，" + meta);
        b.setMinHeight(72);
        return b;
    }

    private void show() {
        Node content;
        switch (vm.levelProperty().get()) {
            case YEARS -> {
                heading.setText(m.get("kioskHome.chooseYear"));
                content = scroll(years);
            }
            case ISSUES -> {
                Integer y = vm.yearProperty().get();
                heading.setText(y == null || y == 0 ? m.get("kioskHome.chooseIssueUnknownYear")
                        : m.get("kioskHome.chooseIssue", String.valueOf(y)));
                content = scroll(issues);
            }
            case NOTICES -> {
                IssueSummary i = vm.issueProperty().get();
                heading.setText(i == null ? "" : m.get("kioskHome.issueHeading", i.gazette(), year(i.year()), number(i.issue())));
                content = notices;
            }
            default -> {
                heading.setText("");
                content = tiles;
            }
        }
        body.getChildren().setAll(content);
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.setPannable(true);
        s.getStyleClass().add("kiosk-scroll");
        return s;
    }

    private void openSelected() {
        LibraryNotice n = notices.getSelectionModel().getSelectedItem();
        if (n != null) {
            onOpenNotice.accept(n);
        }
    }

    private static String number(Integer n) {
        return n == null ? "?" : n.toString();
    }

    private static String year(Integer y) {
        return y == null ? "?" : String.valueOf(y);
    }

    /** A notice as a large row: its title, wrapped, and its 文号 under it. */
    private final class NoticeCell extends ListCell<LibraryNotice> {
        private final Label title = new Label();
        private final Label number = new Label();
        private final VBox box = new VBox(title, number);

        NoticeCell() {
            getStyleClass().add("kiosk-notice-cell");
            title.getStyleClass().add("kiosk-notice-title");
            number.getStyleClass().add("kiosk-notice-number");
            title.setWrapText(true);
            number.setWrapText(true);
            setPrefWidth(0);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(LibraryNotice n, boolean empty) {
            super.updateItem(n, empty);
            if (empty || n == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            title.setText(n.notice().title());
            String doc = n.notice().docNumber();
            number.setText(doc == null ? "" : doc);
            number.setVisible(doc != null);
            number.setManaged(doc != null);
            setGraphic(box);
            setAccessibleText(doc == null ? n.notice().title() : n.notice().title() + "，" + doc);
        }
    }
}
