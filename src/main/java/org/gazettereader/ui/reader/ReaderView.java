// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.reader;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.gazettereader.config.Messages;
import org.gazettereader.typeset.Page;
import org.gazettereader.typeset.PageGeometry;
import org.gazettereader.typeset.Span;
import org.gazettereader.ui.PageBar;
import org.gazettereader.ui.action.Tips;
import org.gazettereader.ui.icons.Icon;

/**
 * The paged reader: a navigation bar (first, previous, page label, next, last, go to page, printed
 * page) above one page, or two side by side when the window is wide. Keys, wheel, swipe and
 * buttons turn pages; a new size re-paginates keeping the same text on screen.
 */
public final class ReaderView {
    /** Width from which two pages stand side by side. */
    static final double TWO_PAGE_WIDTH = 1500;

    private final BorderPane root = new BorderPane();
    private final ReaderViewModel vm;
    private final FxTextMeasurer measurer;
    private final StackPane stage = new StackPane();
    private final HBox spread = new HBox(24);
    private final PageView left;
    private final PageView right;
    private final PauseTransition resize = new PauseTransition(Duration.millis(120));
    private double fontSize;

    public ReaderView(ReaderViewModel vm, FxTextMeasurer measurer, Messages m, double fontSize) {
        this.vm = vm;
        this.measurer = measurer;
        this.fontSize = fontSize;
        this.left = new PageView(measurer);
        this.right = new PageView(measurer);
        root.setId("reader");
        root.setTop(new javafx.scene.layout.VBox(navigation(m), findBar(m)));
        spread.setAlignment(Pos.CENTER);
        spread.getChildren().add(left);
        left.setId("page-left");
        right.setId("page-right");
        stage.getChildren().add(spread);
        stage.setId("reader-pages");
        stage.getStyleClass().add("reader-pages");
        stage.setFocusTraversable(true);
        stage.setMinSize(0, 0);
        root.setCenter(stage);
        input();
        stage.widthProperty().addListener((o, a, b) -> resize.playFromStart());
        stage.heightProperty().addListener((o, a, b) -> resize.playFromStart());
        resize.setOnFinished(e -> relayout());
        vm.pagesProperty().addListener((o, a, b) -> render());
        vm.pageIndexProperty().addListener((o, a, b) -> render());
        vm.hitsProperty().addListener((o, a, b) -> render());
        vm.currentHitProperty().addListener((o, a, b) -> render());
    }

    public Node root() {
        return root;
    }

    /** Focus the pages so that the keys turn them. */
    public void focus() {
        stage.requestFocus();
    }

    public void setFontSize(double size) {
        this.fontSize = size;
        relayout();
    }

    private Node navigation(Messages m) {
        PageBar.Turns turns = PageBar.Turns.of("reader", m, thenFocus(vm::first), thenFocus(vm::previous), thenFocus(vm::next),
                thenFocus(vm::last));
        TextField goTo = new TextField();
        goTo.setId("reader-goto");
        goTo.setPromptText(m.get("reader.goToPrompt"));
        goTo.setPrefColumnCount(4);
        // Never narrower than its four digits: where the bar is short (a terminal's keyboard takes half the
        // screen at 1024 px) the printed page's label gives way first; the field was a sliver.
        goTo.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Tips.set(goTo, m.get("reader.goTo"));
        goTo.setOnAction(e -> {
            String t = goTo.getText().strip();
            boolean ok = t.matches("\\d{1,5}") && vm.goTo(Integer.parseInt(t));
            goTo.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), !ok);
            if (ok) {
                goTo.clear();
                focus();
            }
        });
        Label printed = new Label();
        printed.setId("reader-printed-page");
        printed.textProperty().bind(vm.printedLabelProperty());
        printed.setMinWidth(0);
        return PageBar.bar(8, turns.first(), turns.previous(), PageBar.label("reader-page-label", vm.pageLabelProperty()),
                turns.next(), turns.last(), goTo, PageBar.grow(), printed);
    }

    private final HBox find = new HBox(8);
    private final TextField findField = new TextField();

    /** Ctrl+F: find in the current notice, hits counted and highlighted on every page. */
    public void showFind() {
        find.setVisible(true);
        find.setManaged(true);
        findField.requestFocus();
        findField.selectAll();
    }

    /** Closes the find bar and empties its field (a public terminal's session ends). */
    public void forgetFind() {
        findField.clear();
        find.setVisible(false);
        find.setManaged(false);
        vm.clearHits();
    }

    private void hideFind() {
        find.setVisible(false);
        find.setManaged(false);
        vm.clearHits();
        focus();
    }

    private Node findBar(Messages m) {
        findField.setId("find-field");
        findField.setPromptText(m.get("find.prompt"));
        findField.setPrefColumnCount(14);
        findField.textProperty().addListener((o, was, now) -> vm.find(now));
        findField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F3) {
                if (e.isShiftDown()) {
                    vm.previousHit();
                } else {
                    vm.nextHit();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hideFind();
                e.consume();
            }
        });
        Label count = new Label();
        count.setId("find-count");
        count.textProperty().bind(vm.hitLabelProperty());
        Button prev = button("find-previous", Icon.CHEVRON_UP, m.get("find.previous"), vm::previousHit);
        Button next = button("find-next", Icon.CHEVRON_DOWN, m.get("find.next"), vm::nextHit);
        Button close = button("find-close", Icon.CLOSE, m.get("find.close"), this::hideFind);
        find.getChildren().addAll(new Label(m.get("find.label")), findField, count, prev, next, close);
        find.setAlignment(Pos.CENTER_LEFT);
        find.setPadding(new Insets(4, 10, 4, 10));
        find.getStyleClass().add("find-bar");
        find.setId("find-bar");
        find.setVisible(false);
        find.setManaged(false);
        return find;
    }

    /** A bar button: the reader takes the focus back afterwards so that the keys keep turning pages. */
    private Button button(String id, org.kordamp.ikonli.Ikon icon, String text, Runnable action) {
        return PageBar.button(id, icon, text, thenFocus(action));
    }

    private Runnable thenFocus(Runnable action) {
        return () -> {
            action.run();
            focus();
        };
    }

    private void input() {
        stage.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            KeyCode k = e.getCode();
            if (e.isShortcutDown() && k == KeyCode.C) {
                ClipboardContent c = new ClipboardContent();
                // The text selected with the mouse, or the whole page when nothing is selected.
                String selected = left.selectedText().isEmpty() ? right.selectedText() : left.selectedText();
                c.putString(selected.isEmpty() ? vm.pageText() : selected);
                Clipboard.getSystemClipboard().setContent(c);
                e.consume();
                return;
            }
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (k == KeyCode.F3) {
                if (e.isShiftDown()) {
                    vm.previousHit();
                } else {
                    vm.nextHit();
                }
                e.consume();
                return;
            }
            switch (k) {
                case PAGE_DOWN, RIGHT, DOWN, SPACE -> vm.next();
                case PAGE_UP, LEFT, UP, BACK_SPACE -> vm.previous();
                case HOME -> vm.first();
                case END -> vm.last();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        stage.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() < 0) {
                vm.next();
            } else if (e.getDeltaY() > 0) {
                vm.previous();
            }
            e.consume();
        });
        stage.setOnSwipeLeft(e -> vm.next());
        stage.setOnSwipeRight(e -> vm.previous());
        stage.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> focus());
    }

    private boolean twoPages() {
        return stage.getWidth() >= TWO_PAGE_WIDTH;
    }

    private void relayout() {
        double w = stage.getWidth();
        double h = stage.getHeight();
        if (w < 100 || h < 100) {
            return;
        }
        double pageW = twoPages() ? (w - 24 - 40) / 2 : w - 40;
        vm.setStep(twoPages() ? 2 : 1);
        double pageH = h - 24;
        vm.layout(PageGeometry.screen(Math.max(200, pageW), Math.max(200, pageH)), fontSize);
        render();
    }

    private void render() {
        List<Page> pages = vm.pagesProperty().get();
        PageGeometry g = vm.geometryProperty().get();
        int i = vm.pageIndexProperty().get();
        List<Span> hits = vm.hitsProperty().get();
        int ch = vm.currentHitProperty().get();
        Span current = ch >= 0 && ch < hits.size() ? hits.get(ch) : null;
        left.show(pages.isEmpty() ? null : pages.get(Math.min(i, pages.size() - 1)), g, vm.fontSize(), hits, current);
        // A second page only when there is one: a one-page notice, or the last page of an odd count,
        // stands alone in the middle instead of beside an empty sheet.
        if (twoPages() && i + 1 < pages.size()) {
            if (!spread.getChildren().contains(right)) {
                spread.getChildren().add(right);
            }
            right.show(pages.get(i + 1), g, vm.fontSize(), hits, current);
        } else {
            spread.getChildren().remove(right);
            if (g != null) {
                right.show(null, g, vm.fontSize(), List.of(), null); // no stale selection to copy
            }
        }
    }
}
