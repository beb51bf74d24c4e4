// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.print;

import java.awt.image.BufferedImage;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.gazettereader.config.Messages;
import org.gazettereader.export.PdfPreview;
import org.gazettereader.ui.Background;
import org.gazettereader.ui.PageBar;
import org.gazettereader.ui.icons.Icon;

/**
 * One page of the print preview, large enough to read: a bar (first, previous, page, next, last,
 * zoom out, zoom, zoom in, fit width) above the page in a scroll pane. PgUp / PgDn / Home / End turn
 * pages, + / − / 0 zoom (also Ctrl+wheel). The page is rendered in the background at the size it is
 * shown, the latest request winning; until it arrives the previous image is scaled.
 */
public final class PagePreview {
    private final PreviewViewModel vm;
    private final Background background;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private final ImageView page = new ImageView();
    private final ScrollPane scroll;
    private final Label status = new Label();
    private final PauseTransition resized = new PauseTransition(Duration.millis(150));
    private byte[] pdf;
    private long generation;

    public PagePreview(PreviewViewModel vm, Background background, Messages m) {
        this.vm = vm;
        this.background = background;
        this.m = m;
        page.setId("print-preview-page");
        page.setPreserveRatio(true);
        page.setSmooth(true);
        page.getStyleClass().add("print-page");
        status.setId("print-preview-status");
        status.setWrapText(true);
        StackPane holder = new StackPane(page, status);
        holder.setPadding(new Insets(12));
        holder.getStyleClass().add("print-preview-area");
        scroll = new ScrollPane(holder);
        scroll.setId("print-preview");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPannable(true);
        scroll.setFocusTraversable(true);
        scroll.setAccessibleText(m.get("print.previewHelp"));
        root.setTop(bar());
        root.setCenter(scroll);
        input();
        vm.pageIndexProperty().addListener((o, was, now) -> render());
        vm.zoomProperty().addListener((o, was, now) -> {
            // At once: the image scaled; then the page rendered sharp at that size.
            page.setFitWidth(targetWidth());
            render();
        });
        scroll.viewportBoundsProperty().addListener((o, was, now) -> {
            if (was == null || Math.abs(was.getWidth() - now.getWidth()) > 1) {
                page.setFitWidth(targetWidth());
                resized.playFromStart();
            }
        });
        resized.setOnFinished(e -> render());
    }

    public Node root() {
        return root;
    }

    /** Focus the page so that the keys turn and zoom it. */
    public void focus() {
        scroll.requestFocus();
    }

    /** A new PDF to preview (null: nothing), with its page count. */
    public void show(byte[] pdf, int pages) {
        this.pdf = pdf;
        vm.setPages(pdf == null ? 0 : pages);
        if (pdf == null) {
            generation++;
            page.setImage(null);
        }
        render();
    }

    /** Says why there is nothing to see (laying out, empty basket, a failure). */
    public void say(String text) {
        status.setText(text);
        status.setVisible(text != null && !text.isEmpty());
    }

    private Node bar() {
        PageBar.Turns turns = PageBar.Turns.of("print", m, vm::first, vm::previous, vm::next, vm::last);
        Button out = PageBar.button("print-zoom-out", Icon.MAGNIFY_MINUS_OUTLINE, m.get("print.zoomOut"), vm::zoomOut);
        Button in = PageBar.button("print-zoom-in", Icon.MAGNIFY_PLUS_OUTLINE, m.get("print.zoomIn"), vm::zoomIn);
        Button fit = PageBar.button("print-zoom-reset", Icon.MAGNIFY_SCAN, m.get("print.zoomReset"), vm::zoomReset);
        HBox bar = PageBar.bar(6, turns.first(), turns.previous(), PageBar.label("print-page-label", vm.pageLabelProperty()),
                turns.next(), turns.last(), PageBar.grow(), out, PageBar.label("print-zoom-label", vm.zoomLabelProperty()), in, fit);
        turns.first().disableProperty().bind(vm.pageIndexProperty().isEqualTo(0));
        turns.previous().disableProperty().bind(vm.pageIndexProperty().isEqualTo(0));
        turns.next().disableProperty().bind(vm.pageIndexProperty().greaterThanOrEqualTo(vm.pagesProperty().subtract(1)));
        turns.last().disableProperty().bind(turns.next().disableProperty());
        return bar;
    }

    /**
     * Keys anywhere in the preview pane; + / − / 0 are also taken by the dialog (see {@link #zoomKey})
     * while no text field has the focus.
     */
    private void input() {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            switch (e.getCode()) {
                case PAGE_DOWN -> vm.next();
                case PAGE_UP -> vm.previous();
                case HOME -> vm.first();
                case END -> vm.last();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                if (e.getDeltaY() > 0) {
                    vm.zoomIn();
                } else {
                    vm.zoomOut();
                }
                e.consume();
            }
        });
        scroll.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> focus());
    }

    /** + / − / 0 (main keyboard or keypad): true when the key zoomed. */
    public boolean zoomKey(KeyEvent e) {
        if (e.isAltDown()) {
            return false;
        }
        KeyCode k = e.getCode();
        String t = e.getText();
        if (k == KeyCode.ADD || k == KeyCode.PLUS || k == KeyCode.EQUALS || "+".equals(t)) {
            vm.zoomIn();
        } else if (k == KeyCode.SUBTRACT || k == KeyCode.MINUS || "-".equals(t)) {
            vm.zoomOut();
        } else if (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0) {
            vm.zoomReset();
        } else {
            return false;
        }
        return true;
    }

    /** Width the page is shown at: the preview's width times the zoom. */
    private double targetWidth() {
        double viewport = scroll.getViewportBounds() == null ? 0 : scroll.getViewportBounds().getWidth();
        return Math.max(200, (viewport > 0 ? viewport : 600) - 24) * vm.zoomProperty().get();
    }

    private void render() {
        long gen = ++generation;
        if (pdf == null || vm.pagesProperty().get() == 0) {
            return;
        }
        byte[] bytes = pdf;
        int index = vm.pageIndexProperty().get();
        double width = targetWidth();
        double scale = scroll.getScene() != null && scroll.getScene().getWindow() != null
                ? scroll.getScene().getWindow().getOutputScaleX() : 1;
        page.setAccessibleText(m.get("print.page", index + 1));
        background.submit(() -> toFx(PdfPreview.renderPage(bytes, index, (float) (width * scale))), image -> {
            if (gen == generation) {
                page.setImage(image);
                page.setFitWidth(width);
                say(null);
            }
        }, e -> {
            if (gen == generation) {
                say(m.get("print.previewFailed", m.describe(e)));
            }
        });
    }

    /** A JavaFX image of a rendered page; made on the background thread. */
    static Image toFx(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return out;
    }
}
